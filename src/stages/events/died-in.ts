import type { SideRule } from './side-frame.js';
import { causeAgent } from './cause-agent.js';
import { combatAgent } from './combat-agent.js';

/**
 * sides.died-in: "ten Sylvanian soldiers died in a Freedonian airstrike": a verb of dying (lexicon DEATH_VERBS)
 * has its subject for the victim and, for the agent, the actor of the force noun in its cause phrase, as
 * sides.passive-cause-agent reads "were killed in" (or the other side of clashes it died in, as sides.passive-combat-with
 * does); with no such actor the death is no act between actors.
 */
export const diedIn: SideRule = ({ ctx, hit, subject }) => {
  if (!ctx.lex.DEATH_VERBS.has(ctx.tokens[hit.trigger]?.lemma ?? '')) return null;
  const agent = causeAgent(ctx, hit, subject) ?? combatAgent(ctx, hit, subject);
  return agent ? { sources: agent, targets: subject } : { sources: [], targets: [] };
};
