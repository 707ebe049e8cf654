import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventJson } from '../model/event-json.js';
import { baseKey, clusterByPlace, globalId, groupId, placeKey } from './dedupe.js';

const side = (code: string): EventJson['source'] => ({ text: code, code, country: code.slice(0, 3), sector: null, span: [0, 1] });
const EVENT: EventJson = {
  sentence: 0, span: [10, 18], source: side('FRDGOV'), target: side('SYL'), cameo: '190', goldstein: -10, quad: 4,
  plover: { type: null, mode: null }, acled: null, negated: false, modality: 'asserted', attribution: null, hedged: false,
  date: { value: '2024-05-06', precision: 'day', basis: 'text' }, place: null, rule: { file: 'f', line: 1, id: 'r' },
};

// The cross-article key: day, full actor codes, full CAMEO code and modality; negated events are not grouped.
const KEYS: readonly [string, EventJson, string | null][] = [
  ['an asserted attack', EVENT, '2024-05-06|FRDGOV|SYL|190|asserted'],
  ['a negated one is not grouped', { ...EVENT, negated: true }, null],
  ['an intended one keys apart', { ...EVENT, modality: 'intended' }, '2024-05-06|FRDGOV|SYL|190|intended'],
  ['no date, no target', { ...EVENT, date: null, target: null }, '|FRDGOV||190|asserted'],
];
for (const [name, e, key] of KEYS) test(`dedupe: base key of ${name}`, () => assert.equal(baseKey(e), key));

test('dedupe: a place is its GeoNames id, else its name and country', () => {
  assert.equal(placeKey('Lyon', 'FRA', 2996944), 'g2996944');
  assert.equal(placeKey('Old Harbour', 'FRD', null), 'nold harbour|FRD');
  assert.equal(placeKey(null, null, null), null);
});

const CLUSTERS: readonly [string, readonly { id: number; place: string | null }[], readonly [number, string][]][] = [
  ['placed mentions keep their place; a place-less one joins the largest', [{ id: 1, place: 'a' }, { id: 2, place: 'b' }, { id: 3, place: 'b' }, { id: 4, place: null }], [[1, 'a'], [2, 'b'], [3, 'b'], [4, 'b']]],
  ['a tie goes to the smallest place key', [{ id: 1, place: 'b' }, { id: 2, place: 'a' }, { id: 3, place: null }], [[1, 'b'], [2, 'a'], [3, 'a']]],
  ['no place at all: one place-less group', [{ id: 1, place: null }, { id: 2, place: null }], [[1, ''], [2, '']]],
];
for (const [name, members, want] of CLUSTERS) test(`dedupe: ${name}`, () => assert.deepEqual([...clusterByPlace(members)], want));

test('dedupe: group ids are stable hashes and GLOBALEVENTID is their first 52 bits', () => {
  const id = groupId('2024-05-06|FRDGOV|SYL|190|asserted', 'g2996944');
  assert.match(id, /^[0-9a-f]{16}$/);
  assert.equal(groupId('2024-05-06|FRDGOV|SYL|190|asserted', 'g2996944'), id);
  assert.notEqual(groupId('2024-05-06|FRDGOV|SYL|190|asserted', ''), id);
  assert.equal(globalId(id), parseInt(id.slice(0, 13), 16));
  assert.ok(Number.isSafeInteger(globalId('ffffffffffffffff')));
});
