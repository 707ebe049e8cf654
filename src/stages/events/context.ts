import type { Mention, RuleRef, Sentence, Token } from '../../model/types.js';
import type { Lexicon } from '../../dictionaries/lexicon.js';
import { segmentClauses, type ClauseMap } from './clauses.js';

/**
 * What every event rule reads about one sentence: its tokens [from, to), its mentions in reading order,
 * its clause map and the lexicon. Built once per sentence by the events stage.
 */
export interface SentenceContext {
  readonly tokens: readonly Token[];
  /** Sentence index. */
  readonly index: number;
  readonly from: number;
  readonly to: number;
  /** The sentence's mentions in reading order. */
  readonly mentions: readonly Mention[];
  readonly cm: ClauseMap;
  /** Clause id of a token of the sentence. */
  readonly clauseOf: (i: number) => number;
  readonly lex: Lexicon;
  /** Whether an actor code is an organisation placed without a country (IGO, IMG, NGO). */
  readonly isOrg: (code: string) => boolean;
  /** The article's clearly dominant country before this sentence, if any (asked rarely, so computed on demand). */
  readonly articleCountry?: () => string | null;
  /** Where a party that the rules code without a dictionary entry points (dictionaries/grammar/events.txt). */
  readonly partyRule: RuleRef;
  /** Where the guest's side of a hosted visit points (emit.guest-visit). */
  readonly guestRule: RuleRef;
  /** The grammar rule of a protest's participants coded as the target (object.protest-participants). */
  readonly participantsRule: RuleRef;
  /** The grammar rule of the country an "anti-X" word names as a protest's target (object.anti-prefix). */
  readonly antiRule: RuleRef;
}

/** Whether a mention is placed: it has a country or is an international or non-state organisation. */
export function placed(ctx: SentenceContext, m: Mention): boolean {
  return m.actor.country !== undefined || ctx.isOrg(m.actor.code);
}

/** Build the context of one sentence: its mentions by end token and its clause map. */
export function sentenceContext(input: { tokens: readonly Token[]; s: Sentence; mentions: readonly Mention[]; isSay: (i: number) => boolean; isCue?: (i: number) => boolean }, use: { lex: Lexicon; isOrg: (code: string) => boolean; partyRule: RuleRef; guestRule: RuleRef; participantsRule: RuleRef; antiRule: RuleRef; articleCountry?: () => string | null }): SentenceContext {
  const { tokens, s, mentions } = input;
  const endingAt = new Map<number, Mention[]>();
  for (const m of mentions) {
    const l = endingAt.get(m.tokenEnd) ?? [];
    l.push(m);
    endingAt.set(m.tokenEnd, l);
  }
  const cm = segmentClauses({ tokens, from: s.tokenStart, to: s.tokenEnd, mentionsEndingAt: endingAt, isSay: input.isSay, lex: use.lex, ...(input.isCue ? { isCue: input.isCue } : {}) });
  const from = s.tokenStart;
  const clauseOf = (i: number): number => cm.of[i - from] ?? 0;
  return { tokens, index: s.index, from, to: s.tokenEnd, mentions, cm, clauseOf, lex: use.lex, isOrg: use.isOrg, partyRule: use.partyRule, guestRule: use.guestRule, participantsRule: use.participantsRule, antiRule: use.antiRule, ...(use.articleCountry ? { articleCountry: use.articleCountry } : {}) };
}
