import type { Mention, Token } from '../../model/types.js';
import type { CueClass, CueHit } from '../../dictionaries/cues.js';

/** What the typer sees of one sentence: its cues in reading order, its actors, and the event's CAMEO code. */
export interface TypingContext {
  readonly hits: readonly CueHit[];
  readonly mentions: readonly Mention[];
  /** The CAMEO code of the event being typed; null for an incident found by its cues alone. */
  readonly cameo: string | null;
}

/** The first cue of any of `classes`, at or after token `from`. */
export function first(c: TypingContext, classes: readonly CueClass[], from = -1): CueHit | undefined {
  return c.hits.find((h) => h.start >= from && classes.includes(h.cls));
}

/** The first pair of cues, one of `a` and one of `b`, at most `window` tokens apart (either order). */
export function near(c: TypingContext, a: readonly CueClass[], b: readonly CueClass[], window: number): [CueHit, CueHit] | null {
  for (const x of c.hits) {
    if (!a.includes(x.cls)) continue;
    for (const y of c.hits) {
      if (y === x || !b.includes(y.cls)) continue;
      const gap = y.start >= x.end ? y.start - x.end : x.start >= y.end ? x.start - y.end : 0;
      if (gap <= window) return [x, y];
    }
  }
  return null;
}

/** Whether the event's CAMEO code starts with any of `prefixes`. */
export function cameoIs(c: TypingContext, ...prefixes: string[]): boolean {
  const code = c.cameo;
  return code !== null && prefixes.some((p) => code.startsWith(p));
}

const STATE_SECTORS = /^(GOV|MIL|COP|SPY|JUD)/;
const NONSTATE_SECTORS = /^(REB|INS|SEP|UAF|IMG)/;

/** Who acts at token `at`: the nearest armed party named before it, state or not (null when none). */
export function agentBefore(c: TypingContext, at: number): 'state' | 'nonstate' | null {
  let best = -1;
  let side: 'state' | 'nonstate' | null = null;
  for (const h of c.hits) {
    if (h.end > at || h.start < best) continue;
    if (h.cls === 'STATEFORCE' || h.cls === 'NONSTATE') { best = h.start; side = h.cls === 'STATEFORCE' ? 'state' : 'nonstate'; }
  }
  for (const m of c.mentions) {
    if (m.tokenEnd > at || m.tokenStart < best) continue;
    const sector = m.actor.sector ?? '';
    if (m.actor.code.startsWith('IMG') || NONSTATE_SECTORS.test(sector)) { best = m.tokenStart; side = 'nonstate'; }
    else if (STATE_SECTORS.test(sector)) { best = m.tokenStart; side = 'state'; }
  }
  return side;
}

const YEAR = /^(19|20)\d\d$/;
const PREMODIFIER_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'PART']);

/**
 * acled.named-past-event: "a town that was the scene of a deadly 2017 chemical attack", "since the 2011 protests":
 * a cue with a year as its premodifier (right before it, or before one adjective, itself after a determiner,
 * adjective or possessive) names an earlier event, not the one the sentence reports.
 */
export function namedPastEvent(tokens: readonly Token[], h: CueHit): boolean {
  const at = tokens[h.start - 1]?.pos === 'ADJ' && YEAR.test(tokens[h.start - 2]?.text ?? '') ? h.start - 2 : h.start - 1;
  if (!YEAR.test(tokens[at]?.text ?? '')) return false;
  const before = tokens[at - 1];
  return before !== undefined && PREMODIFIER_POS.has(before.pos);
}

const VIOLENCE_CUES: ReadonlySet<CueClass> = new Set(['FORCE', 'HARM', 'ATTACKED']);
/** How far after a protest word its grievance word, and after that the violence it names, may stand. */
const GRIEVANCE_REACH = 3;
const GRIEVED_REACH = 6;

/**
 * acled.protest-grievance: "a peaceful protest over the deadly shooting", "demonstrations demanding justice for two
 * students killed": violence named in what a crowd protests over (a GRIEVANCE word right after a PROTEST word that
 * names the act, not its people, then the violence with no clause break between) is why the crowd gathered, not
 * force against it.
 */
export function grievance(tokens: readonly Token[], hits: readonly CueHit[], h: CueHit): boolean {
  if (!VIOLENCE_CUES.has(h.cls)) return false;
  for (const g of hits) {
    if (g.cls !== 'GRIEVANCE' || g.end > h.start || h.start - g.end > GRIEVED_REACH) continue;
    // The protest itself, not its people: "defended the protesters against attacks" names no grievance.
    const p = hits.find((x) => x.cls === 'PROTEST' && x.end <= g.start && g.start - x.end <= GRIEVANCE_REACH && !hits.some((y) => y.cls === 'PROTESTER' && y.start === x.start));
    if (p && !clauseBreak(tokens, p.end, h.start)) return true;
  }
  return false;
}

/** Whether a conjunction or punctuation (a hyphen inside a word aside) stands in tokens [from, to). */
function clauseBreak(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t) return true;
    const hyphen = t.norm === '-' && tokens[k - 1]?.end === t.start && tokens[k + 1]?.start === t.end;
    if (t.pos === 'CCONJ' || t.pos === 'SCONJ' || (t.pos === 'PUNCT' && !hyphen)) return true;
  }
  return false;
}
