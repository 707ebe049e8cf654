import type { SideRule } from './side-frame.js';
import { group } from './group.js';

// A receptive verb ("drew criticism from", "came under attack from"): the subject undergoes the act.

/**
 * sides.received: "Sylvania drew criticism from Osterlich", "came under attack from rebels": with a
 * `{received}` pattern the subject undergoes the act and the actor after the preposition does it.
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
  const agent = prep >= 0 ? after.find((m) => m.tokenStart > prep) : undefined;
  // No one named as doing it: no event (the subject is no actor of it).
  if (!agent) return { sources: [], targets: [] };
  return { sources: group(ctx.mentions, agent, ctx.tokens), targets: subject };
};
