import { readFileSync } from 'node:fs';
import { createStatelessWink } from '/work/main/dist/src/stages/segment/wink.js';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
const lines = readFileSync('/tmp/c2000.jsonl','utf8').split('\n').filter(Boolean).slice(0, 1000).map(l=>JSON.parse(l));
const w = createStatelessWink();
for (const r of lines.slice(0,50)) { w.read(r.text); }
const res=[];
for (let rep=0; rep<3; rep++) { let a=0;
for (const r of lines) { let t=performance.now(); w.read(r.text); a+=performance.now()-t; }
res.push(a.toFixed(0)); }
console.log(process.env.PW, res.join(' '));
