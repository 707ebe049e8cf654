import type { Mention } from '../../model/types.js';
import type { SentenceContext } from './context.js';
import { group } from './group.js';
import { exemplifierAt } from './words.js';

/**
 * subject.exemplified: "Governments that back Maduro, including Bolivia and Cuba, condemned ...": a sector
 * subject with no country gives way to the members named after an exemplifier (lexicon EXEMPLIFIERS) in its
 * own clause before the verb group at `vgStart`. A named subject keeps its place ("the EU, including France,
 * ..."). The subject itself when no members with a country follow.
 */
export function exemplified(ctx: SentenceContext, subject: Mention[], vgStart: number): Mention[] {
  const last = subject[subject.length - 1];
  if (!last || !subject.every((m) => m.actor.country === undefined && m.rule.id.startsWith('agent.'))) return subject;
  const { tokens, lex } = ctx;
  const c = ctx.clauseOf(last.tokenStart);
  for (let k = last.tokenEnd; k < vgStart; k++) {
    if (ctx.clauseOf(k) !== c) continue;
    if (!exemplifierAt(tokens, k, lex)) continue;
    const first = ctx.mentions.find((m) => m.tokenStart === k + 1 || (m.tokenStart === k + 2 && tokens[k + 1]?.pos === 'DET'));
    if (!first || first.tokenEnd > vgStart) return subject;
    const members = group(ctx.mentions, first, tokens).filter((m) => m.tokenEnd <= vgStart);
    return members.some((m) => m.actor.country !== undefined) ? members : subject;
  }
  return subject;
}
