// usage: node cov3.tmp.mjs N [lemma-regex]  -- sentences with 2+ distinct-country placed mentions and no event (incl. background)
import { readFileSync } from 'node:fs';
const { createCoder } = await import('/work/main/dist/src/pipeline/coder.js');
const N = Number(process.argv[2] ?? 2000), re = process.argv[3] ? new RegExp('^(' + process.argv[3] + ')$') : null;
const lines = readFileSync('/tmp/c2000.jsonl','utf8').split('\n').filter(Boolean).slice(0, N).map(l=>JSON.parse(l));
const coder = createCoder({ hypothetical: true, background: true });
const by = new Map(); const ex = new Map();
for (const r of lines) {
  let doc = { article: {id:String(r.id), text:r.text, ...(r.date?{publishedAt:r.date.slice(0,10)}:{})}, boilerplate: [], sentences: [], tokens: [], mentions: [], events: [], reports: [], triggers: [], diagnostics: [] };
  for (const st of coder.stages) if (st.name !== 'consolidate') doc = st.run(doc);
  const evs = new Set(doc.events.map(e=>e.sentence));
  for (const s of doc.sentences) {
    if (evs.has(s.index)) continue;
    const ms = doc.mentions.filter(m=>m.sentence===s.index && !m.modifier && m.actor.country);
    const cs = new Set(ms.map(m=>m.actor.country));
    if (cs.size < 2) continue;
    const toks = doc.tokens.slice(s.tokenStart, s.tokenEnd);
    const verbs = toks.filter(t=>t.pos==='VERB').map(t=>t.lemma);
    const text = r.text.slice(s.start, s.end).replace(/\s+/g,' ');
    if (re) { if (verbs.some(v=>re.test(v))) console.log(`${r.id}\t${[...cs].join(',')}\t${text.slice(0,260)}`); continue; }
    for (const v of new Set(verbs)) { by.set(v,(by.get(v)??0)+1); if(!ex.has(v)) ex.set(v,text.slice(0,160)); }
  }
}
if (!re) for (const [v,n] of [...by].sort((a,b)=>b[1]-a[1]).slice(0,80)) console.log(n, v, '|', ex.get(v));
