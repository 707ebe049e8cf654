import { readFileSync } from 'node:fs';
const base = process.argv[2] ?? '/work/main';
const n = Number(process.argv[3] ?? 600);
const { createCoder } = await import(base + '/dist/src/pipeline/coder.js');
const lines = readFileSync('/tmp/c2000.jsonl','utf8').split('\n').filter(Boolean).slice(0, n).map(l=>JSON.parse(l));
const coder = createCoder();
const best = new Map(); let bestTotal = Infinity;
for (let rep = 0; rep < 4; rep++) {
  const t = new Map(); let total = 0;
  for (const r of lines) { let doc = { article: {id:String(r.id),text:r.text, ...(r.date?{publishedAt:r.date.slice(0,10)}:{})}, boilerplate: [], sentences: [], tokens: [], mentions: [], events: [], reports: [], triggers: [], diagnostics: [] };
    for (const s of coder.stages) { const t0 = performance.now(); doc = s.run(doc); const d = performance.now()-t0; t.set(s.name, (t.get(s.name)??0) + d); total += d; } }
  if (rep === 0) continue;
  bestTotal = Math.min(bestTotal, total);
  for (const [k,v] of t) best.set(k, Math.min(best.get(k) ?? Infinity, v));
}
console.log('total(min)', bestTotal.toFixed(0), [...best].map(([k,v])=>k+' '+v.toFixed(0)).join(', '));
