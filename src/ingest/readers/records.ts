/** Map the many shapes of JSON news records onto Dyad's raw record, with clear errors for the rest. */
import { isCalendarDate } from '../../model/dates.js';
import { RecordError, type RawRecord } from '../coded.js';

/** What a reader yields: a record, or a problem with one record (the run goes on unless --strict). */
export type ReadItem = { readonly record: RawRecord } | { readonly error: RecordError };

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

/** A record's date, or a RecordError (ING014) naming the record when the value is not a date. */
export function recordDate(v: unknown, where: string): string | null | RecordError {
  const d = readDate(v);
  if (d === null || typeof d === 'string') return d;
  return new RecordError('ING014', where, `date "${d.bad}" is not a real calendar date; the record is skipped (fix or remove its date field)`);
}

function str(o: Record<string, unknown>, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = o[k];
    if (typeof v === 'string' && v.trim() !== '') return v;
    if (typeof v === 'number') return String(v);
    if (v && typeof v === 'object' && 'name' in v && typeof (v as { name: unknown }).name === 'string') return (v as { name: string }).name;
  }
  return null;
}

const TEXT = ['text', 'content', 'body', 'maintext', 'article', 'story'] as const;
const HTML = ['html', 'raw_html', 'content_html'] as const;

/** Build a raw record from a parsed JSON value; `origin` says where it was read (file:line). */
export function recordFromJson(json: unknown, origin: string, fallbackId: string, maxBytes: number): ReadItem {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return { error: new RecordError('ING003', origin, 'record is not a JSON object') };
  const o = json as Record<string, unknown>;
  const id = str(o, ['id', 'guid', 'uuid', 'doc_id']) ?? fallbackId;
  const where = id === fallbackId ? origin : `${origin} (id ${id})`;
  const text = str(o, TEXT);
  const html = text === null ? str(o, HTML) : null;
  if (text === null && html === null) return { error: new RecordError('ING003', where, `no text: expected one of the fields ${[...TEXT, ...HTML].join(', ')}`) };
  const content = text ?? html ?? '';
  if (content.length > maxBytes) return { error: new RecordError('ING007', where, `record text is ${content.length} characters, over the --max-bytes limit of ${maxBytes}`) };
  const date = recordDate(o['date'] ?? o['publishedAt'] ?? o['published_at'] ?? o['published'] ?? o['pubDate'] ?? o['date_publish'], where);
  if (date instanceof RecordError) return { error: date };
  return {
    record: {
      kind: text !== null ? 'text' : 'html',
      content,
      meta: {
        id, origin,
        title: str(o, ['title', 'headline']),
        url: str(o, ['url', 'link', 'source_url']),
        source: str(o, ['source', 'outlet', 'publisher', 'source_domain', 'domain', 'site']),
        publishedAt: date,
      },
    },
  };
}
