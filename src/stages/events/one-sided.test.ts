import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createCoder, type Coder } from '../../pipeline/coder.js';
import { packageRoot } from '../../paths.js';
import { fictionalCoder } from '../../../testdata/helpers.js';

// One-sided statements over fictional actors: a statement, appeal, demand or threat (CAMEO 01-13) with a
// source and no target, or whose source has no known country, is left out by default (an article's dyads)
// and kept with `oneSided` (sentence-level coding).

let oneSided: Coder | undefined;
const coder = (on: boolean): Coder =>
  on ? (oneSided ??= createCoder({ dictionaryDir: join(packageRoot(), 'testdata', 'fixtures', 'dictionaries'), oneSided: true })) : fictionalCoder();

const CASES: readonly { readonly text: string; readonly plain: readonly string[]; readonly oneSided: readonly string[] }[] = [
  { text: 'Freedonia condemned the decision.', plain: [], oneSided: ['FRD>111>-'] },
  { text: 'Freedonia condemned Sylvania.', plain: ['FRD>111>SYL'], oneSided: ['FRD>111>SYL'] },
  { text: 'Freedonia did not condemn the decision.', plain: [], oneSided: ['FRD>111>- !neg'] },
  // A source of no known country: no event of an article's dyads, a statement of the sentence's.
  { text: 'The protesters condemned the decision.', plain: [], oneSided: ['CVL>111>-'] },
];

for (const c of CASES) {
  for (const on of [false, true]) {
    test(`one-sided ${on ? 'kept' : 'left out'}: ${c.text}`, () => {
      const doc = coder(on).code({ id: 't', text: c.text, publishedAt: '1933-06-15' });
      const got = doc.events.map((e) => `${e.source?.actor.code.slice(0, 3) ?? '-'}>${e.cameo}>${e.target?.actor.code.slice(0, 3) ?? '-'}${e.negated ? ' !neg' : ''}`);
      assert.deepEqual(got, on ? c.oneSided : c.plain);
    });
  }
}
