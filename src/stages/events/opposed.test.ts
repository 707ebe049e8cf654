import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledDyads, bundledVerbsCoder } from '../../../testdata/helpers.js';

// object.anti-prefix, over fictional actors and the bundled verb patterns: a protest with no target of its
// own is aimed at the country an "anti-X" word near its source or object names, or at the protesters' own
// government for "anti-government"; never at the protesters' own country, and never for a state source.
const CASES: readonly { readonly text: string; readonly want: readonly string[] }[] = [
  { text: 'Thousands of Sylvanians held an anti-Freedonian rally.', want: ['SYL>141>FRD'] },
  { text: 'Hundreds of Sylvanians staged an anti-Osterlich protest.', want: ['SYL>141>OST'] },
  { text: 'Thousands of anti-government Sylvanian protesters took to the streets.', want: ['SYLCVL>141>SYLGOV'] },
  { text: 'Thousands of Sylvanians held an anti-Sylvanian rally.', want: ['SYL>141>-'] },
  { text: 'Sylvanian troops held an anti-Freedonian rally.', want: ['SYLMIL>141>-'] },
  { text: 'Thousands of Sylvanians held a rally against Freedonia.', want: ['SYL>141>FRD'] },
];

for (const c of CASES) {
  test(`object.anti-prefix: ${c.text}`, () => {
    assert.deepEqual(bundledDyads(c.text), c.want);
  });
}

test('object.anti-prefix: the target is the anti- word, pointing at its grammar rule', () => {
  const doc = bundledVerbsCoder().code({ id: 't', text: 'Thousands of Sylvanians held an anti-Freedonian rally.', publishedAt: '1933-06-15' });
  const target = doc.events[0]?.target;
  assert.equal(target?.text, 'anti-Freedonian');
  assert.equal(target?.rule.id, 'object.anti-prefix');
  assert.match(target?.rule.file ?? '', /grammar\/events\.txt$/);
});
