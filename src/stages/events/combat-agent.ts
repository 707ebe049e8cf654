import type { Mention } from '../../model/types.js';
import type { PatternHit } from './match.js';
import type { SentenceContext } from './context.js';

const FORCE_ROOTS: ReadonlySet<string> = new Set(['15', '17', '18', '19', '20']);

/** Whether a pattern codes force (15, 17-20): the acts a place or a cause phrase may stand in for the agent of. */
export function force(hit: PatternHit): boolean {
  return FORCE_ROOTS.has(hit.pattern.code.slice(0, 2));
}

/**
 * The cause preposition (lexicon CAUSE_PREPS) right after an act of force on a named patient, adverbs aside ("were
 * killed in", "died yesterday in"), where a cause phrase may name the agent; -1 where there is none.
 */
export function causePrep(ctx: SentenceContext, hit: PatternHit, patient: readonly Mention[]): number {
  if (patient.length === 0 || !force(hit)) return -1;
  const { tokens } = ctx;
  let k = hit.triggerEnd + 1;
  while (k < ctx.to && k <= hit.triggerEnd + 3 && tokens[k]?.pos === 'ADV') k++;
  return ctx.lex.CAUSE_PREPS.has(tokens[k]?.norm ?? '') ? k : -1;
}

/** How far after the passive verb its cause phrase, and after that its "with", may stand. */
const REACH = 4;

/**
 * sides.passive-combat-with: "20 soldiers were killed in a face-off with Sylvanian forces", "died in clashes with
 * the rebels": an agentless passive of force whose cause phrase (CAUSE_PREPS) is a combat noun (COMBAT_NOUNS)
 * with a "with" party takes that party as the agent, unless it is the patient's own side.
 */
export function combatAgent(ctx: SentenceContext, hit: PatternHit, patient: readonly Mention[]): Mention[] | null {
  const { tokens, lex } = ctx;
  const k = causePrep(ctx, hit, patient);
  if (k < 0) return null;
  let combat = false;
  let w = k + 1;
  for (; w < ctx.to && w <= k + REACH + 2; w++) {
    const t = tokens[w];
    if (!t || t.norm === 'with') break;
    if (lex.COMBAT_NOUNS.has(t.norm) || (t.norm === 'off' && tokens[w - 1]?.norm === '-' && tokens[w - 2]?.norm === 'face')) combat = true;
    else if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'NOUN' || t.norm === '-')) return null;
  }
  if (!combat || tokens[w]?.norm !== 'with') return null;
  const m = ctx.mentions.find((x) => x.tokenStart > w && x.tokenStart <= w + 3 && !x.modifier);
  if (!m || patient.some((p) => p.actor.code === m.actor.code)) return null;
  for (let j = w + 1; j < m.tokenStart; j++) if (!(tokens[j]?.pos === 'DET' || tokens[j]?.pos === 'ADJ' || tokens[j]?.pos === 'NUM')) return null;
  return [m];
}
