import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../model/types.js';
import { actor, mention, segmented } from '../../../testdata/docs.js';
import { emptyMemory, fillFromApposition, fillFromContext, updatePair } from './memory.js';

// The memory rules: the pair "the two" refers to, a person's country from an apposition, and the
// country of a sector-only actor from its sentence or the article.

const isOrg = (code: string): boolean => /^(IGO|IMG|NGO)/.test(code);

test('memory: "A and B" of two countries is the pair; one country twice is not', () => {
  const doc = segmented('Freedonia and Sylvania met. Freedonia and Freedonia met.');
  const mem = emptyMemory();
  updatePair(mem, [mention(doc, 'Freedonia', actor('FRD')), mention(doc, 'Sylvania', actor('SYL'))], doc.tokens);
  assert.deepEqual(mem.pair?.map((m) => m.actor.code), ['FRD', 'SYL']);
  const again = emptyMemory();
  updatePair(again, [mention(doc, 'Freedonia', actor('FRD'), { nth: 1 }), mention(doc, 'Freedonia', actor('FRD'), { nth: 2 })], doc.tokens);
  assert.equal(again.pair, null);
});

test('memory: a person with only a sector takes the code of the actor in apposition', () => {
  const doc = segmented('Ann Lee, the Sylvanian envoy, spoke.');
  const lee: Mention = { ...mention(doc, 'Ann Lee', { code: 'GOV', sector: 'GOV', name: 'Ann Lee' }) };
  const envoy = mention(doc, 'Sylvanian envoy', actor('SYL', 'GOV'));
  const ms = [lee, envoy];
  const all = [...ms];
  const mem = emptyMemory();
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
  fillFromContext(ms, all, { mem: emptyMemory(), isOrg }, 0);
  assert.equal(ms[1]?.actor.code, 'SYLCOP');
  assert.equal(ms[1]?.rule.id, 'test+context.SYL');
});

test('memory: with two countries in the sentence a sector-only actor stays without country', () => {
  const doc = segmented('Sylvania and Freedonia said police left.');
  const ms = [mention(doc, 'Sylvania', actor('SYL')), mention(doc, 'Freedonia', actor('FRD')), mention(doc, 'police', { code: 'COP', sector: 'COP' })];
  fillFromContext(ms, [...ms], { mem: emptyMemory(), isOrg }, 0);
  assert.equal(ms[2]?.actor.code, 'COP');
});

// memory.context-speaker: inside a report whose speaker alone names the sentence's country, the article's
// dominant country comes first; without one, or when the country also stands in the report, the sentence's.
const SPEAKER_CASES: readonly { text: string; dominant: string | null; want: string }[] = [
  { text: 'An Osterlichian spokesman said rebels attacked.', dominant: 'SYL', want: 'SYLREB' },
  { text: 'An Osterlichian spokesman said rebels attacked.', dominant: 'OST', want: 'OSTREB' },
  { text: 'An Osterlichian spokesman said rebels attacked.', dominant: null, want: 'OSTREB' },
  { text: 'Rebels attacked, an Osterlichian spokesman said.', dominant: 'SYL', want: 'OSTREB' },
  { text: 'An Osterlichian spokesman met rebels.', dominant: 'SYL', want: 'OSTREB' },
];

for (const c of SPEAKER_CASES) {
  test(`memory: context-speaker: ${c.text} (article: ${c.dominant ?? 'none'})`, () => {
    const doc = segmented(c.text);
    const speaker = mention(doc, 'Osterlichian spokesman', actor('OST', 'GOV'));
    const rebels = mention(doc, /rebels/i.test(c.text.slice(0, 6)) ? 'Rebels' : 'rebels', { code: 'REB', sector: 'REB' });
    const ms = [speaker, rebels].sort((a, b) => a.tokenStart - b.tokenStart);
    const mem = emptyMemory();
    if (c.dominant) for (let i = 0; i < 3; i++) mem.countries.push({ country: c.dominant, sentence: 0 });
    const says = (k: number): boolean => doc.tokens[k]?.norm === 'said';
    fillFromContext(ms, [...ms], { mem, isOrg, speech: { says } }, 1);
    assert.equal(ms.find((m) => m.actor.sector === 'REB')?.actor.code, c.want);
  });
}
