import type { Token } from '../../model/types.js';

/** Words of the noun phrase (and its of-, on-phrases) that may stand between a clause's subject head and its verb. */
const SUBJECT_PHRASE: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'ADP']);
const PREDICATE: ReadonlySet<string> = new Set(['VERB', 'AUX']);

/**
 * match.complement-word: for a pattern marked `{object}` (a verb of saying whose object names the act it
 * owns: "claimed the attack"), a required word is no part of the verb's object when it is a verb itself or
 * stands after a verb or "that" ("claimed that they attacked", "claimed X is hitting Y after an attack"), or
 * when the verb of its own clause follows it (an auxiliary after its phrase, a verb right after the noun:
 * "claimed the attack was staged", "claimed the attack involved planning").
 */
export function complementWord(tokens: readonly Token[], i: number, k: number, to: number): boolean {
  for (let q = i + 1; q <= k; q++) {
    const t = tokens[q];
    if (!t || PREDICATE.has(t.pos) || t.norm === 'that') return true;
  }
  let pp = false;
  for (let q = k + 1; q < Math.min(to, k + 8); q++) {
    const t = tokens[q];
    if (!t) return false;
    if (t.pos === 'AUX') return true;
    // wink tags some past forms right after a noun as adjectives ("the attack involved planning").
    if (t.pos === 'VERB' || (q === k + 1 && t.pos === 'ADJ' && t.norm.endsWith('ed'))) return !pp;
    if (!SUBJECT_PHRASE.has(t.pos)) return false;
    if (t.pos === 'ADP') pp = true;
  }
  return false;
}
