import { actingCountry, placed, type SentenceContext } from './context.js';
import { party } from './custody.js';
import type { Coded } from './coded.js';

// object.protest-participants: "police dispersed the protest", "the authorities chose to suppress protests":
// a coercive or violent act (CAMEO 17, 18) whose object is a protest event noun (lexicon PROTEST_EVENTS) and
// that names no placed target is done to the protest's participants. They are coded as civilians (CVL) of
// the acting side's country, else of the article's dominant one; with neither, nothing is coded.

/** Words that may stand between a verb and the head noun of its object ("the weekly", "two large"). */
const NOUN_PHRASE_PARTS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'PRON']);

/** Give each coercive or violent act on a protest event noun with no placed target the protest's participants. */
export function protestParticipants(ctx: SentenceContext, local: Coded[]): void {
  for (let k = 0; k < local.length; k++) {
    const c = local[k];
    if (!c || c.hit.pattern.noun || !(c.code.startsWith('17') || c.code.startsWith('18')) || c.sides.targets.some((m) => placed(ctx, m))) continue;
    const head = objectHead(ctx, c.hit.triggerEnd + 1);
    if (head < 0 || !ctx.lex.PROTEST_EVENTS.has(ctx.tokens[head]?.norm ?? '')) continue;
    const country = actingCountry(ctx, c.sides.sources);
    if (country === null || country === '') continue;
    const target = party(ctx, { from: c.hit.triggerEnd + 1, to: head + 1 }, { country, sector: 'CVL', rule: ctx.rules.participants });
    local[k] = { ...c, sides: { sources: c.sides.sources, targets: [target] } };
  }
}

/** The head noun of the object right after a verb, in its clause and naming no actor, or -1. */
function objectHead(ctx: SentenceContext, from: number): number {
  const c = ctx.clauseOf(from - 1);
  for (let k = from; k < ctx.to && k < from + 4; k++) {
    const t = ctx.tokens[k];
    if (!t || ctx.clauseOf(k) !== c || ctx.mentions.some((m) => m.tokenStart <= k && m.tokenEnd > k)) return -1;
    if (t.pos === 'NOUN') return k;
    if (!NOUN_PHRASE_PARTS.has(t.pos)) return -1;
  }
  return -1;
}
