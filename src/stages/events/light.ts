import type { Token } from '../../model/types.js';
import type { VerbDictionary } from '../../dictionaries/verbs.js';
import type { Lexicon } from '../../dictionaries/lexicon.js';

/** What the light-verb tests read: the sentence's tokens, the verb patterns and the lexicon. */
interface LightInput {
  readonly tokens: readonly Token[];
  readonly verbs: VerbDictionary;
  readonly lex: Lexicon;
}

// Auxiliaries read as main verbs. "have" names no act of its own: its object does ("had talks with
// Sylvania", "has had a phone call with"), as the object of any light verb does.

const OBJECT_START: ReadonlySet<string> = new Set(['DET', 'NOUN', 'ADJ', 'NUM']);
const IN_OBJECT: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);

/** match.main-have: "be" where a pattern names it ("is ready to"), "have" before its object ("had talks with"; not "had met", "has to"). */
export function auxAsVerb(input: LightInput, i: number, t: Token): boolean {
  if (!input.verbs.byTrigger.has(t.lemma)) return false;
  if (t.lemma === 'be') return true;
  if (t.lemma !== 'have') return false;
  let k = i + 1;
  while (input.tokens[k]?.pos === 'ADV' && k < i + 3) k++;
  const next = input.tokens[k];
  return next !== undefined && (OBJECT_START.has(next.pos) || input.lex.POSSESSIVES.has(next.norm));
}

/**
 * match.have-object: the words a pattern of main-verb "have" requires head its object: only determiners,
 * possessives and modifiers stand between ("had its first face-to-face talks with"), not a later phrase
 * ("had a message for Sylvania: Freedonia called ..."). Any auxiliary but "have" passes.
 */
export function haveObject(input: LightInput, i: number, from: number, lastReq: number): boolean {
  const { tokens, lex } = input;
  if (tokens[i]?.lemma !== 'have') return true;
  for (let k = from; k < lastReq; k++) {
    const t = tokens[k];
    if (!t || !(IN_OBJECT.has(t.pos) || lex.POSSESSIVES.has(t.norm) || t.norm === '-' || hyphenated(tokens, k) || (t.pos === 'ADV' && k === from))) return false;
  }
  return true;
}

/** Whether token `k` stands between hyphens, inside a compound modifier ("face-to-face"). */
function hyphenated(tokens: readonly Token[], k: number): boolean {
  return tokens[k - 1]?.norm === '-' && tokens[k + 1]?.norm === '-';
}
