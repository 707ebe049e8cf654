import type { Mention, RuleRef, Sentence, Token } from '../../model/types.js';
import type { Lexicon } from '../../dictionaries/lexicon.js';
import type { GrammarTable } from '../../dictionaries/grammar.js';
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
  /** The sentence's mentions by the token after their last (`tokenEnd`). */
  readonly endingAt: ReadonlyMap<number, readonly Mention[]>;
  readonly cm: ClauseMap;
  /** Clause id of a token of the sentence. */
  readonly clauseOf: (i: number) => number;
  readonly lex: Lexicon;
  /** Whether an actor code is an organisation placed without a country (IGO, IMG, NGO). */
  readonly isOrg: (code: string) => boolean;
  /** The article's clearly dominant country before this sentence, if any (asked rarely, so computed on demand). */
  readonly articleCountry?: () => string | null;
  /** Where the parties and events the rules code without a dictionary entry point. */
  readonly rules: EventGrammar;
}

/** The grammar rules (dictionaries/grammar/events.txt) that code a party or event no dictionary entry gives. */
export interface EventGrammar {
  /** passive.unnamed-arrest: an unnamed party arrested, and the police that arrested it. */
  readonly party: RuleRef;
  /** emit.guest-visit: the guest's side of a hosted visit. */
  readonly guest: RuleRef;
  /** object.protest-participants: a protest's participants as the target of coercion. */
  readonly participants: RuleRef;
  /** object.anti-prefix: the country or government an "anti-X" word names as a protest's target. */
  readonly anti: RuleRef;
  /** passive.place-agent: the government of the place an agentless removal is "from" or an invitation "to". */
  readonly placeAgent: RuleRef;
}

/** Look the event grammar rules up once in the grammar table. */
export function eventGrammar(grammar: GrammarTable): EventGrammar {
  return { party: grammar.ref('passive.unnamed-arrest'), guest: grammar.ref('emit.guest-visit'), participants: grammar.ref('object.protest-participants'), anti: grammar.ref('object.anti-prefix'), placeAgent: grammar.ref('passive.place-agent') };
}

/** The country of the act's first placed source, else the article's dominant one, else null. */
export function actingCountry(ctx: SentenceContext, sources: readonly Mention[]): string | null {
  return sources.find((m) => m.actor.country !== undefined)?.actor.country ?? ctx.articleCountry?.() ?? null;
}

/** Whether a mention is placed: it has a country or is an international or non-state organisation. */
export function placed(ctx: SentenceContext, m: Mention): boolean {
  return m.actor.country !== undefined || ctx.isOrg(m.actor.code);
}

/** Build the context of one sentence: its mentions by end token and its clause map. */
export function sentenceContext(input: { tokens: readonly Token[]; s: Sentence; mentions: readonly Mention[]; isSay: (i: number) => boolean; isCue?: (i: number) => boolean }, use: { lex: Lexicon; isOrg: (code: string) => boolean; rules: EventGrammar; articleCountry?: () => string | null }): SentenceContext {
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
  return { tokens, index: s.index, from, to: s.tokenEnd, mentions, endingAt, cm, clauseOf, lex: use.lex, isOrg: use.isOrg, rules: use.rules, ...(use.articleCountry ? { articleCountry: use.articleCountry } : {}) };
}
