/** The date an export writes for an event: the best one known, with its precision and where it came from. */
import type { EventGroup, StoredEvent } from '../model/stored.js';

/** An exported date: `value` is YYYY-MM-DD, YYYY-MM or YYYY by `precision`. */
export interface ExportDate {
  readonly value: string;
  readonly precision: 'day' | 'month' | 'year';
  /** text: a date phrase in the sentence; publication: the article's date (for a crawl without one, the crawl date);
   *  ingest: the day the article was stored, when it carried no date at all. */
  readonly basis: 'text' | 'publication' | 'ingest';
}

const precisionOf = (v: string): ExportDate['precision'] => (v.length >= 10 ? 'day' : v.length >= 7 ? 'month' : 'year');

/** The event's own date, else its article's publication date, else the day the article was ingested. */
export function exportDate(e: StoredEvent): ExportDate {
  if (e.date) {
    const precision = e.date.precision === 'month' || e.date.precision === 'year' || e.date.precision === 'day' ? e.date.precision : precisionOf(e.date.value);
    return { value: e.date.value, precision, basis: e.date.basis === 'text' ? 'text' : 'publication' };
  }
  if (e.article.publishedAt) return { value: e.article.publishedAt, precision: 'day', basis: 'publication' };
  return { value: e.article.addedAt.slice(0, 10), precision: 'day', basis: 'ingest' };
}

/** An event record as JSON exports write it: `date` always filled, by `exportDate`. */
export function exportEvent(e: StoredEvent): Omit<StoredEvent, 'date'> & { readonly date: ExportDate } {
  return { ...e, date: exportDate(e) };
}

/**
 * GDELT's four date columns (SQLDATE, MonthYear, Year, FractionDate) for a cross-article event. GDELT has no
 * precision column: a month-precision date takes day 01 and a year-precision one 01-01 (MonthYear and Year stay
 * exact); an undated event takes the day its first article was ingested.
 */
export function gdeltDateColumns(g: EventGroup): [string, string, string, string] {
  const d = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(g.date ?? '') ?? /^(\d{4})-(\d{2})-(\d{2})/.exec(g.firstAdded);
  if (!d) return ['', '', '', ''];
  const y = d[1] ?? '';
  const mo = d[2] ?? '01';
  const day = d[3] ?? '01';
  return [`${y}${mo}${day}`, `${y}${mo}`, y, (Number(y) + (Number(mo) * 30 + Number(day)) / 365).toFixed(4)];
}
