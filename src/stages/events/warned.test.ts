import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledDyads } from '../../../testdata/helpers.js';

// object.warned-complement over fictional actors and the bundled verbs: a warning of the warner's own act
// ("warned it would ...") is aimed at the other country that act concerns; a plain object stays the target.
const CASES: readonly { readonly text: string; readonly want: readonly string[] }[] = [
  { text: 'Freedonia warned that it would sell off Sylvanian assets.', want: ['FRD>130>SYL'] },
  { text: 'Freedonia warned the country would sell off Sylvanian assets.', want: ['FRD>130>SYL'] },
  { text: 'Freedonia warned Osterlich against a deal with Sylvania.', want: ['FRD>130>OST'] },
];

for (const c of CASES) {
  test(`object.warned-complement: ${c.text}`, () => {
    assert.deepEqual(bundledDyads(c.text), c.want);
  });
}
