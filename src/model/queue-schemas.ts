/** Schemas at the queue's boundaries: job payloads (validated when enqueued and again by the worker) and queue CLI flags. */
import { z } from 'zod';

const nullableString = z.string().nullable();

/** An article's metadata as records carry it (mirrors ArticleMeta). */
export const ArticleMetaSchema = z.object({
  id: z.string(),
  title: nullableString,
  url: nullableString,
  source: nullableString,
  publishedAt: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'publishedAt must be YYYY-MM-DD').nullable(),
  origin: z.string(),
});

/** A raw input record (mirrors RawRecord). */
export const RawRecordSchema = z.object({
  meta: ArticleMetaSchema,
  content: z.string().min(1, 'content is empty'),
  kind: z.enum(['text', 'html', 'fragment']),
  fetchedAt: nullableString.default(null),
});

const hash = z.string().regex(/^[0-9a-f]{64}$/, 'hash must be a sha256 hex digest');

/** A queued job: code and store a new record, or re-code a stored article (same hash) in place. */
export const JobPayload = z.discriminatedUnion('op', [
  z.object({ op: z.literal('ingest'), record: RawRecordSchema, hash: hash.optional() }),
  z.object({ op: z.literal('recode'), record: RawRecordSchema.extend({ kind: z.literal('text') }), hash }),
]);
export type JobPayload = z.infer<typeof JobPayload>;
/** A job payload before validation (what producers build). */
export type JobPayloadInput = z.input<typeof JobPayload>;

const posInt = (flag: string) => z.string().regex(/^\d+$/, `${flag} must be a whole number`).transform(Number).refine((n) => n > 0, `${flag} must be at least 1`);
const redisUrl = z.string().regex(/^rediss?:\/\//, '--queue must be a redis:// URL');
const queueName = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '--queue-name must be letters, digits, _ or -').default('dyad');

/** Flags every queue command shares. */
export const QueueFlags = z.object({ queue: redisUrl, 'queue-name': queueName });

/** Flags of `dyad worker`. */
export const WorkerFlags = QueueFlags.extend({
  db: z.string().min(1),
  concurrency: posInt('--concurrency').default(1),
  'lock-seconds': posInt('--lock-seconds').default(30),
  dictionaries: z.string().optional(),
  quiet: z.boolean().optional(),
});

/** Flags of `dyad queue status|retry-failed|drain`. */
export const QueueCommandFlags = QueueFlags.extend({
  json: z.boolean().optional(),
  watch: posInt('--watch').optional(),
});

/** Flags `ingest --queue` and `recode --queue` add. */
export const EnqueueFlags = QueueFlags.extend({
  attempts: posInt('--attempts').default(3),
  'backoff-ms': z.string().regex(/^\d+$/, '--backoff-ms must be a whole number').transform(Number).default(1000),
});
