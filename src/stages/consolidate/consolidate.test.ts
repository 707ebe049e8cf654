import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fictionalCoder } from '../../../testdata/helpers.js';
import type { Doc, Event, Mention } from '../../model/types.js';
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
  const mention = (id: number, code: string): Mention => ({
    id, sentence: 0, tokenStart: id, tokenEnd: id + 1, start: id, end: id + 1, text: code, actor: { code, country: code.slice(0, 3) },
    rule: { file: 't', line: 1, id: 't' }, modifier: false,
  });
  const event = (source: Mention, target: Mention): Event => ({
    sentence: 0, trigger: { start: 0, end: 1 }, source, target, cameo: '040', goldstein: 1, quad: 1, plover: { type: null, mode: null },
    acled: null, negated: false, modality: 'asserted', attribution: null, hedged: false, date: null, place: null, rule: { file: 't', line: 1, id: 't' },
  });
  const gov = mention(1, 'SYLGOV');
  const wire = mention(2, 'SYLMEDWIR');
  const doc: Doc = { article: { id: 't', text: 'x' }, boilerplate: [], sentences: [], tokens: [], mentions: [gov, wire], events: [event(gov, wire), event(wire, gov)], diagnostics: [] };
  const out = createConsolidator().run(doc).events.map((e) => `${e.source?.actor.code}>${e.target?.actor.code}`);
  assert.deepEqual(out, ['SYLGOV>SYLMEDWIR']);
});
