import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledDyads } from '../../../testdata/helpers.js';

// Mutual verbal exchanges over fictional actors and the bundled verbs: "exchanged warnings", "traded insults"
// are each side's act towards the other (threats 130, insults 111); a "with" partner is the target.
const CASES: readonly { readonly text: string; readonly want: readonly string[] }[] = [
  { text: 'Freedonia and Sylvania exchanged warnings.', want: ['FRD>130>SYL', 'SYL>130>FRD'] },
  { text: 'Freedonia and Sylvania exchanged threats.', want: ['FRD>130>SYL', 'SYL>130>FRD'] },
  { text: 'Freedonia and Sylvania traded insults.', want: ['FRD>111>SYL', 'SYL>111>FRD'] },
  { text: 'Freedonia traded barbs with Sylvania.', want: ['FRD>111>SYL'] },
];

for (const c of CASES) {
  test(`exchange of words: ${c.text}`, () => {
    assert.deepEqual(bundledDyads(c.text), c.want);
  });
}
