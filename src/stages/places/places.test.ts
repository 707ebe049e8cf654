import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadActorDictionary } from '../../dictionaries/actors.js';
import { loadKnownPlaces } from '../../dictionaries/places.js';
import { loadLexicon, orgPrefixTest } from '../../dictionaries/lexicon.js';
import { defaultDictionaryDir } from '../../paths.js';
import { createSegmenter } from '../segment/segment.js';
import { matchKey } from '../../text/normalize.js';
import { loadGazetteer } from './gazetteer.js';
import { resolvePlace, type PlaceKnowledge } from './resolve.js';
import { createCoder } from '../../pipeline/coder.js';

const dir = defaultDictionaryDir();
const know: PlaceKnowledge = {
  gazetteer: loadGazetteer(),
  known: loadKnownPlaces(dir),
  capitals: loadActorDictionary(dir, createSegmenter(loadLexicon(dir)).tokenize, orgPrefixTest(loadLexicon(dir))).capitals,
};

// Homonyms in context: a fictional sentence, the countries its actors give the article, the actor the
// name was recognised as (if any), and the country it must resolve to (null: no place at all).
interface Case { readonly sentence: string; readonly name: string; readonly countries?: readonly string[]; readonly actor?: string; readonly country: string | null; readonly reason?: string }
const CASES: readonly Case[] = [
  { sentence: 'Freedonian envoys met in Washington on Tuesday.', name: 'Washington', countries: ['USA'], country: 'USA', reason: 'known' },
  { sentence: 'The Sylvanian minister flew to Washington.', name: 'Washington', country: 'USA', reason: 'known' },
  { sentence: 'Settlers raided a village in the West Bank.', name: 'West Bank', country: 'PSE', reason: 'known' },
  { sentence: 'The talks were held at the White House.', name: 'White House', countries: ['USA'], country: 'USA', reason: 'known' },
  { sentence: 'Envoys gathered at the Kremlin.', name: 'Kremlin', country: 'RUS', reason: 'known' },
  { sentence: 'A delegation travelled to Downing Street.', name: 'Downing Street', country: 'GBR', reason: 'known' },
  { sentence: 'Troops were sent to the US.', name: 'US', actor: 'USA', country: 'USA', reason: 'country' },
  { sentence: 'The bill stalled in Congress.', name: 'Congress', actor: 'USALEG', countries: ['USA'], country: null },
  { sentence: 'Freedonia protested outside the Assembly.', name: 'Assembly', actor: 'FREGOV', country: null },
  { sentence: 'Rockets fell on Gaza overnight.', name: 'Gaza', countries: ['ISR'], country: 'PSE' },
  { sentence: 'Shelling continued in Crimea.', name: 'Crimea', country: 'UKR', reason: 'known' },
  { sentence: 'Ships massed in the South China Sea.', name: 'South China Sea', country: null },
  { sentence: 'Freedonian diplomats met in Paris.', name: 'Paris', countries: ['USA'], country: 'FRA', reason: 'capital' },
  { sentence: 'Fighting broke out in Paris.', name: 'Paris', country: 'FRA', reason: 'capital' },
  { sentence: 'Sylvanian gunmen struck in Tripoli, officials in Beirut said.', name: 'Tripoli', countries: ['LBN'], country: 'LBN', reason: 'context' },
  { sentence: 'Militias clashed near Tripoli.', name: 'Tripoli', countries: ['LBY'], country: 'LBY' },
  { sentence: 'The convoy left Tripoli.', name: 'Tripoli', country: 'LBY', reason: 'capital' },
  { sentence: 'Protests spread to Damascus.', name: 'Damascus', country: 'SYR' },
  { sentence: 'Protesters in Damascus rallied.', name: 'Damascus', actor: 'SYRGOV', country: 'SYR', reason: 'capital' },
  // named.town: a capital before a word for a site names the town; its mention carries only the country.
  { sentence: 'Shells hit a Damascus suburb.', name: 'Damascus', actor: 'SYR', country: 'SYR', reason: 'capital' },
  { sentence: 'Observers arrived in Aleppo.', name: 'Aleppo', countries: ['SYR'], country: 'SYR' },
  { sentence: 'Fighting resumed in Georgia.', name: 'Georgia', country: 'GEO', reason: 'country' },
  { sentence: 'The envoy landed in Jordan.', name: 'Jordan', country: 'JOR', reason: 'country' },
  { sentence: 'Refugees reached Lebanon.', name: 'Lebanon', countries: ['USA'], country: 'LBN', reason: 'country' },
  { sentence: 'The summit opened in Geneva.', name: 'Geneva', countries: ['USA'], country: 'CHE', reason: 'known' },
  { sentence: 'Freedonia and Sylvania met in Manila.', name: 'Manila', country: 'PHL' },
  { sentence: 'Talks resumed in St. Petersburg.', name: 'St. Petersburg', countries: ['USA'], country: 'RUS', reason: 'known' },
  { sentence: 'Warplanes struck the city of Darna.', name: 'Darna', countries: ['LBY'], country: 'LBY', reason: 'known' },
  { sentence: 'Rallies were held in Delhi.', name: 'Delhi', countries: ['IND'], country: 'IND' },
  { sentence: 'Freedonian troops drilled in West.', name: 'West', country: null },
  { sentence: 'A protest in Springfield turned violent.', name: 'Springfield', country: null },
  { sentence: 'The minister spoke in Springfield.', name: 'Springfield', countries: ['USA'], country: 'USA', reason: 'context' },
  { sentence: 'Guards fired across the Golan Heights.', name: 'Golan Heights', country: 'SYR', reason: 'known' },
];

