import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledDyads } from '../../../testdata/helpers.js';

// memory.org-head over fictional actors and the bundled verbs: "the Hand" after "the Red Hand" is that
// organisation; not a news outlet's short name, nor a word that runs into another capitalised one.
const CASES: readonly { readonly text: string; readonly want: readonly string[] }[] = [
  { text: 'The Red Hand attacked Sylvania on Monday. The Hand also attacked Osterlich.', want: ['IMGRED>190>SYL', 'IMGRED>190>OST'] },
  { text: 'The Red Hand attacked Sylvania on Monday. Osterlich condemned the Hand.', want: ['IMGRED>190>SYL', 'OST>111>IMGRED'] },
  { text: 'The Sylvan Wire praised Osterlich on Monday. The Wire also praised Freedonia.', want: ['SYLMED>051>OST'] },
  { text: 'The Red Hand attacked Sylvania on Monday. The Hand Brigade also attacked Osterlich.', want: ['IMGRED>190>SYL', 'REB>190>OST'] },
];

for (const c of CASES) {
  test(`memory.org-head: ${c.text}`, () => {
    assert.deepEqual(bundledDyads(c.text), c.want);
  });
}
