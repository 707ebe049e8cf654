/** The ingest engine: read → skip known content → code on the pool → one writer commits each article whole. */
import type { CodedArticle } from '../model/stored.js';
import type { PutResult, Store } from '../store/store.js';
import { contentHash } from './content-hash.js';
import { RecordError } from './record-error.js';
import type { CoderPool } from './pool.js';
import type { RawRecord, ReadItem } from './records.js';

/** Counts an ingest run reports. */
export interface IngestCounts {
  read: number;
  coded: number;
  duplicates: number;
  failed: number;
  events: number;
}

/** How an ingest run behaves. */
export interface IngestOptions {
  readonly store: Store;
  readonly pool: CoderPool;
  /** Stop at the first bad record (default: report, count and skip). */
  readonly strict?: boolean;
  /** Publication date for records that carry none. */
  readonly date?: string | null;
  /** Each failure, as it happens (the message names file and line or record id). */
  readonly onError?: (e: RecordError) => void;
  /** After each record is settled. */
  readonly onProgress?: (c: Readonly<IngestCounts>) => void;
  /** Checked between records: true ends the run cleanly after what is in flight is committed. */
  readonly shouldStop?: () => boolean;
  /** Records in flight per worker (bounded: memory stays flat however big the input). */
  readonly depth?: number;
  /** Articles per commit (group commit; default 32). Each article is always whole; a crash loses at most one batch. */
  readonly batch?: number;
}

/** The result of a run: counts, and the first error when --strict stopped it. */
export interface IngestResult extends IngestCounts {
  readonly stoppedBy: RecordError | null;
}

/** Ingest a stream of read items into the store. Never throws for a bad record; store errors do throw. */
export async function ingest(items: AsyncIterable<ReadItem>, opts: IngestOptions): Promise<IngestResult> {
  const c: IngestCounts = { read: 0, coded: 0, duplicates: 0, failed: 0, events: 0 };
  let stoppedBy: RecordError | null = null;
  let storeError: unknown = null;
  const inRun = new Set<string>();
  const pending = new Set<Promise<void>>();
  const limit = opts.pool.size * (opts.depth ?? 3);

  const fail = (e: unknown, origin: string): void => {
    const err = e instanceof RecordError ? e : new RecordError('ING020', origin, e instanceof Error ? e.message : String(e));
    c.failed++;
    opts.onError?.(err);
    if (opts.strict && !stoppedBy) stoppedBy = err;
  };
  const settle = (r: PutResult, a: CodedArticle): void => {
    if (r.inserted) { c.coded++; c.events += a.events.length; } else c.duplicates++;
  };
  // Group commit: one transaction per batch makes shared index pages hit the WAL once, not per article.
  const batchSize = opts.batch ?? 32;
  const batch: CodedArticle[] = [];
  let timer: NodeJS.Timeout | null = null;
  const flush = async (): Promise<void> => {
    if (timer) { clearTimeout(timer); timer = null; }
    const items = batch.splice(0);
    if (items.length === 0) return;
    try {
      const rs = await opts.store.putArticles(items);
      rs.forEach((r, i) => { const a = items[i]; if (a) settle(r, a); });
    } catch (e) { storeError ??= e; }
    opts.onProgress?.(c);
  };
  const add = async (a: CodedArticle): Promise<void> => {
    batch.push(a);
    if (batch.length >= batchSize) await flush();
    // A slow trickle (a watched feed) still commits within a quarter second.
    else timer ??= setTimeout(() => { void flush(); }, 250);
  };

  for await (const item of items) {
    if (stoppedBy || storeError || opts.shouldStop?.()) break;
    c.read++;
    if ('error' in item) { fail(item.error, item.error.origin); opts.onProgress?.(c); continue; }
    let record: RawRecord = item.record;
    if (record.meta.publishedAt === null && opts.date) record = { ...record, meta: { ...record.meta, publishedAt: opts.date } };
    let hash: string | undefined;
    if (record.kind === 'text') {
      hash = contentHash(record.content);
      if (inRun.has(hash) || (await opts.store.hasArticle(hash))) { c.duplicates++; opts.onProgress?.(c); continue; }
      inRun.add(hash);
    }
    while (pending.size >= limit) await Promise.race(pending);
    const origin = record.meta.origin;
    const p: Promise<void> = opts.pool.code(record, hash).then(add, (e: unknown) => { fail(e, origin); opts.onProgress?.(c); })
      .finally(() => { pending.delete(p); });
    pending.add(p);
  }
  await Promise.all(pending);
  await flush();
  if (storeError) throw storeError;
  return { ...c, stoppedBy };
}
