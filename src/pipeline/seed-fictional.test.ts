import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fictionalCoder } from '../../testdata/helpers.js';
import { packageRoot } from '../paths.js';

// The seed-shaped regression test over a fictional stand-in (testdata/seed/fictional-seed.json): it always
// runs, so the seed's shapes stay covered when ../shared (and the real seed article) is missing.

interface Seed { readonly id: string; readonly date: string; readonly text: string }
const SEED = JSON.parse(readFileSync(join(packageRoot(), 'testdata', 'seed', 'fictional-seed.json'), 'utf8')) as Seed;
const doc = fictionalCoder().code({ id: SEED.id, text: SEED.text, publishedAt: SEED.date });
const events = doc.events.map((e) => `${e.source?.actor.code ?? '-'}>${e.cameo}>${e.target?.actor.code ?? '-'}`);

test('fictional seed: the pact, the airstrikes and the shoot-down, nothing else', () => {
  assert.deepEqual(events, ['OSTMIL>057>SYLMIL', 'SYLMIL>057>OSTMIL', 'FRD>195>SYL', 'SYLMIL>190>FRD']);
});

test('fictional seed: the signing is dated by its weekday in the text', () => {
  const signing = doc.events.filter((e) => e.cameo === '057');
  assert.ok(signing.length > 0);
  for (const e of signing) assert.deepEqual([e.date?.value, e.date?.precision, e.date?.basis], ['1933-06-14', 'day', 'text']);
});

test('fictional seed: "the Whispering state" is Osterlich, not the group Whispering State', () => {
  const at = SEED.text.indexOf('the Whispering state');
  const m = doc.mentions.find((x) => x.start === at);
  assert.equal(m?.actor.code, 'OST');
  assert.equal(m?.rule.file, 'dictionaries/grammar/actors.txt');
  assert.ok(!doc.mentions.some((x) => x.actor.code.startsWith('IMG')));
});

test('fictional seed: the shoot-down claim is attributed to the state wire and hedged', () => {
  const at = SEED.text.indexOf('shot down');
  const e = doc.events.find((x) => x.trigger.start === at);
  assert.ok(e, 'an event for "shot down"');
  assert.equal(e.attribution?.code, 'SYLMED');
  assert.equal(e.hedged, true);
});

test('fictional seed: the "Read ..." teaser line is boilerplate and yields nothing', () => {
  const at = SEED.text.indexOf('Read');
  assert.ok(doc.boilerplate.some((b) => b.start <= at && b.end > at));
  assert.ok(!doc.events.some((e) => e.trigger.start > at && e.trigger.start < at + 60));
});
