import type { Token } from '../../model/types.js';
import type { Lexicon } from '../../dictionaries/lexicon.js';

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

/** Words that may stand between a passive participle and its "be" ("was not claimed", "has been swiftly attributed"). */
const PASSIVE_GAP: ReadonlySet<string> = new Set(['ADV', 'PART', 'AUX']);

/**
 * match.passive-object: "the attack on Sylvania was claimed by X", "the bombing was attributed to X": in the
 * passive, the words a pattern requires of its object stand in the subject before "be". The first token of the
 * subject phrase (nouns, adjectives, determiners and prepositions up to 8 back), or -1 when token `i` is no
 * passive participle after "be".
 */
export function passiveSubjectStart(tokens: readonly Token[], i: number, lex: Lexicon): number {
  const t = tokens[i];
  if (!t || !(t.norm.endsWith('ed') || t.norm.endsWith('en') || lex.IRREGULAR_PARTICIPLES.has(t.norm))) return -1;
  let k = i - 1;
  while (k >= i - 4 && tokens[k]?.sentence === t.sentence && PASSIVE_GAP.has(tokens[k]?.pos ?? '') && !lex.BE_FORMS.has(tokens[k]?.norm ?? '')) k--;
  if (tokens[k]?.sentence !== t.sentence || !lex.BE_FORMS.has(tokens[k]?.norm ?? '')) return -1;
  let s = k;
  while (s > k - 8 && tokens[s - 1]?.sentence === t.sentence && SUBJECT_PHRASE.has(tokens[s - 1]?.pos ?? '')) s--;
  return s < k ? s : -1;
}
