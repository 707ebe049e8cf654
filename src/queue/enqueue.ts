/** The producer side: validated records become jobs whose ids derive from their content, added in bulk. */
import type { Queue } from 'bullmq';
import { contentHash } from '../ingest/content-hash.js';
import { RecordError } from '../ingest/record-error.js';
import type { ReadItem } from '../ingest/records.js';
import type { StoredArticleInput } from '../model/stored.js';
import { JobPayload, type JobPayloadInput } from '../model/queue-schemas.js';
import { ingestJobId, jobOptions, recodeJobId } from './connection.js';

/** Counts an enqueue run reports. */
export interface EnqueueCounts {
  read: number;
  enqueued: number;
  failed: number;
}

/** How records are enqueued. */
export interface EnqueueOptions {
  readonly attempts: number;
  readonly backoffMs: number;
  /** Publication date for records that carry none. */
  readonly date?: string | null;
  readonly onError?: (e: RecordError) => void;
  readonly onProgress?: (c: Readonly<EnqueueCounts>) => void;
  readonly shouldStop?: () => boolean;
}

type Bulk = Parameters<Queue['addBulk']>[0];
const CHUNK = 250;

/** The job of one payload: validated, named by its operation, id from the content hash. */
function toJob(p: JobPayloadInput, id: string, o: EnqueueOptions): Bulk[number] {
  return { name: p.op, data: JobPayload.parse(p), opts: { ...jobOptions(o.attempts, o.backoffMs), jobId: id } };
}

/** Add jobs in chunks, reporting progress after each chunk. */
async function addAll<T>(queue: Queue, items: AsyncIterable<T>, o: EnqueueOptions, build: (x: T, c: EnqueueCounts) => Bulk[number] | null): Promise<EnqueueCounts> {
  const c: EnqueueCounts = { read: 0, enqueued: 0, failed: 0 };
  let chunk: Bulk = [];
  const flush = async (): Promise<void> => {
    if (chunk.length === 0) return;
    await queue.addBulk(chunk);
    c.enqueued += chunk.length;
    chunk = [];
    o.onProgress?.(c);
  };
  for await (const x of items) {
    if (o.shouldStop?.()) break;
    c.read++;
    const job = build(x, c);
    if (job) chunk.push(job);
    if (chunk.length >= CHUNK) await flush();
  }
  await flush();
  return c;
}

/** Enqueue read records for `dyad worker` to code and store. Bad records are reported and skipped. */
export function enqueueRecords(queue: Queue, items: AsyncIterable<ReadItem>, o: EnqueueOptions): Promise<EnqueueCounts> {
  return addAll(queue, items, o, (item, c) => {
    const fail = (e: RecordError): null => { c.failed++; o.onError?.(e); return null; };
    if ('error' in item) return fail(item.error);
    let record = item.record;
    if (record.meta.publishedAt === null && o.date) record = { ...record, meta: { ...record.meta, publishedAt: o.date } };
    // Text records are keyed by the store's own hash; HTML by its bytes (the text is extracted by the worker).
    const hash = contentHash(record.content);
    const payload = { op: 'ingest' as const, record, ...(record.kind === 'text' ? { hash } : {}) };
    const ok = JobPayload.safeParse(payload);
    if (!ok.success) return fail(new RecordError('QUE001', record.meta.origin, `invalid job: ${ok.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`));
    return toJob(ok.data, ingestJobId(hash), o);
  });
}

/** Enqueue stale stored articles for re-coding; `version` is the coder version they are re-coded for. */
export function enqueueRecode(queue: Queue, items: AsyncIterable<StoredArticleInput>, version: string, o: EnqueueOptions): Promise<EnqueueCounts> {
  return addAll(queue, items, o, (a) => toJob({ op: 'recode', hash: a.hash, record: { kind: 'text', content: a.text, meta: a.meta } }, recodeJobId(a.hash, version), o));
}
