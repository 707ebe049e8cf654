/** The raw record every reader yields, before any HTML extraction or coding. */
import type { ArticleMeta } from '../model/stored.js';
import type { RecordError } from './record-error.js';

/** A record as read from any input format, before coding. */
export interface RawRecord {
  readonly meta: ArticleMeta;
  readonly content: string;
  /** What `content` is: plain text, a whole HTML page (Readability), or an HTML fragment (a feed item). */
  readonly kind: 'text' | 'html' | 'fragment';
  /** When the page was fetched (a crawl's date): the publication date only if neither record nor page gives one. */
  readonly fetchedAt?: string | null;
}

/** What a reader yields: a record, or a problem with one record (the run goes on unless --strict). */
export type ReadItem = { readonly record: RawRecord } | { readonly error: RecordError };
