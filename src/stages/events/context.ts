import type { Mention, Token } from '../../model/types.js';
import type { Lexicon } from '../../dictionaries/lexicon.js';
import type { ClauseMap } from './clauses.js';

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
}

/** Whether a mention is placed: it has a country or is an international or non-state organisation. */
export function placed(ctx: SentenceContext, m: Mention): boolean {
  return m.actor.country !== undefined || ctx.isOrg(m.actor.code);
}
