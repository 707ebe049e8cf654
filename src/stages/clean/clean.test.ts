import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyDoc, stage } from '../../../testdata/docs.js';

// The clean stage on hand-built documents: it records boilerplate spans and an I101 diagnostic for each,
// and never cuts the text (offsets stay true).

const run = stage('clean').run;

const CASES: readonly { text: string; skipped: readonly string[] }[] = [
  { text: 'Freedonia attacked Sylvania.', skipped: [] },
  { text: 'Freedonia attacked Sylvania.\n\nRead more: Osterlich recalls its envoy\n\nThe talks failed.', skipped: ['Read more: Osterlich recalls its envoy'] },
  { text: 'By Jane Roe\n\nFreedonia attacked Sylvania.', skipped: ['By Jane Roe'] },
];

for (const c of CASES) {
  test(`clean stage: ${JSON.stringify(c.text.slice(0, 40))}`, () => {
    const doc = emptyDoc({ id: 't', text: c.text });
    const out = run(doc);
    assert.deepEqual(out.boilerplate.map((b) => c.text.slice(b.start, b.end)), c.skipped);
    assert.deepEqual(out.diagnostics.map((d) => d.code), c.skipped.map(() => 'I101'));
    assert.equal(out.article.text, c.text);
  });
}
