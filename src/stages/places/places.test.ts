import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGazetteer, rankPlaces } from './gazetteer.js';

const gaz = loadGazetteer();

const CASES: readonly { name: string; context: string[]; country: string }[] = [
  { name: 'damascus', context: ['SYR', 'IRN'], country: 'SYR' },
  { name: 'damascus', context: [], country: 'SYR' },
  { name: 'aleppo', context: ['SYR'], country: 'SYR' },
  { name: 'paris', context: [], country: 'FRA' },
  { name: 'paris', context: ['USA'], country: 'USA' },
  { name: 'tripoli', context: ['LBN'], country: 'LBN' },
  { name: 'tripoli', context: ['LBY'], country: 'LBY' },
  { name: 'syria', context: [], country: 'SYR' },
];

for (const c of CASES) {
  test(`places: ${c.name} with [${c.context.join(',')}] -> ${c.country}`, () => {
    const cands = gaz.lookup(c.name);
    assert.ok(cands, `${c.name} is in the gazetteer`);
    const best = rankPlaces(cands, new Set(c.context));
    assert.equal(best?.country, c.country);
  });
}

test('places: Damascus carries coordinates and a GeoNames id', () => {
  const best = rankPlaces(gaz.lookup('damascus') ?? [], new Set(['SYR']));
  assert.ok(best && Math.abs(best.lat - 33.51) < 0.1 && Math.abs(best.lon - 36.29) < 0.1);
  assert.equal(typeof best.geonameId, 'number');
});
