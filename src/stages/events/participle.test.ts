import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fictionalCoder } from '../../../testdata/helpers.js';

// participle.appositive over fictional actors: a participle right after its subject and a comma is an act
// of that subject beside the main clause's ("Freedonia, meeting with Sylvania, condemned Osterlich"), also
// where wink-nlp tags it a noun; after a clause it elaborates the clause's act and is dropped.

const CASES: readonly { readonly text: string; readonly want: readonly string[] }[] = [
  { text: 'Freedonia, meeting with Sylvania in Paris, condemned Osterlich.', want: ['FRD>036>SYL', 'FRD>111>OST'] },
  { text: 'Freedonia condemned Osterlich, meeting with Sylvania in Paris.', want: ['FRD>111>OST'] },
  // speech.tag-adjunct: after the comma that closes an inverted speech tag, a participle is the speaker's act.
  { text: '"The talks failed," said the Freedonian president, accusing Sylvania of lying.', want: ['FRD>112>SYL'] },
  { text: 'The talks failed, the Freedonian president said, accusing Sylvania of lying.', want: ['FRD>112>SYL'] },
];

for (const c of CASES) {
  test(`participle: ${c.text}`, () => {
    const doc = fictionalCoder().code({ id: 't', text: c.text, publishedAt: '1933-06-15' });
    assert.deepEqual(doc.events.map((e) => `${e.source?.actor.code.slice(0, 3) ?? '-'}>${e.cameo}>${e.target?.actor.code.slice(0, 3) ?? '-'}`).sort(), [...c.want].sort());
  });
}
