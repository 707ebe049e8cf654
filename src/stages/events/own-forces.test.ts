import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledDyads } from '../../../testdata/helpers.js';

// emit.own-forces over fictional actors and the bundled verbs: forces of the agent's own country that a show of
// force (15) moves are its instrument, never its target; another party named stays the target.
const CASES: readonly { readonly text: string; readonly want: readonly string[] }[] = [
  { text: 'Sylvania dispatched troops to help.', want: ['SYL>154>-'] },
  { text: 'Sylvania deployed troops.', want: ['SYL>154>-'] },
  { text: 'Sylvania dispatched Sylvanian troops to Osterlich.', want: ['SYL>154>OST'] },
];

for (const c of CASES) {
  test(`emit.own-forces: ${c.text}`, () => {
    assert.deepEqual(bundledDyads(c.text), c.want);
  });
}