for (const c of CASES) {
  test(`places: "${c.name}" in "${c.sentence}" -> ${c.country ?? 'no place'}`, () => {
    assert.ok(c.sentence.includes(c.name), 'the name occurs in its sentence');
    const r = resolvePlace(matchKey(c.name), know, { countries: new Set(c.countries ?? []), actor: c.actor ?? null });
    if (c.country === null && c.reason === undefined && r?.reason === 'known') assert.equal(r.country, null);
    else assert.equal(r?.country ?? null, c.country);
    if (c.reason) assert.equal(r?.reason, c.reason);
  });
}

test('places: Damascus carries coordinates and a GeoNames id', () => {
  const best = resolvePlace('damascus', know, { countries: new Set(['SYR']), actor: null });
  assert.ok(best && Math.abs(best.lat - 33.51) < 0.1 && Math.abs(best.lon - 36.29) < 0.1);
  assert.equal(typeof best.geonameId, 'number');
});

// The article's place goes to an event with no place of its own only where it fits the event's sides.
const FALLBACK: readonly { text: string; source: string; place: string | null }[] = [
  { text: 'Armenia signed a peace agreement with Azerbaijan on Tuesday. Officials met in Moscow later.', source: 'ARM', place: null },
  { text: 'Russia praised Armenia for the agreement. Officials met in Moscow later.', source: 'RUS', place: 'Moscow' },
];

for (const c of FALLBACK) {
  test(`places: article fallback "${c.text.slice(0, 40)}…" gives ${c.place ?? 'no place'}`, () => {
    const doc = createCoder().code({ id: 'x', text: c.text, publishedAt: '2024-05-02' });
    const e = doc.events.find((ev) => ev.source?.actor.code === c.source);
    assert.ok(e, `an event from ${c.source}`);
    assert.equal(e.place?.name ?? null, c.place);
  });
}

// A seat of government is a building or street: the event's place names the town it stands in too.
const SEATS: readonly { text: string; source: string; place: string }[] = [
  { text: 'Russia praised Armenia at the Kremlin on Monday.', source: 'RUS', place: 'Kremlin, Moscow' },
  { text: 'Israel criticized Iran in the Capitol on Tuesday.', source: 'ISR', place: 'Capitol, Washington' },
  { text: 'France thanked Germany at the Elysee Palace.', source: 'FRA', place: 'Elysee Palace, Paris' },
  { text: 'Armenia praised Russia in Moscow.', source: 'ARM', place: 'Moscow' },
];

for (const c of SEATS) {
  test(`places: a seat's town: "${c.text}" is placed at ${c.place}`, () => {
    const doc = createCoder().code({ id: 'x', text: c.text, publishedAt: '2024-05-02' });
    const e = doc.events.find((ev) => ev.source?.actor.code === c.source);
    assert.ok(e, `an event from ${c.source}`);
    assert.equal(e.place?.name, c.place);
  });
}

test('places: the town every seat names is a place of the seat\'s own country', () => {
  for (const p of know.known.values()) {
    if (p.town === null) continue;
    assert.equal(p.kind, 'seat', p.name);
    assert.equal(resolvePlace(matchKey(p.town), know, { countries: new Set(p.country ? [p.country] : []), actor: null })?.country, p.country, `${p.name}: ${p.town}`);
  }
});
