import type { Mention } from '../../model/types.js';
import { actingCountry, placed, type SentenceContext } from './context.js';
import type { Coded } from './coded.js';
import { STATE_SECTORS } from './custody.js';

// object.anti-prefix: "Thousands of Iraqis held an anti-American rally", "anti-government protesters
// marched": a protest (CAMEO 14) that names no placed target is aimed at what an "anti-X" word in its
// source's phrase or its object's phrase opposes: the country X names (a one-word name, adjective or
// people of one country), or, for "anti-government", the government of the acting side's country. The
// word is the target's mention, coded by this rule.

/** Words after "anti-" that name the government of the protesters' own country. */
const GOVERNMENT_WORDS: ReadonlySet<string> = new Set(['government', 'regime']);

/** How far before the source and after the trigger an "anti-X" word may stand. */
const REACH = 4;

/** Give each untargeted protest the country or government its "anti-X" word opposes. */
export function opposedTargets(ctx: SentenceContext, local: Coded[], countries: ReadonlyMap<string, string>): void {
  for (let k = 0; k < local.length; k++) {
    const c = local[k];
    // The state does not protest: a protest coded with police or an army as its source is a misreading.
    if (!c || !c.code.startsWith('14') || c.sides.targets.some((m) => placed(ctx, m)) || c.sides.sources.some((m) => STATE_SECTORS.has(m.actor.sector ?? ''))) continue;
    const target = antiWord(ctx, c, { countries, own: actingCountry(ctx, c.sides.sources) });
    if (target) local[k] = { ...c, sides: { sources: c.sides.sources, targets: [target] } };
  }
}

/** The mention of the first "anti-X" word near the protest's source or object that names a country, or null. */
function antiWord(ctx: SentenceContext, c: Coded, names: { readonly countries: ReadonlyMap<string, string>; readonly own: string | null }): Mention | null {
  const first = c.sides.sources[0]?.tokenStart ?? c.hit.trigger;
  const from = Math.max(ctx.from, Math.min(first, c.hit.trigger) - REACH);
  const to = Math.min(ctx.to, c.hit.triggerEnd + 1 + REACH);
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k];
    if (!t || !t.norm.startsWith('anti-') || ctx.clauseOf(k) !== ctx.clauseOf(c.hit.trigger)) continue;
    const government = GOVERNMENT_WORDS.has(t.norm.slice(5));
    const country = government ? names.own : names.countries.get(t.norm.slice(5)) ?? null;
    // The protesters' own government may be what they oppose; their own country is not.
    if (country === null || (!government && c.sides.sources.some((m) => m.actor.country === country))) continue;
    const actor = government ? { code: `${country}GOV`, country, sector: 'GOV' } : { code: country, country };
    return { id: -1 - k, sentence: ctx.index, tokenStart: k, tokenEnd: k + 1, start: t.start, end: t.end, text: t.text, actor, rule: ctx.rules.anti, modifier: true };
  }
  return null;
}
