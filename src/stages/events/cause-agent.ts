import type { Mention } from '../../model/types.js';
import type { PatternHit } from './match.js';
import type { SentenceContext } from './context.js';
import { causePrep } from './combat-agent.js';

/**
 * sides.passive-cause-agent: "20 Sylvanians were killed in a Freedonian airstrike": an agentless passive of
 * force whose cause phrase (CAUSE_PREPS) right after the verb is a force noun (ANAPHORA_FORCE) with an
 * actor as its premodifier or possessive takes that actor as the agent.
 */
export function causeAgent(ctx: SentenceContext, hit: PatternHit, patient: readonly Mention[]): Mention[] | null {
  const { tokens, lex } = ctx;
  const k = causePrep(ctx, hit, patient);
  if (k < 0) return null;
  const m = ctx.mentions.find((x) => x.tokenStart > k && x.tokenStart <= k + 3);
  // "in the Paris attacks": a capital before a force noun names where it was, not who did it.
  if (!m || patient.some((p) => p.actor.code === m.actor.code) || m.rule.id.startsWith('capital.')) return null;
  for (let j = k + 1; j < m.tokenStart; j++) if (!(tokens[j]?.pos === 'DET' || tokens[j]?.pos === 'ADJ' || tokens[j]?.pos === 'NUM')) return null;
  for (let j = m.tokenEnd; j < Math.min(ctx.to, m.tokenEnd + 4); j++) {
    const t = tokens[j];
    if (!t) return null;
    if (lex.ANAPHORA_FORCE.has(t.norm)) return [m];
    // "a Sylvanian-led coalition airstrike": the leader of the force acts through it (not a backer: "Sylvanian-backed").
    if (!(t.pos === 'ADJ' || t.pos === 'NOUN' || t.norm === "'s" || t.norm === '-' || (t.norm === 'led' && tokens[j - 1]?.norm === '-'))) return null;
  }
  return null;
}
