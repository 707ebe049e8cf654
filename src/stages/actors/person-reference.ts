import type { Mention } from '../../model/types.js';
import { isCap, put, type ActorContext } from './context.js';

// Reference rules for people named before in the article: a possessive pronoun before a relational noun
// ("his meeting with"), and a first name alone ("John"). Split from reference.ts.

/**
 * memory.possessive-person: "during his visit to Sylvania", "continued his criticism of": "his"/"her" before a noun (and
 * its adjectives) in an object or a phrase is the person it means, as that person's possessive would be ("Firefly's
 * visit"): a modifier, when its noun's own phrase follows ("his meeting with", "his criticism of"). Not as a subject,
 * whose head is often no act of the person's ("his father refused"), nor before a person the sentence names later.
 */
export function personalOwner(cx: ActorContext, p: number, owner: Mention): number {
  const { tokens, lex } = cx;
  if (!lex.PERSON_PRONOUNS.has(tokens[p]?.norm ?? '') || owner.actor.name === undefined || cx.byStart.has(p + 1)) return -1;
  // In an object or a phrase ("continued his criticism of", "during his visit to"), not a subject ("his father refused").
  const before = tokens[p - 1]?.pos;
  if (before !== 'VERB' && before !== 'ADP') return -1;
  let k = p + 1;
  while (tokens[k]?.pos === 'ADJ' && k < p + 3) k++;
  // A relational noun whose phrase names its other party ("his meeting with", "his criticism of", "his visit to").
  if (tokens[k]?.pos !== 'NOUN' || tokens[k + 1]?.pos !== 'ADP') return -1;
  // "After his summit with Putin, Trump said": before the sentence's first actor, a person named after the phrase may be meant.
  if (cx.sentence.length === 0 && namedAfterComma(cx, k + 1)) return -1;
  put(cx, p, p + 1, { actor: owner.actor, rule: cx.rules.possessivePerson, modifier: true, quiet: true });
  return p + 1;
}

/** Whether a person is named after the first comma from token `from` on in the sentence. */
function namedAfterComma(cx: ActorContext, from: number): boolean {
  let comma = false;
  for (let q = from; q < cx.s.tokenEnd; q++) {
    if (cx.tokens[q]?.norm === ',') comma = true;
    else if (comma && cx.byStart.get(q)?.entry.kind === 'official') return true;
  }
  return false;
}

/**
 * memory.given-name: '"I thank John very much for his service"', "Save your energy Rex": a capitalised word alone
 * (no capitalised word beside it) that is the first name of exactly one person named before in the article is that
 * person, as a remembered surname is.
 */
export const givenName = (cx: ActorContext, p: number): number => {
  const { tokens } = cx;
  const t = tokens[p];
  const r = t && isCap(t) ? cx.mem.givenNames.get(t.norm) : undefined;
  if (!r || isCap(tokens[p + 1]) || (p > cx.s.tokenStart && isCap(tokens[p - 1]))) return -1;
  put(cx, p, p + 1, { actor: r.actor, rule: cx.rules.givenName });
  return p + 1;
};
