import type { Mention, Token } from '../../model/types.js';
import type { PatternHit } from './match.js';
import type { SideRule } from './side-frame.js';
import { group } from './group.js';

// A receptive verb ("drew criticism from", "came under attack from"): the subject undergoes the act.

/**
 * sides.received: "Sylvania drew criticism from Osterlich", "came under attack from rebels": with a
 * `{received}` pattern the subject undergoes the act and the actor after the preposition does it, or the
 * actor modifying the act's noun ("drew Osterlichian criticism", "came under Sylvanian attack").
 */
export const received: SideRule = ({ ctx, hit, subject, after }) => {
  // Also in the passive: "was faced with criticism from X" is criticism received as well.
  if (!hit.pattern.received) return null;
  // The "from" must be the noun's: no verb or other preposition between ("drew criticism for recusing himself
  // from the inquiry", "faced criticism on fronts ranging from X" name no critic; "a barrage of criticism from" does).
  let prep = hit.prep;
  for (let k = hit.triggerEnd + 1; k < prep; k++) {
    const t = ctx.tokens[k];
    if (t && (t.pos === 'VERB' || (t.pos === 'ADP' && !ctx.lex.OWNER_PREPS.has(t.norm)))) prep = -1;
  }
  const agent = prep >= 0 ? after.find((m) => m.tokenStart > prep) : nounModifier(ctx.tokens, ctx.mentions, hit);
  // No one named as doing it: no event (the subject is no actor of it).
  if (!agent) return { sources: [], targets: [] };
  return { sources: group(ctx.mentions, agent, ctx.tokens), targets: subject };
};

/**
 * sides.received-modifier: the actor that modifies the pattern's noun right after the verb, with only determiners
 * and adjectives before it and only a possessive or adjectives between it and the noun ("drew sharp Osterlichian
 * criticism", "drew Osterlich's criticism").
 */
function nounModifier(tokens: readonly Token[], mentions: readonly Mention[], hit: PatternHit): Mention | undefined {
  let k = hit.triggerEnd + 1;
  while (k < hit.triggerEnd + 4 && (tokens[k]?.pos === 'DET' || tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'ADV')) k++;
  const m = mentions.find((x) => x.tokenStart === k);
  if (!m) return undefined;
  let n = m.tokenEnd;
  if (tokens[n]?.norm === "'s") n++;
  while (n < m.tokenEnd + 3 && tokens[n]?.pos === 'ADJ') n++;
  const noun = tokens[n];
  return noun && hit.pattern.required.some((r) => r.first.has(noun.lemma) || r.first.has(noun.norm)) ? m : undefined;
}
