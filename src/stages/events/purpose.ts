import type { Mention } from '../../model/types.js';
import { placed, type SentenceContext } from './context.js';
import { material } from './emit.js';
import type { Coded } from './coded.js';

// purpose.target: an act done "to" do something to someone is aimed at that someone. "Protesters blocked
// roads to protest against Sylvania", "Freedonia reopened the border to allow aid deliveries to Sylvania",
// "sent envoys to negotiate with Sylvania": the material act names no party of its own, and its
// infinitival purpose clause (coded apart, as background) does. The act takes the purpose's target; the
// purpose itself stays background, as before.

/** How far after the act's trigger its purpose "to" may stand (its object between them). */
const PURPOSE_WINDOW = 8;

/**
 * Give each main-clause material act or consultation (04: "sent an envoy to meet ...") with no placed target the target of the purpose infinitive right
 * after it (from `background`), when that target is placed and not the act's own side.
 */
export function aimByPurpose(ctx: SentenceContext, local: Coded[], background: readonly Coded[]): void {
  if (background.length === 0) return;
  for (let k = 0; k < local.length; k++) {
    const g = local[k];
    if (!g || !(material(g.code) || g.code.startsWith('04')) || g.sides.sources.length === 0 || g.sides.targets.some((m) => placed(ctx, m))) continue;
    const to = purposeTo(ctx, g);
    if (to < 0) continue;
    const purpose = background.find((e) => e.hit.trigger > to && ctx.clauseOf(e.hit.trigger) === ctx.clauseOf(to) && e.sides.targets.length > 0);
    if (!purpose || purpose.negated) continue;
    const targets = purpose.sides.targets.filter((m) => placed(ctx, m) && !sameSide(g.sides.sources, m));
    if (targets.length === 0) continue;
    local[k] = { ...g, sides: { sources: g.sides.sources, targets } };
  }
}

/**
 * The "to" that opens the purpose infinitive of act `g`: an infinitival clause of g's clause starting within
 * PURPOSE_WINDOW tokens after the trigger, with no verb or comma between (its object may stand there:
 * "blocked the main road to ..."); -1 when there is none.
 */
function purposeTo(ctx: SentenceContext, g: Coded): number {
  const { tokens, cm, clauseOf } = ctx;
  const own = clauseOf(g.hit.trigger);
  const end = Math.min(ctx.to, g.hit.triggerEnd + PURPOSE_WINDOW + 1);
  for (let k = g.hit.triggerEnd + 1; k < end; k++) {
    const t = tokens[k];
    if (!t || t.norm === ',' || t.norm === ';' || t.pos === 'AUX') return -1;
    const cl = cm.clauses[clauseOf(k)];
    if (t.norm === 'to' && cl?.infinitive === true && cl.opener === k && cl.parent === own) return k;
    // A word the pattern requires is its object, whatever its tag ("fired tear gas to disperse").
    if (t.pos === 'VERB' && !g.hit.pattern.required.some((r) => r.first.has(t.norm) || r.first.has(t.lemma))) return -1;
  }
  return -1;
}

/**
 * Whether a mention is on the acting side: one of its sources, a source's country as a whole, or the same actor
 * of it. Another sector of the same country is another side: "police fired tear gas to disperse protesters".
 */
function sameSide(sources: readonly Mention[], m: Mention): boolean {
  return sources.some((s) => s.id === m.id || (s.actor.country !== undefined && s.actor.country === m.actor.country && (m.actor.code === m.actor.country || m.actor.code === s.actor.code)));
}
