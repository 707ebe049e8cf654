import type { Mention } from '../../model/types.js';
import type { SentenceContext } from './context.js';
import { group } from './subject.js';
import { analyzeVerbGroup, type VerbGroup } from './verbgroup.js';
import type { Sides } from './sides.js';

// A bare infinitive after a causative verb and its object: "Freedonia made Sylvania withdraw", "sanctions
// will not make Sylvania withdraw", "Freedonia would not let Sylvania join". The object is who acts, and the
// act is only as asserted as the causative verb: negated with it, hypothetical or intended with its modal.

/** A causative verb that governs the verb group starting at `vgStart`, and its object (the causee). */
export interface Causative {
  readonly verb: number;
  readonly causee: readonly Mention[];
}

/** clause.causative: the causative verb and its object right before a bare infinitive at `v` (its group at `vgStart`), or null. */
export function causativeAt(ctx: SentenceContext, v: number, vgStart: number): Causative | null {
  const { tokens, lex } = ctx;
  const t = tokens[v];
  // Only a bare form: "made Sylvania withdraw", not "made Sylvania's army" or "let Sylvania's talks".
  if (!t || vgStart !== v || t.norm !== t.lemma) return null;
  const m = ctx.mentions.find((x) => x.tokenEnd === v && !x.modifier);
  if (!m) return null;
  let k = m.tokenStart - 1;
  if (tokens[k]?.pos === 'DET') k--;
  const c = tokens[k];
  if (!c || k < ctx.from || !(c.pos === 'VERB' || c.pos === 'AUX') || !lex.CAUSATIVE_VERBS.has(c.lemma)) return null;
  return { verb: k, causee: group(ctx.mentions, m, tokens) };
}

/**
 * The verb group of a bare infinitive governed by a causative: negated with it, and hypothetical under its
 * modal ("will not make Sylvania withdraw" is no intent of Sylvania's, so no refusal either).
 */
export function governedGroup(ctx: SentenceContext, own: VerbGroup, cz: Causative): VerbGroup {
  const gov = analyzeVerbGroup(ctx, cz.verb);
  return { ...own, negated: own.negated || gov.negated, modality: gov.modality === 'asserted' ? own.modality : 'hypothetical', pastModal: own.pastModal || gov.pastModal, pluperfect: gov.pluperfect };
}

/** The sides of a caused act: the causee acts; the causer is no target of it. */
export function causedSides(sides: Sides, cz: Causative): Sides {
  return { ...sides, sources: cz.causee, targets: sides.targets.filter((m) => !cz.causee.some((c) => c.id === m.id)) };
}
