import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmented, stage } from '../../../testdata/docs.js';

// The actor stage on hand-built documents (cleaned and segmented only): what it adds is the mentions
// layer, each with the rule that coded it; the other layers stay as they were.

const run = stage('actors').run;

const CASES: readonly { text: string; want: readonly string[] }[] = [
  { text: 'Freedonia warned Sylvania.', want: ['FRD Freedonia country.FRD', 'SYL Sylvania country.SYL'] },
  { text: 'Freedonian troops entered Ostburg.', want: ['FRDMIL Freedonian troops agent.MIL', 'OSTGOV Ostburg capital.OST'] },
  { text: 'Freedonia and Sylvania met. The two agreed.', want: ['FRD Freedonia country.FRD', 'SYL Sylvania country.SYL', 'FRD The two memory.pair', 'SYL The two memory.pair'] },
  { text: 'Sylvania closed its border. Its troops stayed.', want: ['SYL Sylvania country.SYL', 'SYLMIL Its troops agent.MIL'] },
  { text: 'Nothing happened today.', want: [] },
];

for (const c of CASES) {
  test(`actors stage: ${c.text}`, () => {
    const doc = segmented(c.text);
    const out = run(doc);
    assert.deepEqual(out.mentions.map((m) => `${m.actor.code} ${m.text} ${m.rule.id.split('.').slice(0, 2).join('.')}`), c.want);
    assert.equal(out.tokens, doc.tokens);
    assert.equal(out.events, doc.events);
  });
}
