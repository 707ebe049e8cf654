import { readFileSync } from 'node:fs';
import { createCoder } from '/work/main/dist/src/index.js';
const lines = readFileSync('/tmp/c2000.jsonl','utf8').split('\n').filter(Boolean).map(l=>JSON.parse(l));
const coder = createCoder({ hypothetical: true, background: true });
const stages = coder.stages.filter(s => s.name !== 'consolidate');
const code = (a) => { let d = { article: a, boilerplate: [], sentences: [], tokens: [], mentions: [], events: [], reports: [], triggers: [], diagnostics: [] }; for (const s of stages) d = s.run(d); return d; };
const byVerb = new Map();
const want = process.argv[2];
let n=0;
for (const r of lines) {
  const d = code({ id: String(r.id), text: r.text, ...(r.date?{publishedAt:r.date.slice(0,10)}:{}) });
  const ev = new Set(d.events.map(e=>e.sentence));
  for (const s of d.sentences) {
    if (ev.has(s.index)) continue;
    const ms = d.mentions.filter(m=>m.sentence===s.index && !m.modifier && m.actor.country);
    const cs = new Set(ms.map(m=>m.actor.country));
    if (cs.size < 2) continue;
    n++;
    const toks = d.tokens.slice(s.tokenStart, s.tokenEnd);
    const verbs = toks.filter(t=>t.pos==='VERB').map(t=>t.lemma);
    const txt = r.text.slice(s.start, s.end).replace(/\n/g,' ');
    for (const v of new Set(verbs)) { const l = byVerb.get(v) ?? []; l.push(txt); byVerb.set(v, l); }
  }
}
console.log('sentences with 2+ countries and no event:', n);
if (want) { for (const t of (byVerb.get(want)??[]).slice(0, 40)) console.log(' -', t.slice(0,260)); }
else for (const [v,l] of [...byVerb].sort((a,b)=>b[1].length-a[1].length).slice(0,60)) console.log(String(l.length).padStart(5), v, '|', l[0].slice(0,150));
