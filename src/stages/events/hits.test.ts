import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextOf, hitAt, tokenOf } from '../../../testdata/sentence.js';
import { analyzeVerbGroup } from './verbgroup.js';
import { verbSides } from './sides.js';
import { isAdjunct, isBackground, resolveComplements } from './hits.js';
import type { Coded } from './coded.js';
import { dedupe } from './emit.js';
import { actor, event, mention, segmented } from '../../../testdata/docs.js';
import type { SentenceContext } from './context.js';

// What the hits of one sentence say together: complements, adjuncts, background; and the sentence-level
// de-duplication of events.

const M: readonly (readonly [string, string, string?])[] = [['Freedonia', 'FRD'], ['Sylvania', 'SYL'], ['Osterlich', 'OST']];

function coded(ctx: SentenceContext, word: string): Coded {
  const hit = hitAt(ctx, word);
  assert.ok(hit, `a hit at ${word}`);
  const vg = analyzeVerbGroup(ctx, hit.trigger);
  return { hit, sides: verbSides(ctx, hit, vg), negated: vg.negated, modality: vg.modality, code: hit.pattern.code };
}

test('hits: a threat verb hands its modality to the act in its infinitive (CAMEO 13)', () => {
  const { ctx } = contextOf('Freedonia threatened to attack Sylvania.', M);
  const out = resolveComplements(ctx, [coded(ctx, 'threatened'), coded(ctx, 'attack')]);
  assert.deepEqual(out.map((c) => `${c.code} ${c.modality} ${c.sides.sources[0]?.text}>${c.sides.targets[0]?.text}`), ['1384 threatened Freedonia>Sylvania']);
});

test('hits: a participle after a comma is an adjunct', () => {
  const { ctx } = contextOf('Freedonia condemned Osterlich, attacking Sylvania.', M);
  const frames = new Set(['speak']);
  assert.equal(isAdjunct(ctx.tokens, tokenOf(ctx, 'attacking'), ctx.from, frames), true);
  assert.equal(isAdjunct(ctx.tokens, tokenOf(ctx, 'condemned'), ctx.from, frames), false);
  // Right after its subject a participle is an act of its own, unless it frames a statement.
  const own = contextOf('Freedonia, attacking Sylvania, condemned Osterlich.', M).ctx;
  assert.equal(isAdjunct(own.tokens, tokenOf(own, 'attacking'), own.from, frames), false);
  const frame = contextOf('Freedonia, speaking in Sylvania, condemned Osterlich.', M).ctx;
  assert.equal(isAdjunct(frame.tokens, tokenOf(frame, 'speaking'), frame.from, frames), true);
});

const BACKGROUND: readonly { text: string; word: string; background: boolean }[] = [
  { text: 'Freedonia attacked Sylvania.', word: 'attacked', background: false },
  { text: 'Freedonia condemned Osterlich, which attacked Sylvania.', word: 'attacked', background: true },
  { text: 'If Freedonia attacked Sylvania, Osterlich would respond.', word: 'attacked', background: true },
];

for (const c of BACKGROUND) {
  test(`hits: background: "${c.word}" in ${c.text}`, () => {
    const { ctx } = contextOf(c.text, M);
    assert.equal(isBackground(ctx, coded(ctx, c.word)), c.background);
  });
}

test('dedupe: one event per sentence, source, target and CAMEO root; the first is kept', () => {
  const doc = segmented('Freedonia attacked Sylvania and fought Sylvania. Freedonia attacked Sylvania.');
  const frd = mention(doc, 'Freedonia', actor('FRD'));
  const syl = mention(doc, 'Sylvania', actor('SYL'));
  const a = event(doc, 'attacked', { source: frd, target: syl });
  const b = { ...event(doc, 'fought', { source: frd, target: syl }), cameo: '193' };
  const c = event(doc, 'attacked', { source: frd, target: syl, nth: 1 });
  const d = { ...a, cameo: '111' };
  assert.deepEqual(dedupe([a, b, c, d]), [a, c, d]);
});
