import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dyadKeys, fictionalCoder } from '../../../testdata/helpers.js';

// subject.noun-infinitive over fictional actors: the infinitive after a noun of decision or intent is the act
// of the noun's owner (a possessor or an actor word before the noun), not of the clause that names the noun.
const CASES: readonly { readonly text: string; readonly want: readonly string[] }[] = [
  { text: "Osterlich condemned Freedonia's decision to attack Sylvania.", want: ['OST>111>FRD', 'FRD>190>SYL'] },
  { text: 'Osterlich condemned the Freedonian move last week to attack Sylvania.', want: ['OST>111>FRD', 'FRD>190>SYL'] },
  { text: 'Osterlich condemned the decision to attack Sylvania.', want: ['OST>111>SYL'] },
];

for (const c of CASES) {
  test(`subject.noun-infinitive: ${c.text}`, () => {
    const doc = fictionalCoder({ all: true }).code({ id: 't', text: c.text, publishedAt: '1933-06-15' });
    assert.deepEqual(dyadKeys(doc.events.filter((e) => !e.negated)), c.want);
  });
}
