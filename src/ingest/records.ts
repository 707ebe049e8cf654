/** The raw record every reader yields, before any HTML extraction or coding. */
import { z } from 'zod';
import { ArticleMeta } from '../model/stored.js';
import type { DeepReadonly } from '../model/readonly.js';
import type { RecordError } from './record-error.js';

/** A record as read from any input format, before coding (a zod schema: records cross to worker threads). */
export const RawRecord = z.object({
  meta: ArticleMeta,
  content: z.string(),
  /** What `content` is: plain text, a whole HTML page (Readability), or an HTML fragment (a feed item). */
  kind: z.enum(['text', 'html', 'fragment']),
  /** When the page was fetched (a crawl's date): the publication date only if neither record nor page gives one. */
  fetchedAt: z.string().nullable().exactOptional(),
});
export type RawRecord = DeepReadonly<z.infer<typeof RawRecord>>;

/** What a reader yields: a record, or a problem with one record (the run goes on unless --strict). */
export type ReadItem = { readonly record: RawRecord } | { readonly error: RecordError };
