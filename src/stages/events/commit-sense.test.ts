import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledVerbsCoder } from '../../../testdata/helpers.js';

// Word sense by construction, over fictional actors and the bundled verb patterns: "commit" pledges only
// with its "to" ("committed to a truce"); with an object it perpetrates ("committing violations of the
// truce", "committed rights abuses") and names no intent.
const CASES: readonly { readonly text: string; readonly want: readonly string[] }[] = [
  { text: 'Freedonia committed to a truce with Sylvania.', want: ['FRD>0356>SYL'] },
  { text: 'Freedonian troops are committing violations of the truce with Sylvania.', want: [] },
  { text: 'Freedonian troops committed abuses of human rights in Sylvania.', want: [] },
];

for (const c of CASES) {
  test(`sense of commit: ${c.text}`, () => {
    const doc = bundledVerbsCoder().code({ id: 't', text: c.text, publishedAt: '1933-06-15' });
    assert.deepEqual(doc.events.filter((e) => !e.negated).map((e) => `${e.source?.actor.code ?? '-'}>${e.cameo}>${e.target?.actor.code ?? '-'}`), c.want);
  });
}
