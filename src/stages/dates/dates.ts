import type { Doc, Event, EventDate, Stage, Token } from '../../model/types.js';
import type { Lexicon } from '../../dictionaries/lexicon.js';
import { compileCalendar, findDates, type DateMention } from './resolve.js';
import { extend } from '../../model/extend.js';
import { isDash } from '../../text/dash.js';

/** How long before publication a date in the previous calendar year must end to be background: not last week's news in January. */
const RECENT_DAYS = 60;
const DAY_MS = 86_400_000;

/**
 * dates.earlier-year: whether `d` lies in a calendar year before the publication date `pub` (YYYY-MM-DD) and
 * ended more than RECENT_DAYS before it ("in 2014", "last year", "in March" read in an article of the next year).
 */
export function earlierYear(d: EventDate, pub: string): boolean {
  const y = Number(d.value.slice(0, 4));
  if (!(y < Number(pub.slice(0, 4)))) return false;
  const m = d.precision === 'year' ? 12 : Number(d.value.slice(5, 7));
  // The last day of the date's period: the day itself, its month's last day, or 31 December.
  const end = d.precision === 'day' ? Date.parse(d.value) : Date.UTC(y, m, 0);
  return Date.parse(pub.slice(0, 10)) - end > RECENT_DAYS * DAY_MS;
}

/**
 * Whether the date phrase `d` names its year ("in 2014", "March 2015", "last year"; not a bare "in March", which is
 * within the past year by construction) and belongs to the event's verb: no other verb stands between them
 * ("offered to hand over two men suspected of bombing a plane in 1988" dates the bombing, not the offer).
 */
function ownDate(tokens: readonly Token[], d: DateMention, e: Event): boolean {
  let year = d.date.precision === 'year';
  for (let k = d.tokenStart; k < d.tokenEnd && !year; k++) year = /^\d{4}$/.test(tokens[k]?.norm ?? '');
  if (!year) return false;
  // Walk from the date phrase to the trigger (both in one sentence).
  if ((tokens[d.tokenStart]?.start ?? 0) < e.trigger.start) {
    for (let k = d.tokenEnd; k < tokens.length && (tokens[k]?.start ?? Infinity) < e.trigger.start; k++) if (tokens[k]?.pos === 'VERB') return false;
  } else {
    for (let k = d.tokenStart - 1; k >= 0 && (tokens[k]?.start ?? -1) >= e.trigger.end; k--) if (tokens[k]?.pos === 'VERB') return false;
  }
  return true;
}

/** An aside clause of a sentence: from its opening bracket or dash to its closing one (token indices). */
interface Aside { readonly open: number; readonly close: number }

/** Whether tokens strictly between `a` and `b` hold a verb: a clause of their own, not a bare date ("- in 2002 and 2005 -"). */
function clauseBetween(tokens: readonly Token[], a: number, b: number): boolean {
  for (let q = a + 1; q < b; q++) if (tokens[q]?.pos === 'VERB' || tokens[q]?.pos === 'AUX') return true;
  return false;
}

/**
 * dates.aside: the asides of a sentence that are clauses of their own, between brackets or a pair of dashes ("supported
 * the regime - Syria has been its client since 1971 - since the war began"). An aside that is only a date is none: it
 * dates the event ("paid two visits to Bush - in 2002 and 2005 - at his ranch").
 */
function asideClauses(tokens: readonly Token[], span: { readonly from: number; readonly to: number }): Aside[] {
  const out: Aside[] = [];
  let open = -1;
  for (let k = span.from; k < span.to; k++) {
    const t = tokens[k];
    if (!t) break;
    if (open >= 0 && (t.text === ')' || (isDash(tokens, k) && tokens[open]?.text !== '('))) {
      if (clauseBetween(tokens, open, k)) out.push({ open, close: k });
      open = -1;
    } else if (open < 0 && (t.text === '(' || isDash(tokens, k))) open = k;
  }
  return out;
}

/** Whether date `d` lies in one of `asides` that does not hold the event's trigger: the date is the aside's. */
function inAside(tokens: readonly Token[], asides: readonly Aside[], d: DateMention, e: Event): boolean {
  return asides.some((a) => d.tokenStart > a.open && d.tokenStart < a.close
    && !((tokens[a.open]?.start ?? 0) < e.trigger.start && (tokens[a.close]?.start ?? 0) > e.trigger.start));
}

/**
 * The dates stage: each event takes the date phrase nearest its trigger in its sentence, outside asides set off by
 * dashes or brackets, else the publication date;
 * an event the text dates to a year before publication is flagged as background (`earlier-year`).
 */
export function createDateResolver(opts: { lexicon: Lexicon }): Stage {
  const cal = compileCalendar(opts.lexicon);
  return {
    name: 'dates',
    version: '1',
    run(doc: Doc): Doc {
      const pub = doc.article.publishedAt;
      if (!pub || doc.events.length === 0) return doc;
      const cache = new Map<number, { readonly dates: DateMention[]; readonly asides: Aside[] }>();
      const fallback: EventDate = { value: pub, precision: 'day', basis: 'publication' };
      const events = doc.events.map((e): Event => {
        let found = cache.get(e.sentence);
        if (!found) {
          const s = doc.sentences[e.sentence];
          const span = s ? { from: s.tokenStart, to: s.tokenEnd } : null;
          const dates = span ? findDates(doc.tokens, span, pub, cal) : [];
          found = { dates, asides: span && dates.length > 0 ? asideClauses(doc.tokens, span) : [] };
          cache.set(e.sentence, found);
        }
        let best: DateMention | undefined;
        let bestDist = Infinity;
        for (const d of found.dates) {
          if (inAside(doc.tokens, found.asides, d, e)) continue;
          const at = doc.tokens[d.tokenStart]?.start ?? 0;
          const dist = Math.abs(at - e.trigger.start);
          if (dist < bestDist) { best = d; bestDist = dist; }
        }
        if (!best) return { ...e, date: fallback };
        // dates.earlier-year: an act the text dates to a year before the article's is background (ADR 0010).
        const earlier = e.background === undefined && earlierYear(best.date, pub) && ownDate(doc.tokens, best, e);
        return earlier ? extend(e, { date: best.date, background: 'earlier-year' as const }) : { ...e, date: best.date };
      });
      return { ...doc, events };
    },
  };
}
