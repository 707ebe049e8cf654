import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { realCoder, shared } from '../../testdata/helpers.js';
import { eventToJson } from '../model/event-json.js';
import { score, type GoldRecord } from '../eval/score.js';

// Regression test on the seed article (read from ../shared, never copied into the repository).
const GOLD = shared('gold', 'seed.jsonl');
const skip = !existsSync(GOLD) && 'shared/gold/seed.jsonl not present';

function seed(): { gold: GoldRecord & { text: string; date: string }; doc: ReturnType<ReturnType<typeof realCoder>['code']> } {
  const gold = JSON.parse(readFileSync(GOLD, 'utf8').split('\n')[0] ?? '{}') as GoldRecord & { text: string; date: string };
  const doc = realCoder().code({ id: String(gold.id), text: gold.text, publishedAt: gold.date });
  return { gold, doc };
}

test('seed: all required events found with dyad precision >= 0.75', { skip }, () => {
  const { gold, doc } = seed();
  const r = score(new Map([[String(gold.id), gold]]), new Map([[String(gold.id), { id: gold.id, events: doc.events.map(eventToJson) }]]));
  const d = r.json.dyads as { tp: number; fp: number; fn: number; precision: number };
  assert.equal(d.fn, 0, `missed required events: ${r.summary}`);
  assert.ok(d.precision >= 0.75, r.summary);
});

test('seed: the signing is dated 2020-07-08 and placed in Damascus, Syria', { skip }, () => {
  const { doc } = seed();
  const signing = doc.events.filter((e) => e.cameo.startsWith('05') && e.source?.actor.country === 'IRN' && e.target?.actor.country === 'SYR');
  assert.ok(signing.length > 0);
  assert.ok(signing.some((e) => e.date?.value === '2020-07-08' && e.date.precision === 'day' && e.date.basis === 'text'));
  const damascus = doc.events.find((e) => e.place?.name === 'Damascus');
  assert.equal(damascus?.place?.country, 'SYR');
  assert.ok(damascus?.place && Math.abs(damascus.place.lat - 33.51) < 0.05 && Math.abs(damascus.place.lon - 36.29) < 0.05);
});

test('seed: "the Islamic state" of the first paragraph is not the group Islamic State', { skip }, () => {
  const { doc } = seed();
  const at = doc.article.text.indexOf('the Islamic state');
  const m = doc.mentions.find((x) => x.start <= at + 4 && x.end >= at + 12);
  assert.ok(!m || !m.actor.code.startsWith('IMG'), `coded as ${m?.actor.code}`);
  for (const e of doc.events) {
    for (const side of [e.source, e.target]) if (side && side.start >= at && side.end <= at + 17) assert.ok(!side.actor.code.startsWith('IMG'));
  }
});

test('seed: the shoot-down claim is attributed to Syrian media and hedged', { skip }, () => {
  const { doc } = seed();
  const at = doc.article.text.indexOf('shot down');
  const e = doc.events.find((x) => x.trigger.start === at);
  assert.ok(e, 'an event for "shot down"');
  assert.equal(e.attribution?.code?.slice(0, 3), 'SYR');
  assert.match(e.attribution?.code ?? '', /MED/);
  assert.equal(e.hedged, true);
});

test('seed: the "Read ..." teaser line is boilerplate and yields nothing', { skip }, () => {
  const { doc } = seed();
  const at = doc.article.text.indexOf('Read');
  assert.ok(doc.boilerplate.some((b) => b.start <= at && b.end > at));
  assert.ok(!doc.events.some((e) => e.trigger.start > at && e.trigger.start < at + 100));
});
