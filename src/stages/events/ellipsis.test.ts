import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dyadKeys, fictionalCoder } from '../../../testdata/helpers.js';

// coordination.ellipsis over fictional actors: an auxiliary standing for the verb phrase before it ("as did X",
// "so did X", "X did too") gives the act another source with the same target; that source is no target.
const CASES: readonly { readonly text: string; readonly want: readonly string[] }[] = [
  { text: 'Freedonia condemned Sylvania, as did Osterlich.', want: ['FRD>111>SYL', 'OST>111>SYL'] },
  { text: 'Freedonia condemned Sylvania, and so did Osterlich and North Klopstokia.', want: ['FRD>111>SYL', 'OST>111>SYL', 'KLP>111>SYL'] },
  { text: 'Freedonia condemned Sylvania and Osterlich did too.', want: ['FRD>111>SYL', 'OST>111>SYL'] },
  { text: 'Freedonia condemned Sylvania and Osterlich.', want: ['FRD>111>SYL', 'FRD>111>OST'] },
];

for (const c of CASES) {
  test(`coordination.ellipsis: ${c.text}`, () => {
    const doc = fictionalCoder().code({ id: 't', text: c.text, publishedAt: '1933-06-15' });
    assert.deepEqual(dyadKeys(doc.events.filter((e) => !e.negated)), c.want);
  });
}

// coordination.neither: a side opened by "neither" ... "nor" did not act, or was not acted on.
for (const text of ['Neither Freedonia nor Osterlich condemned Sylvania.', 'Freedonia condemned neither Sylvania nor Osterlich.']) {
  test(`coordination.neither: ${text}`, () => {
    const doc = fictionalCoder().code({ id: 't', text, publishedAt: '1933-06-15' });
    assert.equal(doc.events.length, 2);
    assert.ok(doc.events.every((e) => e.negated));
  });
}
