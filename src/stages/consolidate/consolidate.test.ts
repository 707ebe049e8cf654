import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fictionalCoder } from '../../../testdata/helpers.js';
import { event, mention, segmented, withMentions } from '../../../testdata/docs.js';
import { createConsolidator } from './consolidate.js';

function events(text: string): string[] {
  const doc = fictionalCoder().code({ id: 't', text, publishedAt: '1933-06-15' });
  return doc.events.map((e) => `${e.sentence}:${e.source?.actor.code}>${e.cameo}>${e.target?.actor.code ?? '-'}@${e.date?.value ?? '-'}`);
}

test('consolidate: a report repeated in headline and body is one event, keeping the first mention and a text date', () => {
  assert.deepEqual(events('Freedonia and Sylvania signed a treaty\n\nFreedonia and Sylvania signed the treaty on Monday.'), ['0:FRD>057>SYL@1933-06-12', '0:SYL>057>FRD@1933-06-12']);
});

test('consolidate: the same dyad on different days stays two events', () => {
  assert.deepEqual(events('Freedonia attacked Sylvania on Monday. Freedonia attacked Sylvania again on Wednesday.'), ['0:FRD>190>SYL@1933-06-12', '1:FRD>190>SYL@1933-06-14']);
});

test('consolidate: a more specific actor code from a later report fills in', () => {
  assert.deepEqual(events('Freedonia condemned Sylvania. The Freedonian government condemned Sylvania.'), ['0:FRDGOV>111>SYL@1933-06-15']);
});

test('consolidate: the reverse of a mutual act between two bodies of one country does not fuse them', () => {
  const doc = segmented('The Sylvanian government met the Sylvan Wire.');
  const gov = mention(doc, 'Sylvanian government', { code: 'SYLGOV', country: 'SYL', sector: 'GOV' }, { id: 1 });
  const wire = mention(doc, 'Sylvan Wire', { code: 'SYLMEDWIR', country: 'SYL', sector: 'MED' }, { id: 2 });
  const both = { ...withMentions(doc, [gov, wire]), events: [event(doc, 'met', { source: gov, target: wire, cameo: '040' }), event(doc, 'met', { source: wire, target: gov, cameo: '040' })] };
  const out = createConsolidator().run(both).events.map((e) => `${e.source?.actor.code}>${e.target?.actor.code}`);
  assert.deepEqual(out, ['SYLGOV>SYLMEDWIR']);
});

// Actors of no country compare by their code's first six letters: two organisations stay two, while one
// named more precisely later (IGOUNO, IGOUNOPKO) is the same one.
const ORGANISATIONS: readonly { name: string; codes: readonly [string, string]; want: readonly string[] }[] = [
  { name: 'two international bodies', codes: ['IGOFRU', 'IGOSYU'], want: ['IGOFRU>SYL', 'IGOSYU>SYL'] },
  { name: 'two militant groups', codes: ['IMGDAW', 'IMGDUS'], want: ['IMGDAW>SYL', 'IMGDUS>SYL'] },
  { name: 'one body, then its branch', codes: ['IGOFRU', 'IGOFRUPKO'], want: ['IGOFRUPKO>SYL'] },
];

for (const c of ORGANISATIONS) {
  test(`consolidate: actors of no country: ${c.name}`, () => {
    const doc = segmented('The Union condemned Sylvania. The Front condemned Sylvania.');
    const a = mention(doc, 'Union', { code: c.codes[0], sector: c.codes[0].slice(0, 3) }, { id: 1 });
    const b = mention(doc, 'Front', { code: c.codes[1], sector: c.codes[1].slice(0, 3) }, { id: 2 });
    const syl = mention(doc, 'Sylvania', { code: 'SYL', country: 'SYL' }, { id: 3 });
    const both = { ...withMentions(doc, [a, b, syl]), events: [event(doc, 'condemned', { source: a, target: syl, cameo: '111' }), event(doc, 'condemned', { source: b, target: syl, cameo: '111' })] };
    const out = createConsolidator().run(both).events.map((e) => `${e.source?.actor.code}>${e.target?.actor.code}`);
    assert.deepEqual(out, c.want);
  });
}
