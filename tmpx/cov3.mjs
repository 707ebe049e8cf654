import { readFileSync } from 'node:fs';
import { createCoder } from '/work/main/dist/src/index.js';
import { loadVerbDictionary } from '/work/main/dist/src/dictionaries/verbs.js';
import { loadCameo } from '/work/main/dist/src/dictionaries/cameo.js';
import { defaultDictionaryDir } from '/work/main/dist/src/paths.js';
const dir = defaultDictionaryDir();
const verbs = loadVerbDictionary(dir, loadCameo(dir));
const lines = readFileSync('/tmp/c2000.jsonl','utf8').split('\n').filter(Boolean).map(l=>JSON.parse(l));
const coder = createCoder({ hypothetical: true, background: true });
const stages = coder.stages.filter(s => s.name !== 'consolidate');
const code = (a) => { let d = { article: a, boilerplate: [], sentences: [], tokens: [], mentions: [], events: [], reports: [], triggers: [], diagnostics: [] }; for (const s of stages) d = s.run(d); return d; };
const by = new Map(); const want = process.argv[2];
for (const r of lines) {
  const d = code({ id: String(r.id), text: r.text, ...(r.date?{publishedAt:r.date.slice(0,10)}:{}) });
  const ev = new Set(d.events.map(e=>e.sentence));
  for (const s of d.sentences) {
    if (ev.has(s.index)) continue;
    const ms = d.mentions.filter(m=>m.sentence===s.index && m.actor.country);
    if (new Set(ms.map(m=>m.actor.country)).size < 2) continue;
    const txt = r.text.slice(s.start, s.end).replace(/\n/g,' ');
    if (/Caption|Photos|Replay|WATCH/.test(txt)) continue;
    const seen = new Set();
    for (let k = s.tokenStart; k < s.tokenEnd; k++) { const t = d.tokens[k]; if ((t.pos==='VERB') && verbs.byTrigger.has(t.lemma) && !seen.has(t.lemma)) { seen.add(t.lemma); const l = by.get(t.lemma) ?? []; l.push(txt); by.set(t.lemma, l); } }
  }
}
if (want) { for (const t of (by.get(want)??[]).slice(0, 40)) console.log(' -', t.slice(0,260)); }
else for (const [v,l] of [...by].sort((a,b)=>b[1].length-a[1].length).slice(0,400)) console.log(String(l.length).padStart(5), v, '|', l[0].slice(0,140));
