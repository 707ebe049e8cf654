/** Dates read from records (JSON fields, feed items, WARC headers): real calendar days, or an error naming the record. */
import { isCalendarDate } from '../../model/dates.js';
import { RecordError } from '../record-error.js';

const MONTH3: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

/** The day a written-out date names ("Fri, 30 Feb 2024 …", "Feb 30, 2024") as YYYY-MM-DD, whether real or not; null when there is none. */
function writtenDay(s: string): string | null {
  const m = /\b(\d{1,2})\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})\b/i.exec(s) ?? /\b([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/i.exec(s);
  if (!m) return null;
  const [day, mon] = /^\d/.test(m[1] ?? '') ? [m[1], m[2]] : [m[2], m[1]];
  const mo = MONTH3[(mon ?? '').toLowerCase()];
  return mo === undefined ? null : `${m[3]}-${String(mo).padStart(2, '0')}-${(day ?? '').padStart(2, '0')}`;
}

/**
 * A record's date as YYYY-MM-DD (ISO strings, YYYYMMDD, RFC 822 as in feeds, WARC dates, Unix seconds or
 * milliseconds); null when the field is absent or empty; `{ bad }` when a value is there but names no real day
 * ("2024-02-30", "yesterday", a year alone), which the readers report with the record's place.
 */
export function readDate(v: unknown): string | null | { readonly bad: string } {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v !== 'string' && typeof v !== 'number') return { bad: JSON.stringify(v).slice(0, 40) };
  const s = String(v).trim();
  if (s === '') return null;
  const ok = (d: string): string | { bad: string } => (isCalendarDate(d) ? d : { bad: s });
  if (/^\d{4}-\d{2}-\d{2}/.test(s)) return ok(s.slice(0, 10));
  if (/^\d{8}$/.test(s)) return ok(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`);
  if (/^\d{10}$|^\d{13}$/.test(s)) return new Date(Number(s) * (s.length === 10 ? 1000 : 1)).toISOString().slice(0, 10);
  if (/^\d+$/.test(s)) return { bad: s };
  // The day as written, in the writer's time zone (Date.parse would roll 30 February into March, and UTC can move the day).
  const day = writtenDay(s);
  if (day !== null) return Number.isNaN(Date.parse(s)) ? { bad: s } : ok(day);
  const t = Date.parse(s);
  return Number.isNaN(t) ? { bad: s } : new Date(t).toISOString().slice(0, 10);
}

/** A record's date, or a RecordError (ING024) naming the record when the value is not a date. */
export function recordDate(v: unknown, where: string): string | null | RecordError {
  const d = readDate(v);
  if (d === null || typeof d === 'string') return d;
  return new RecordError('ING024', where, `date "${d.bad}" is not a real calendar date; the record is skipped (fix or remove its date field)`);
}
