import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../model/types.js';
import { actor, mention, segmented } from '../../../testdata/docs.js';
import { fillFromApposition, fillFromContext, updatePair, type Memory } from './memory.js';

// The memory rules: the pair "the two" refers to, a person's country from an apposition, and the
// country of a sector-only actor from its sentence or the article.

const isOrg = (code: string): boolean => /^(IGO|IMG|NGO)/.test(code);

function memory(): Memory {
  return { people: new Map(), titles: new Map(), phrases: new Map(), lastThing: null, subjects: new Map(), pairs: [], countries: [], pair: null, lastPerson: null, personSubjects: new Map(), lastPlural: null, genders: new Map(), last: null };
}

test('memory: "A and B" of two countries is the pair; one country twice is not', () => {
  const doc = segmented('Freedonia and Sylvania met. Freedonia and Freedonia met.');
  const mem = memory();
  updatePair(mem, [mention(doc, 'Freedonia', actor('FRD')), mention(doc, 'Sylvania', actor('SYL'))], doc.tokens);
  assert.deepEqual(mem.pair?.map((m) => m.actor.code), ['FRD', 'SYL']);
  const again = memory();
  updatePair(again, [mention(doc, 'Freedonia', actor('FRD'), { nth: 1 }), mention(doc, 'Freedonia', actor('FRD'), { nth: 2 })], doc.tokens);
  assert.equal(again.pair, null);
});

test('memory: a person with only a sector takes the code of the actor in apposition', () => {
  const doc = segmented('Ann Lee, the Sylvanian envoy, spoke.');
  const lee: Mention = { ...mention(doc, 'Ann Lee', { code: 'GOV', sector: 'GOV', name: 'Ann Lee' }) };
  const envoy = mention(doc, 'Sylvanian envoy', actor('SYL', 'GOV'));
  const ms = [lee, envoy];
  const all = [...ms];
  const mem = memory();
  fillFromApposition(ms, doc.tokens, all, { mem, isOrg });
  assert.equal(ms[0]?.actor.code, 'SYLGOV');
  assert.equal(ms[0]?.actor.name, 'Ann Lee');
  assert.equal(all[0], ms[0]);
  assert.equal(mem.people.get('lee')?.actor.code, 'SYLGOV');
});

test('memory: a sector-only actor takes the one country its sentence names, marked in its rule id', () => {
  const doc = segmented('Sylvania said police left.');
  const police = mention(doc, 'police', { code: 'COP', sector: 'COP' });
  const ms = [mention(doc, 'Sylvania', actor('SYL')), police];
  const all = [...ms];
  fillFromContext(ms, all, { mem: memory(), isOrg }, 0);
  assert.equal(ms[1]?.actor.code, 'SYLCOP');
  assert.equal(ms[1]?.rule.id, 'test+context.SYL');
});

test('memory: with two countries in the sentence a sector-only actor stays without country', () => {
  const doc = segmented('Sylvania and Freedonia said police left.');
  const ms = [mention(doc, 'Sylvania', actor('SYL')), mention(doc, 'Freedonia', actor('FRD')), mention(doc, 'police', { code: 'COP', sector: 'COP' })];
  fillFromContext(ms, [...ms], { mem: memory(), isOrg }, 0);
  assert.equal(ms[2]?.actor.code, 'COP');
});
