import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fictionalCoder } from '../../../testdata/helpers.js';

// headline.predicate over fictional actors: a present -s form after a proper noun that wink-nlp tags as a
// noun is the verb where its sentence has no other; a compound noun before a verb stays a noun.

const CASES: readonly { readonly text: string; readonly want: readonly string[] }[] = [
  { text: 'Freedonia signs treaty with Sylvania.', want: ['FRD>057>SYL'] },
  { text: 'Freedonia talks with Sylvania.', want: ['FRD>040>SYL', 'SYL>040>FRD'] },
  // "strikes" heads the subject; "kill" is the predicate, not "strikes".
  { text: 'Freedonia strikes kill ten in Sylvania.', want: [] },
  // Another verb in the sentence: the -s noun stays a noun.
  { text: 'Freedonia talks with Sylvania were held on Monday.', want: [] },
];

for (const c of CASES) {
  test(`headline: ${c.text}`, () => {
    const doc = fictionalCoder().code({ id: 't', text: c.text, publishedAt: '1933-06-15' });
    const got = doc.events.map((e) => `${e.source?.actor.code.slice(0, 3) ?? '-'}>${e.cameo}>${e.target?.actor.code.slice(0, 3) ?? '-'}`);
    assert.deepEqual(got, c.want);
  });
}
