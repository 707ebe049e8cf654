/** Connections to the work queue: one BullMQ queue per name on a Redis server given by URL. */
import { Queue, type ConnectionOptions, type JobsOptions } from 'bullmq';

/** Where a queue lives: the Redis URL and the queue's name. */
export interface QueueTarget {
  readonly url: string;
  readonly name: string;
}

/** ioredis options for a Redis URL. maxRetriesPerRequest null: commands wait through an outage instead of failing. */
export function redisConnection(url: string): ConnectionOptions {
  const u = new URL(url);
  const db = Number(u.pathname.slice(1) || '0');
  return {
    host: u.hostname, port: Number(u.port || 6379), db,
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
    maxRetriesPerRequest: null,
    // Reconnect every second at most: an outage ends within a second of Redis returning.
    retryStrategy: (times: number) => Math.min(200 * times, 1000),
  };
}

/** The URL with its password hidden, for messages. */
export function redactRedis(url: string): string {
  return url.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@');
}

/** Open the queue (producer and admin side). */
export function openQueue(t: QueueTarget): Queue {
  return new Queue(t.name, { connection: redisConnection(t.url) });
}

/** Options of every job: retries with exponential backoff; completed jobs trimmed (the store is the record). */
export function jobOptions(attempts: number, backoffMs: number): JobsOptions {
  return {
    attempts,
    backoff: { type: 'exponential', delay: backoffMs },
    // Payloads carry article text: keep the latest completed ids only. A re-submitted article whose job
    // was trimmed is still not stored twice: the worker finds its hash in the store and skips it.
    removeOnComplete: { count: 10_000 },
    removeOnFail: false,
  };
}

/** The job id of an ingest record: derived from the content, so the same article is queued once. */
export function ingestJobId(contentHash: string): string {
  return `a${contentHash}`;
}

/** The job id of re-coding a stored article for a coder version. */
export function recodeJobId(contentHash: string, version: string): string {
  return `r${contentHash}-${version}`;
}
