import type { EventDate, Token } from '../../model/types.js';
import type { Lexicon } from '../../dictionaries/lexicon.js';

// Date phrases in a sentence, resolved against the publication date and never after it. Each named
// rule below reads the phrase that may start at one token; the calendar words are lexicon classes.

/** A date phrase found in a sentence: the tokens it spans and what it resolves to. */
export interface DateMention {
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly date: EventDate;
}

/** The calendar words, compiled once from the lexicon. */
export interface Calendar {
  readonly weekdays: readonly string[];
  readonly months: readonly string[];
  /** Abbreviation ("sept.") → month index. */
  readonly abbreviations: ReadonlyMap<string, number>;
  /** Words that may start a date phrase (besides numbers). */
  readonly starts: ReadonlySet<string>;
}

/** Compile the calendar words: weekdays and months in order, abbreviations by the month they begin. */
export function compileCalendar(lex: Lexicon): Calendar {
  const weekdays = [...lex.WEEKDAYS];
  const months = [...lex.MONTHS];
  const abbreviations = new Map<string, number>();
  for (const a of lex.MONTH_ABBREVIATIONS) abbreviations.set(a, months.findIndex((m) => m.startsWith(a.replace(/\.$/, ''))));
  const starts = new Set([...weekdays, ...months, ...abbreviations.keys(), ...lex.DATE_STARTERS]);
  return { weekdays, months, abbreviations, starts };
}

const UNITS: Record<string, number> = { day: 1, days: 1, week: 7, weeks: 7 };

/** The state of one sentence's scan: the tokens, the reference date and the phrases found so far. */
interface DateReader {
  readonly tokens: readonly Token[];
  readonly cal: Calendar;
  readonly ref: Date;
  readonly out: DateMention[];
}

/** A date rule at token `i`: the token to resume after (the phrase's last token), or -1 when it does not apply. */
type DateRule = (r: DateReader, i: number, t: Token) => number;

