import type { EventDate, Token } from '../../model/types.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBR: Record<string, number> = { jan: 0, 'jan.': 0, feb: 1, 'feb.': 1, mar: 2, 'mar.': 2, apr: 3, 'apr.': 3, jun: 5, 'jun.': 5, jul: 6, 'jul.': 6, aug: 7, 'aug.': 7, sep: 8, 'sep.': 8, sept: 8, 'sept.': 8, oct: 9, 'oct.': 9, nov: 10, 'nov.': 10, dec: 11, 'dec.': 11 };
const UNITS: Record<string, number> = { day: 1, days: 1, week: 7, weeks: 7 };
const DATE_START: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS, ...Object.keys(MONTH_ABBR), 'yesterday', 'today', 'tonight', 'this', 'last', 'past', 'earlier', 'two', 'three', 'a']);

/** A date phrase found in a sentence: the tokens it spans and what it resolves to. */
export interface DateMention {
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly date: EventDate;
}

function ymd(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function month(t: Token | undefined): number {
  if (!t) return -1;
  const i = MONTHS.indexOf(t.norm);
  if (i >= 0) return i;
  // "May" is a month only with a capital; "may" is a modal.
  return MONTH_ABBR[t.norm] ?? -1;
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

/** Find date phrases in tokens [from, to) and resolve them against `pub` (YYYY-MM-DD), never after it. */
export function findDates(tokens: readonly Token[], from: number, to: number, pub: string): DateMention[] {
  const out: DateMention[] = [];
  const ref = new Date(`${pub}T00:00:00Z`);
  if (Number.isNaN(ref.getTime())) return out;
  const span = (a: number, b: number): { start: number; end: number } => ({ start: tokens[a]?.start ?? 0, end: tokens[b - 1]?.end ?? 0 });
  const day = (d: Date, a: number, b: number): void => {
    if (d.getTime() > ref.getTime()) return;
    out.push({ tokenStart: a, tokenEnd: b, date: { value: ymd(d), precision: 'day', basis: 'text', span: span(a, b) } });
  };
  const monthOf = (y: number, m: number, a: number, b: number): void => {
    if (y > ref.getUTCFullYear() || (y === ref.getUTCFullYear() && m > ref.getUTCMonth())) return;
    out.push({ tokenStart: a, tokenEnd: b, date: { value: `${y}-${String(m + 1).padStart(2, '0')}`, precision: 'month', basis: 'text', span: span(a, b) } });
  };
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t) continue;
    const n = t.norm;
    // Hot path: most tokens cannot start a date phrase.
    if (!DATE_START.has(n) && !(n.charCodeAt(0) >= 48 && n.charCodeAt(0) <= 57)) continue;
    const prev = tokens[i - 1]?.norm;
    const wd = WEEKDAYS.indexOf(n);
    if (wd >= 0) {
      // Past-biased: the latest such weekday on or before publication ("last Monday" never the same day).
      let back = (ref.getUTCDay() - wd + 7) % 7;
      if (back === 0 && prev === 'last') back = 7;
      const d = new Date(ref.getTime() - back * 86400000);
      day(d, prev === 'last' || prev === 'on' || prev === 'this' ? i - 1 : i, i + 1);
      continue;
    }
    if (n === 'yesterday') { day(new Date(ref.getTime() - 86400000), i, i + 1); continue; }
    if (n === 'today' || n === 'tonight' || (n === 'this' && (tokens[i + 1]?.norm === 'morning' || tokens[i + 1]?.norm === 'afternoon' || tokens[i + 1]?.norm === 'evening'))) {
      day(ref, i, n === 'this' ? i + 2 : i + 1);
      continue;
    }
    const mo = month(t);
    if (mo >= 0 && (t.text.charAt(0) !== t.text.charAt(0).toLowerCase())) {
      // "March 3", "March 3, 2020", "3 March 2020", "March 2020", "in March".
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
      } else if (n === 'may' && t.text !== 'May') continue;
      if (dd < 0 && prev !== 'in' && prev !== 'since' && prev !== 'last' && prev !== 'early' && prev !== 'late' && prev !== 'mid' && y < 0) continue;
      if (y < 0) {
        y = ref.getUTCFullYear();
        const candidate = dd > 0 ? Date.UTC(y, mo, dd) : Date.UTC(y, mo, 1);
        if (candidate > ref.getTime()) y -= 1;
      }
      if (dd > 0) day(new Date(Date.UTC(y, mo, dd)), startTok, end);
      else monthOf(y, mo, startTok, end);
      i = end - 1;
      continue;
    }
    if ((n === 'last' || n === 'past') && tokens[i + 1]) {
      const u = tokens[i + 1]?.norm;
      if (u === 'week') { monthOf(new Date(ref.getTime() - 7 * 86400000).getUTCFullYear(), new Date(ref.getTime() - 7 * 86400000).getUTCMonth(), i, i + 2); continue; }
      if (u === 'month') {
        const m = ref.getUTCMonth() - 1;
        monthOf(m < 0 ? ref.getUTCFullYear() - 1 : ref.getUTCFullYear(), (m + 12) % 12, i, i + 2);
        continue;
      }
      if (u === 'year') {
        const y = ref.getUTCFullYear() - 1;
        out.push({ tokenStart: i, tokenEnd: i + 2, date: { value: String(y), precision: 'year', basis: 'text', span: span(i, i + 2) } });
        continue;
      }
    }
    if ((n === 'this' || n === 'earlier') && tokens[i + 1]) {
      const j = n === 'earlier' && tokens[i + 1]?.norm === 'this' ? i + 2 : i + 1;
      const u = tokens[j]?.norm;
      if (u === 'month' || u === 'week') { monthOf(ref.getUTCFullYear(), ref.getUTCMonth(), i, j + 1); continue; }
      if (u === 'year') { out.push({ tokenStart: i, tokenEnd: j + 1, date: { value: String(ref.getUTCFullYear()), precision: 'year', basis: 'text', span: span(i, j + 1) } }); continue; }
    }
    const num = /^\d+$/.test(n) ? Number(n) : n === 'two' ? 2 : n === 'three' ? 3 : n === 'a' ? 1 : -1;
    if (num > 0 && tokens[i + 2]?.norm === 'ago') {
      const unit = UNITS[tokens[i + 1]?.norm ?? ''];
      if (unit !== undefined) { day(new Date(ref.getTime() - num * unit * 86400000), i, i + 3); continue; }
    }
    const y = yearNum(t);
    if (y > 0 && (prev === 'in' || prev === 'since' || prev === 'during') && y <= ref.getUTCFullYear() && month(tokens[i - 1]) < 0) {
      out.push({ tokenStart: i - 1, tokenEnd: i + 1, date: { value: String(y), precision: 'year', basis: 'text', span: span(i - 1, i + 1) } });
    }
    if (/^\d{4}-\d{2}-\d{2}$/.test(n)) {
      const d = new Date(`${n}T00:00:00Z`);
      if (!Number.isNaN(d.getTime())) day(d, i, i + 1);
    }
  }
  return out;
}
