/**
 * A queue worker: takes jobs from Redis (BullMQ), codes them on a pool of coder threads and writes each
 * article to the shared store in its own transaction. Job ids and the store's content-hash key make every
 * retry safe: a job that ran twice stores its article once.
 */
import { MetricsTime, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { hostname } from 'node:os';
import { pid } from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { createCoderPool, type CoderPool } from '../ingest/pool.js';
import { JobPayload } from '../model/queue-schemas.js';
import type { CoderOptions } from '../pipeline/coder.js';
import type { Store } from '../store/store.js';
import { redactRedis, redisConnection, type QueueTarget } from './connection.js';
import { createHealth, isConnectionError, type Health } from './health.js';

/** How a worker runs. */
export interface WorkerOptions {
  readonly queue: QueueTarget;
  /** Opens the store (retried while the database is unreachable). */
  readonly openStore: () => Promise<Store>;
  readonly storeName: string;
  /** Coder threads; twice as many jobs are taken at once, so one's store and queue round trips overlap another's coding. */
  readonly concurrency: number;
  /** A job whose lock is not renewed for this long is taken to have stalled and is retried elsewhere. */
  readonly lockMs: number;
  readonly coder?: CoderOptions;
  readonly log: (line: string) => void;
  /** Log each failed attempt (the default). */
  readonly logJobs?: boolean;
}

/** Counts of what a worker did. */
export interface WorkerCounts {
  stored: number;
  duplicates: number;
  recoded: number;
  failed: number;
}

/** A running worker. */
export interface RunningWorker {
  readonly counts: Readonly<WorkerCounts>;
  /** Finish the active jobs, take no new ones, and release everything. */
  close(): Promise<void>;
}

// Jobs in flight per coder thread: with one, the thread idles through each job's database and Redis round trips.
const JOBS_PER_THREAD = 2;

/** Call the store, waiting through a database outage (the job keeps its lock and is not charged an attempt). */
async function guarded<T>(health: Health, fn: () => Promise<T>): Promise<T> {
  for (;;) {
    const startedAt = performance.now();
    try {
      const out = await fn();
      health.set('postgres', true, undefined, startedAt);
      return out;
    } catch (e) {
      if (!isConnectionError(e)) throw e;
      health.set('postgres', false, e instanceof Error ? e.message : String(e));
      await sleep(500);
    }
  }
}

/** Open the store, waiting while the database is unreachable. */
async function openWhenUp(o: WorkerOptions, health: Health): Promise<Store> {
  return guarded(health, o.openStore);
}

/** Start a worker; it runs until `close`. */
export async function startWorker(o: WorkerOptions): Promise<RunningWorker> {
  const counts: WorkerCounts = { stored: 0, duplicates: 0, recoded: 0, failed: 0 };
  let worker: Worker | null = null;
  const health = createHealth({
    log: o.log, names: { redis: redactRedis(o.queue.url), postgres: o.storeName },
    pause: () => { void worker?.pause(true); },
    resume: () => { worker?.resume(); },
  });
  const store = await openWhenUp(o, health);
  const pool: CoderPool = await createCoderPool(o.concurrency, o.coder ?? {});
  const handle = async (job: Job): Promise<string> => {
    const p = JobPayload.safeParse(job.data);
    if (!p.success) throw new Error(`[QUE002] job ${job.id}: invalid payload: ${p.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const d = p.data;
    if (d.op === 'recode') {
      const a = await pool.code(d.record, d.hash);
      await guarded(health, () => store.replaceCoding(a));
      counts.recoded++;
      return 'recoded';
    }
    if (d.hash !== undefined && await guarded(health, () => store.hasArticle(d.hash as string))) { counts.duplicates++; return 'duplicate'; }
    const a = await pool.code(d.record, d.hash);
    const r = await guarded(health, () => store.putArticle(a));
    if (r.inserted) counts.stored++; else counts.duplicates++;
    return r.inserted ? 'stored' : 'duplicate';
  };
  // A separate, idle connection watches Redis: its close and ready events mark an outage's start and end.
  const monitor = new Redis({ ...redisConnection(o.queue.url), enableOfflineQueue: false, lazyConnect: false });
  monitor.on('error', () => undefined);
  monitor.on('close', () => health.set('redis', false));
  monitor.on('ready', () => health.set('redis', true));
  worker = new Worker(o.queue.name, handle, {
    connection: redisConnection(o.queue.url), concurrency: o.concurrency * JOBS_PER_THREAD,
    lockDuration: o.lockMs, stalledInterval: o.lockMs, maxStalledCount: 2, name: `${hostname()}:${pid}`,
    metrics: { maxDataPoints: MetricsTime.ONE_WEEK },
  });
  worker.on('error', (e) => { if (!isConnectionError(e)) o.log(`dyad worker: ${e.message}`); });
  worker.on('failed', (job, e) => {
    counts.failed++;
    if (o.logJobs === false || !job) return;
    const final = job.attemptsMade >= (job.opts.attempts ?? 1);
    o.log(`dyad worker: job ${job.id} failed (attempt ${job.attemptsMade} of ${job.opts.attempts ?? 1}${final ? ', moved to the failed set' : ''}): ${e.message}`);
  });
  await worker.waitUntilReady();
  const w = worker;
  return {
    counts,
    async close() {
      monitor.removeAllListeners('close');
      monitor.disconnect();
      await w.close();
      await pool.close();
      await store.close();
    },
  };
}
