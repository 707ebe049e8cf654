import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fictionalCoder } from '../../../testdata/helpers.js';

// clause.causative over fictional actors: after a causative verb and its object, a bare infinitive's act is
// the object's, and only as asserted as the causative verb (hypothetical acts are left out by default).

const CASES: readonly { readonly text: string; readonly want: readonly string[] }[] = [
  { text: 'Freedonia made Sylvania condemn Osterlich.', want: ['SYL>111>OST'] },
  { text: 'Freedonia let Sylvania condemn Osterlich.', want: ['SYL>111>OST'] },
  // Negated with its causer: negated, and no refusal of the causee's (no 12x code).
  { text: 'Freedonia did not make Sylvania condemn Osterlich.', want: ['SYL>111>OST !neg'] },
  // Under the causer's modal: hypothetical, so out of the default output.
  { text: 'Freedonia could make Sylvania condemn Osterlich.', want: [] },
  { text: 'Freedonia would not let Sylvania condemn Osterlich.', want: [] },
];

for (const c of CASES) {
  test(`causative: ${c.text}`, () => {
    const doc = fictionalCoder().code({ id: 't', text: c.text, publishedAt: '1933-06-15' });
    assert.deepEqual(doc.events.map((e) => `${e.source?.actor.code ?? '-'}>${e.cameo}>${e.target?.actor.code ?? '-'}${e.negated ? ' !neg' : ''}`), c.want);
  });
}
