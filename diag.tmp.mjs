// usage: node diag.mjs "text" ...  -> tokens(pos), mentions (code, rule), triggers, events
import { createCoder } from '/work/main/dist/src/index.js';
const coder = createCoder({ oneSided: false });
for (const text of process.argv.slice(2)) {
  const d = coder.code({ id: 'x', text, publishedAt: '2020-01-15' });
  console.log('TEXT', text);
  console.log('  toks', d.tokens.map((t) => `${t.text}/${t.pos}${t.lemma !== t.norm ? '(' + t.lemma + ')' : ''}`).join(' '));
  for (const m of d.mentions) console.log('  M', JSON.stringify(m.text), m.actor.code, m.rule.id ?? m.rule.file, m.modifier ? 'mod' : '');
  for (const t of d.triggers) console.log('  T', text.slice(t.span[0], t.span[1]), t.subject?.text ?? '-');
  for (const e of d.events) console.log('  E', e.source?.text, e.source?.actor.code, e.cameo, e.target?.text, e.target?.actor.code, e.modality, e.negated ? 'NEG' : '', e.rule.id);
}
