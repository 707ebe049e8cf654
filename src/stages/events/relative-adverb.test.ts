import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledVerbsCoder } from '../../../testdata/helpers.js';

// A relative adverb ("where") over fictional actors and the bundled verb patterns: the place before it is no
// side of its clause, and after a comma its clause goes on with the story of the clause that names the place.

const CASES: readonly { readonly rule: string; readonly text: string; readonly want: readonly string[] }[] = [
  // clause.adverb-relative + background.continuative-where: the clause's own subject acts, and it is news.
  { rule: 'continuative', text: 'Firefly flew to Ostburg, where he met the Sylvanian president.', want: ['FRDGOV>042>OSTGOV', 'FRDGOV>040>SYLGOV', 'SYLGOV>040>FRDGOV'] },
  { rule: 'continuative', text: 'Freedonian envoys arrived in Ostburg, where Sylvania condemned Freedonia.', want: ['FRD>042>OSTGOV', 'SYL>111>FRD'] },
  // The clause that names the place is background (a subordinate clause): so is the one going on from it.
  { rule: 'continuative under background', text: 'Freedonia attacked Sylvania after Firefly arrived in Ostburg, where he met the Sylvanian president.', want: ['FRD>190>SYL'] },
  // object.where: without a comma the clause says which place; its occupant is the one acted on.
  { rule: 'object.where', text: 'Freedonia attacked the camps where Osterlich trained Sylvanian troops.', want: ['FRD>190>OST'] },
];

for (const c of CASES) {
  test(`events: relative adverb (${c.rule}): ${c.text}`, () => {
    const doc = bundledVerbsCoder().code({ id: 't', text: c.text, publishedAt: '1933-06-15' });
    assert.deepEqual(doc.events.map((e) => `${e.source?.actor.code ?? '-'}>${e.cameo}>${e.target?.actor.code ?? '-'}`), c.want);
  });
}
