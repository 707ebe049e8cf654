import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fictionalCoder } from '../../../testdata/helpers.js';

const CASES: readonly { text: string; hedged: boolean; attribution: string | null }[] = [
  { text: 'Freedonia attacked Sylvania.', hedged: false, attribution: null },
  { text: 'Freedonia allegedly attacked Sylvania.', hedged: true, attribution: null },
  { text: 'Osterlich claimed that Freedonia attacked Sylvania.', hedged: true, attribution: 'OST' },
  { text: 'The Sylvan Wire says Freedonia attacked Osterlich, a report that could not be independently verified.', hedged: true, attribution: 'SYLMED' },
  { text: 'Osterlich said Freedonia attacked Sylvania. Such reports are doubtful.', hedged: true, attribution: 'OST' },
  { text: 'Freedonia attacked Sylvania. Such reports are doubtful.', hedged: false, attribution: null },
];

for (const c of CASES) {
  test(`attribution: ${c.text}`, () => {
    const doc = fictionalCoder().code({ id: 't', text: c.text, publishedAt: '1933-06-15' });
    const e = doc.events[0];
    assert.ok(e, 'an event');
    assert.equal(e.hedged, c.hedged);
    assert.equal(e.attribution?.code ?? null, c.attribution);
  });
}
