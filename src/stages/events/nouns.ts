import type { Mention, Token } from '../../model/types.js';
import type { PatternHit } from './match.js';
import type { SentenceContext } from './context.js';
import { backer, findSource, group, type Sides } from './sides.js';

// Sides of an event carried by a noun ("the Freedonian offensive against Sylvania"): the premodifier or
// the subject of the light verb whose object the noun is, and the actor after "on"/"against".

/** The light verb whose object an event noun is ("launched an offensive", "continued their attacks"), or -1. */
export function lightVerbBefore(ctx: SentenceContext, n: number): number {
  const { tokens, from } = ctx;
  let k = n - 1;
  while (k >= from && k >= n - 5 && (tokens[k]?.pos === 'DET' || tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'NUM' || tokens[k]?.pos === 'ADV' || tokens[k]?.norm === 'its' || tokens[k]?.norm === 'their' || tokens[k]?.norm === '-' || tokens[k]?.pos === 'NOUN')) k--;
  const v = tokens[k];
  return k >= from && v && v.pos === 'VERB' && ctx.lex.LIGHT_VERBS.has(v.lemma) ? k : -1;
}

/**
 * nouns.denied: an event noun whose determiner denies it ("there was no attack on", "no talks between")
 * names an act that did not happen. Only premodifiers may stand between: "no Freedonian attack". A
 * negated copula does not deny its noun: "it was not his first visit to X" reports a visit.
 */
export function deniedNoun(ctx: SentenceContext, n: number): boolean {
  const { tokens, from, lex } = ctx;
  for (let k = n - 1; k >= from && k >= n - 4; k--) {
    const t = tokens[k];
    if (!t) return false;
    if (lex.NEGATIVE_DETERMINERS.has(t.norm)) return true;
    if (!(t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.norm === '-' || t.norm === "'s")) return false;
  }
  return false;
}

/** Noun triggers: source is the modifier/possessive before the noun, target follows on/against. */
export function nounSides(ctx: SentenceContext, hit: PatternHit): Sides {
  const { tokens, mentions: sm } = ctx;
  const n = hit.trigger;
  const parties = betweenParties(ctx, hit);
  if (parties) return parties;
  // Only a premodifier owns the act: "Israeli airstrikes", "Israel's latest attack", not "X condemned the attack".
  const before = sm.filter((m) => m.tokenEnd <= n && m.tokenEnd >= n - 3 && ctx.clauseOf(m.tokenStart) === ctx.clauseOf(n) && premodifies(tokens, m.tokenEnd, n));
  let src: Mention | undefined = before[before.length - 1];
  // The object of a light verb: "Osterlich announced a suspension of rail links", "Israel mounted its invasion".
  if (!src) {
    const k = lightVerbBefore(ctx, n);
    if (k >= 0) src = findSource(ctx, k, k)[0];
  }
  let tgt: Mention | undefined;
  if (hit.pattern.target.kind === 'prep') tgt = sm.find((m) => m.tokenStart > hit.prep && m.tokenStart <= hit.prep + 4 && !backer(tokens, m, ctx.lex));
  else if (hit.pattern.target.kind === 'object') {
    for (let k = hit.triggerEnd + 1; k < Math.min(ctx.to, hit.triggerEnd + 3); k++) {
      const w = tokens[k]?.norm;
      if (w === 'on' || w === 'against' || w === 'in' || w === 'of' || w === 'with') {
        tgt = sm.find((m) => m.tokenStart > k && m.tokenStart <= k + 4);
        break;
      }
    }
  }
  return { sources: src ? [src] : [], targets: tgt ? group(sm, tgt, tokens) : [] };
}

/**
 * nouns.between: "talks between Freedonia and Sylvania", "clashes between Freedonian troops and Sylvanian
 * rebels": the parties of a mutual act named after "between" are its sources, acting on each other
 * (a {mutual} pattern pairs them up). Null where the pattern is not mutual or the phrase holds no two parties.
 */
function betweenParties(ctx: SentenceContext, hit: PatternHit): Sides | null {
  if (!hit.pattern.mutual || hit.prep < 0 || ctx.tokens[hit.prep]?.norm !== 'between') return null;
  const first = ctx.mentions.find((m) => m.tokenStart > hit.prep && m.tokenStart <= hit.prep + 4);
  if (!first) return null;
  const members = group(ctx.mentions, first, ctx.tokens);
  return members.length >= 2 ? { sources: members, targets: [] } : null;
}

function premodifies(tokens: readonly Token[], from: number, noun: number): boolean {
  for (let k = from; k < noun; k++) {
    const t = tokens[k];
    if (!t || !(t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || t.norm === "'s" || t.norm === "'" || t.norm === '-')) return false;
  }
  return true;
}