function ymd(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function span(r: DateReader, a: number, b: number): { start: number; end: number } {
  return { start: r.tokens[a]?.start ?? 0, end: r.tokens[b - 1]?.end ?? 0 };
}

/** Record a day date over tokens [a, b) unless it is after publication. */
function day(r: DateReader, d: Date, a: number, b: number): void {
  if (d.getTime() > r.ref.getTime()) return;
  r.out.push({ tokenStart: a, tokenEnd: b, date: { value: ymd(d), precision: 'day', basis: 'text', span: span(r, a, b) } });
}

/** Record a month date (year `ym[0]`, month index `ym[1]`) over tokens [a, b) unless it is after publication. */
function monthOf(r: DateReader, ym: readonly [number, number], a: number, b: number): void {
  const [y, m] = ym;
  if (y > r.ref.getUTCFullYear() || (y === r.ref.getUTCFullYear() && m > r.ref.getUTCMonth())) return;
  r.out.push({ tokenStart: a, tokenEnd: b, date: { value: `${y}-${String(m + 1).padStart(2, '0')}`, precision: 'month', basis: 'text', span: span(r, a, b) } });
}

function year(r: DateReader, y: number, a: number, b: number): void {
  r.out.push({ tokenStart: a, tokenEnd: b, date: { value: String(y), precision: 'year', basis: 'text', span: span(r, a, b) } });
}

function month(cal: Calendar, t: Token | undefined): number {
  if (!t) return -1;
  const i = cal.months.indexOf(t.norm);
  if (i >= 0) return i;
  // "May" is a month only with a capital; "may" is a modal.
  return cal.abbreviations.get(t.norm) ?? -1;
}

function dayNum(t: Token | undefined): number {
  if (!t) return -1;
  const m = /^(\d{1,2})(st|nd|rd|th)?$/.exec(t.norm);
  const n = m?.[1] ? Number(m[1]) : -1;
  return n >= 1 && n <= 31 ? n : -1;
}

function yearNum(t: Token | undefined): number {
  if (!t || !/^(1[89]|20)\d\d$/.test(t.norm)) return -1;
  return Number(t.norm);
}

/** date.weekday: "on Monday", "last Thursday": the latest such weekday on or before publication. */
const weekday: DateRule = (r, i, t) => {
  const wd = r.cal.weekdays.indexOf(t.norm);
  if (wd < 0) return -1;
  const prev = r.tokens[i - 1]?.norm;
  let back = (r.ref.getUTCDay() - wd + 7) % 7;
  if (back === 0 && prev === 'last') back = 7;
  day(r, new Date(r.ref.getTime() - back * 86400000), prev === 'last' || prev === 'on' || prev === 'this' ? i - 1 : i, i + 1);
  return i;
};

/** date.deictic: "yesterday", "today", "tonight", "this morning". */
const deictic: DateRule = (r, i, t) => {
  const n = t.norm;
  if (n === 'yesterday') { day(r, new Date(r.ref.getTime() - 86400000), i, i + 1); return i; }
  const part = r.tokens[i + 1]?.norm;
  if (!(n === 'today' || n === 'tonight' || (n === 'this' && (part === 'morning' || part === 'afternoon' || part === 'evening')))) return -1;
  day(r, r.ref, i, n === 'this' ? i + 2 : i + 1);
  return i;
};

/** date.month: "March 3", "March 3, 2020", "3 March 2020", "March 2020", "in March". */
const monthName: DateRule = (r, i, t) => {
  const { tokens } = r;
  const mo = month(r.cal, t);
  if (mo < 0 || t.text.charAt(0) === t.text.charAt(0).toLowerCase()) return -1;
  const dAfter = dayNum(tokens[i + 1]);
  const dBefore = dayNum(tokens[i - 1]);
  let y = -1;
  let end = i + 1;
  let startTok = i;
  let dd = -1;
  if (dAfter > 0) {
    dd = dAfter;
    end = i + 2;
    if (tokens[end]?.norm === ',' && yearNum(tokens[end + 1]) > 0) { y = yearNum(tokens[end + 1]); end += 2; }
    else if (yearNum(tokens[end]) > 0) { y = yearNum(tokens[end]); end += 1; }
  } else if (dBefore > 0) {
    dd = dBefore;
    startTok = i - 1;
    if (yearNum(tokens[i + 1]) > 0) { y = yearNum(tokens[i + 1]); end = i + 2; }
  } else if (yearNum(tokens[i + 1]) > 0) {
    y = yearNum(tokens[i + 1]);
    end = i + 2;
  } else if (t.norm === 'may' && t.text !== 'May') return i;
  const prev = tokens[i - 1]?.norm;
  if (dd < 0 && prev !== 'in' && prev !== 'since' && prev !== 'last' && prev !== 'early' && prev !== 'late' && prev !== 'mid' && y < 0) return i;
  if (y < 0) {
    y = r.ref.getUTCFullYear();
    const candidate = dd > 0 ? Date.UTC(y, mo, dd) : Date.UTC(y, mo, 1);
    if (candidate > r.ref.getTime()) y -= 1;
  }
  if (dd > 0) day(r, new Date(Date.UTC(y, mo, dd)), startTok, end);
  else monthOf(r, [y, mo], startTok, end);
  return end - 1;
};

/** date.last: "last week", "past month", "last year". */
const lastUnit: DateRule = (r, i, t) => {
  const { ref } = r;
  if (!(t.norm === 'last' || t.norm === 'past') || !r.tokens[i + 1]) return -1;
  const u = r.tokens[i + 1]?.norm;
  if (u === 'week') { const d = new Date(ref.getTime() - 7 * 86400000); monthOf(r, [d.getUTCFullYear(), d.getUTCMonth()], i, i + 2); return i; }
  if (u === 'month') {
    const m = ref.getUTCMonth() - 1;
    monthOf(r, [m < 0 ? ref.getUTCFullYear() - 1 : ref.getUTCFullYear(), (m + 12) % 12], i, i + 2);
    return i;
  }
  if (u === 'year') { year(r, ref.getUTCFullYear() - 1, i, i + 2); return i; }
  return -1;
};

/** date.this: "this month", "earlier this week", "this year". */
const thisUnit: DateRule = (r, i, t) => {
  const n = t.norm;
  if (!(n === 'this' || n === 'earlier') || !r.tokens[i + 1]) return -1;
  const j = n === 'earlier' && r.tokens[i + 1]?.norm === 'this' ? i + 2 : i + 1;
  const u = r.tokens[j]?.norm;
  if (u === 'month' || u === 'week') { monthOf(r, [r.ref.getUTCFullYear(), r.ref.getUTCMonth()], i, j + 1); return i; }
  if (u === 'year') { year(r, r.ref.getUTCFullYear(), i, j + 1); return i; }
  return -1;
};

/** date.ago: "three days ago", "a week ago". */
const ago: DateRule = (r, i, t) => {
  const n = t.norm;
  const num = /^\d+$/.test(n) ? Number(n) : n === 'two' ? 2 : n === 'three' ? 3 : n === 'a' ? 1 : -1;
  if (num <= 0 || r.tokens[i + 2]?.norm !== 'ago') return -1;
  const unit = UNITS[r.tokens[i + 1]?.norm ?? ''];
  if (unit === undefined) return -1;
  day(r, new Date(r.ref.getTime() - num * unit * 86400000), i, i + 3);
  return i;
};

/** date.year-or-iso: "in 2019", "since 1999" (a year) and "2020-07-08" (an ISO date); both may apply. */
const yearOrIso: DateRule = (r, i, t) => {
  const n = t.norm;
  const y = yearNum(t);
  const prev = r.tokens[i - 1]?.norm;
  if (y > 0 && (prev === 'in' || prev === 'since' || prev === 'during') && y <= r.ref.getUTCFullYear() && month(r.cal, r.tokens[i - 1]) < 0) year(r, y, i - 1, i + 1);
  if (/^\d{4}-\d{2}-\d{2}$/.test(n)) {
    const d = new Date(`${n}T00:00:00Z`);
    if (!Number.isNaN(d.getTime())) day(r, d, i, i + 1);
  }
  return i;
};

/** The date rules in the order they are tried at a token; the first that applies reads the phrase. */
export const DATE_RULES: readonly (readonly [string, DateRule])[] = [
  ['date.weekday', weekday], ['date.deictic', deictic], ['date.month', monthName], ['date.last', lastUnit],
  ['date.this', thisUnit], ['date.ago', ago], ['date.year-or-iso', yearOrIso],
];

/** Find date phrases in tokens [range.from, range.to) and resolve them against `pub` (YYYY-MM-DD), never after it. */
export function findDates(tokens: readonly Token[], range: { readonly from: number; readonly to: number }, pub: string, cal: Calendar): DateMention[] {
  const r: DateReader = { tokens, cal, ref: new Date(`${pub}T00:00:00Z`), out: [] };
  if (Number.isNaN(r.ref.getTime())) return r.out;
  for (let i = range.from; i < range.to; i++) {
    const t = tokens[i];
    if (!t) continue;
    const n = t.norm;
    // Hot path: most tokens cannot start a date phrase.
    if (!cal.starts.has(n) && !(n.charCodeAt(0) >= 48 && n.charCodeAt(0) <= 57)) continue;
    for (let k = 0; k < DATE_RULES.length; k++) {
      const last = DATE_RULES[k]?.[1](r, i, t) ?? -1;
      if (last >= 0) { i = last; break; }
    }
  }
  return r.out;
}
