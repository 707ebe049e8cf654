import type { Mention } from '../../model/types.js';
import type { SentenceContext } from './context.js';
import { group } from './group.js';
import { analyzeVerbGroup, type VerbGroup } from './verbgroup.js';
import type { Sides } from './sides.js';

// A bare infinitive after a causative verb and its object: "Freedonia made Sylvania withdraw", "sanctions
// will not make Sylvania withdraw", "Freedonia would not let Sylvania join". The object is who acts, and the
// act is only as asserted as the causative verb: negated with it, hypothetical or intended with its modal.
// clause.object-control: the same with a to-infinitive after a verb of causing ("the strike prompted
// Sylvania to withdraw", "forced Sylvania and Osterlich to sign") or of permitting ("allowed Sylvania to
// join", where the act is only possible, so hypothetical).

/** A causative verb that governs the verb group starting at `vgStart`, and its object (the causee). */
export interface Causative {
  readonly verb: number;
  readonly causee: readonly Mention[];
  /** The act is only made possible ("allowed Sylvania to join"). */
  readonly permissive: boolean;
}

/** clause.causative: the causative verb and its object right before a bare infinitive at `v` (its group at `vgStart`), or null. */
export function causativeAt(ctx: SentenceContext, v: number, vgStart: number): Causative | null {
  const { tokens, lex } = ctx;
  const t = tokens[v];
  // Only a bare form: "made Sylvania withdraw", not "made Sylvania's army" or "let Sylvania's talks".
  if (!t || t.norm !== t.lemma) return null;
  if (vgStart !== v) return tokens[vgStart]?.norm === 'to' ? controlAt(ctx, vgStart) : null;
  const m = ctx.mentions.find((x) => x.tokenEnd === v && !x.modifier);
  if (!m) return null;
  let k = m.tokenStart - 1;
  if (tokens[k]?.pos === 'DET') k--;
  const c = tokens[k];
  if (!c || k < ctx.from || !(c.pos === 'VERB' || c.pos === 'AUX') || !lex.CAUSATIVE_VERBS.has(c.lemma)) return null;
  return { verb: k, causee: group(ctx.mentions, m, tokens), permissive: false };
}

/**
 * clause.object-control: the verb of causing or permitting whose object (a mention or a coordination of
 * them, its last one ending right before `to`) is the subject of the infinitive at `to`, or null.
 */
function controlAt(ctx: SentenceContext, to: number): Causative | null {
  const { tokens, lex, mentions } = ctx;
  const last = mentions.find((x) => x.tokenEnd === to && !x.modifier);
  if (!last) return null;
  // The object starts right after the verb (an article aside): "prompted (the) Sylvanian army and Osterlich to".
  for (const first of mentions) {
    if (first.modifier || first.tokenStart > last.tokenStart || first.tokenStart < last.tokenStart - 12) continue;
    let k = first.tokenStart - 1;
    if (tokens[k]?.pos === 'DET') k--;
    const c = tokens[k];
    if (!c || k < ctx.from || c.pos !== 'VERB' || attributive(tokens, k)) continue;
    const permissive = lex.CONTROL_PERMISSIVE.has(c.lemma);
    if (!permissive && !lex.CONTROL_IMPLICATIVE.has(c.lemma)) continue;
    const causee = group(mentions, first, tokens);
    if (causee.some((m) => m.id === last.id)) return { verb: k, causee, permissive };
  }
  return null;
}

/**
 * The verb group of a bare infinitive governed by a causative: negated with it, and hypothetical under its
 * modal ("will not make Sylvania withdraw" is no intent of Sylvania's, so no refusal either).
 */
export function governedGroup(ctx: SentenceContext, own: VerbGroup, cz: Causative): VerbGroup {
  const gov = analyzeVerbGroup(ctx, cz.verb);
  // "tried to persuade Sylvania to join", "have yet to force Sylvania to withdraw": a causer in an infinitive
  // of its own says nothing of whether it succeeded.
  let attempted = false;
  for (let k = gov.start; k < cz.verb; k++) if (ctx.tokens[k]?.norm === 'to') attempted = true;
  return { ...own, negated: own.negated || gov.negated, modality: gov.modality === 'asserted' && !cz.permissive && !attempted ? own.modality : 'hypothetical', pastModal: own.pastModal || gov.pastModal, pluperfect: gov.pluperfect };
}

/** An -ing word after a determiner, a possessive or an adjective modifies the noun after it ("its leading clerics"). */
function attributive(tokens: SentenceContext['tokens'], k: number): boolean {
  const prev = tokens[k - 1];
  return (tokens[k]?.norm.endsWith('ing') ?? false) && prev !== undefined && (prev.pos === 'DET' || prev.pos === 'PART' || prev.pos === 'ADJ' || prev.pos === 'PRON');
}

/** The sides of a caused act: the causee acts; the causer is no target of it. */
export function causedSides(sides: Sides, cz: Causative): Sides {
  return { ...sides, sources: cz.causee, targets: sides.targets.filter((m) => !cz.causee.some((c) => c.id === m.id)) };
}
