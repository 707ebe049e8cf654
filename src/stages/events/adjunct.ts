import type { Mention } from '../../model/types.js';
import type { PatternHit } from './match.js';
import type { SentenceContext } from './context.js';
import { findSource, findSpeaker } from './subject.js';
import { gerundObject } from './verb-reading.js';

// nouns.adjunct: a contact named as the setting of what a clause says ("said during a visit to Beijing",
// "reaffirmed the policy in a telephone call with Xi", "At a meeting with Sylvania, Freedonia agreed ...").

// How many words may stand between the adjunct's preposition and its noun ("during his first official visit").
const ADJUNCT_REACH = 4;

/**
 * Whether the contact noun of `hit` (a meeting, call, visit or talks: CAMEO 04), or its gerund, heads a phrase opened by a
 * preposition of setting (lexicon ADJUNCT_PREPS) with only a determiner, possessive, adjectives or nouns
 * between: the setting happened as its clause's act did. Only "during" and its kin (ADJUNCT_ANY_PREPS) take
 * any determiner; after "in", "at", "on" the contact is new ("a", "his"): "accused X of blackmail in the
 * negotiations" and "mediation in peace negotiations with Y" name talks the phrase only locates.
 */
export function adjunctContact(ctx: SentenceContext, hit: PatternHit): boolean {
  const { tokens, lex } = ctx;
  if (!hit.pattern.code.startsWith('04')) return false;
  // nouns.adjunct-gerund: "arrived after meeting Netanyahu" reports the meeting as "after talks with" does.
  if (!hit.pattern.noun) return lex.ADJUNCT_BARE_PREPS.has(tokens[hit.trigger - 1]?.norm ?? '') && gerundObject(tokens, hit.trigger, lex);
  for (let k = hit.trigger - 1; k >= ctx.from && k >= hit.trigger - ADJUNCT_REACH - 1; k--) {
    const t = tokens[k];
    if (!t) return false;
    // "Following" is read as a verb too.
    const bare = lex.ADJUNCT_BARE_PREPS.has(t.norm);
    if (t.pos === 'ADP' || t.pos === 'SCONJ' || bare) {
      if (!bare && !lex.ADJUNCT_PREPS.has(t.norm)) return false;
      const first = tokens[k + 1];
      // nouns.adjunct-bare: "after talks with Xi", "following lengthy talks with Xi": with no determiner, a contact that happened.
      return lex.ADJUNCT_ANY_PREPS.has(t.norm) || lex.INDEFINITE_DETERMINERS.has(first?.norm ?? '') || lex.PRONOUN_OWNER.has(first?.norm ?? '') || (bare && first?.pos !== 'DET');
    }
    if (!(t.pos === 'DET' || t.pos === 'PRON' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'NUM')) return false;
  }
  return false;
}

/**
 * Who makes the contact of an adjunct: the subject of the clause's verb, before the noun or else after it; for an
 * adjunct that opens the sentence as a clause of its own ("After talks with Xi, Putin said"), the main clause's.
 */
export function adjunctSource(ctx: SentenceContext, hit: PatternHit): Mention[] {
  const c = ctx.clauseOf(hit.trigger);
  const clause = ctx.cm.clauses[c];
  // The clause whose verb names the maker after the noun: the main clause for an adjunct that opens the sentence.
  const main = clause !== undefined && clause.opener === ctx.from && clause.parent >= 0 ? clause.parent : c;
  const verb = (k: number, of: number): boolean => ctx.clauseOf(k) === of && ctx.tokens[k]?.pos === 'VERB';
  // In an inverted speech tag (", said the minister during a visit to ...") the speaker makes it.
  for (let k = hit.trigger - 1; k >= ctx.from; k--) if (verb(k, c)) return clause?.kind === 'speech' ? findSpeaker(ctx, k, k) : findSource(ctx, k, k);
  for (let k = hit.triggerEnd + 1; k < ctx.to; k++) if (verb(k, c) || verb(k, main)) return findSource(ctx, k, k);
  return [];
}
