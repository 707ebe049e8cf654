import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledDyads, bundledVerbsCoder } from '../../../testdata/helpers.js';

// object.protest-participants, over fictional actors and the bundled verb patterns: a coercive or violent
// act on a protest event noun is done to the protest's participants, civilians of the acting side's country
// (else of the article's); other acts, and acts with a target of their own, are left as they are.
const CASES: readonly { readonly text: string; readonly want: readonly string[] }[] = [
  { text: 'Freedonian troops dispersed the protest with tear gas.', want: ['FRDMIL>175>FRDCVL'] },
  { text: 'Freedonian troops crushed two protest camps.', want: ['FRDMIL>175>FRDCVL'] },
  { text: 'The Freedonian government banned gatherings in the capital.', want: ['FRDGOV>172>FRDCVL'] },
  { text: 'Freedonian troops dispersed Sylvanian protesters.', want: ['FRDMIL>175>SYLCVL'] },
  // No country to give the participants, or no coercion: the act keeps no target (a lone sentence keeps it so).
  { text: 'The troops dispersed the protest.', want: ['MIL>175>-'] },
  { text: 'Freedonia praised the protest.', want: ['FRD>051>-'] },
];

for (const c of CASES) {
  test(`object.protest-participants: ${c.text}`, () => {
    assert.deepEqual(bundledDyads(c.text), c.want);
  });
}

test('object.protest-participants: the participants point at their grammar rule', () => {
  const doc = bundledVerbsCoder().code({ id: 't', text: 'Freedonian troops dispersed the protest.', publishedAt: '1933-06-15' });
  const target = doc.events[0]?.target;
  assert.equal(target?.rule.id, 'object.protest-participants');
  assert.match(target?.rule.file ?? '', /grammar\/events\.txt$/);
  assert.equal(target?.text, 'the protest');
});
