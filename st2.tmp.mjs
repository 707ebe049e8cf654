import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
const base = process.argv[3] ?? '/work/main';
const { createCoder } = await import(base + '/dist/src/pipeline/coder.js');
const lines = readFileSync('/tmp/c2000.jsonl','utf8').split('\n').filter(Boolean).slice(0, Number(process.argv[2]??1000)).map(l=>JSON.parse(l));
const nlp = winkNLP(model, ['pos']); const its = nlp.its;
const coder = createCoder();
const t = new Map();
const run = (a, timed) => { let doc = { article: a, boilerplate: [], sentences: [], tokens: [], mentions: [], events: [], reports: [], triggers: [], diagnostics: [] };
  for (const s of coder.stages) { const t0 = performance.now(); doc = s.run(doc); if (timed) t.set(s.name, (t.get(s.name)??0) + performance.now()-t0); } return doc; };
for (const r of lines.slice(0,50)) { nlp.readDoc(r.text).tokens().out(its.pos); run({id:String(r.id),text:r.text}, false); }
let T=0, W=0;
for (const r of lines) { let t0=performance.now(); nlp.readDoc(r.text).tokens().out(its.pos); W+=performance.now()-t0; t0=performance.now(); run({id:String(r.id),text:r.text, ...(r.date?{publishedAt:r.date.slice(0,10)}:{})}, true); T+=performance.now()-t0; }
console.log('coder', T.toFixed(0), 'floor', W.toFixed(0), 'ratio', (W/T).toFixed(3));
console.log([...t].map(([k,v])=>k+' '+v.toFixed(0)).join(', '));
