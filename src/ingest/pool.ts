/** A pool of worker threads, each with its own compiled coder: coding in parallel, results to one writer. */
import { Worker } from 'node:worker_threads';
import type { CodedArticle } from '../model/stored.js';
import type { CoderOptions } from '../pipeline/coder.js';
import { RecordError, type RawRecord } from './coded.js';

/** A record to code; `hash` is given when the text (and so the key) is already known. */
export interface WorkerTask {
  readonly seq: number;
  readonly record: RawRecord;
  readonly hash?: string;
}

/** What a worker sends back. */
export type WorkerReply = { readonly ready: string }
  | { readonly seq: number; readonly ok: CodedArticle }
  | { readonly seq: number; readonly error: { readonly code: string; readonly origin: string; readonly detail: string } };

/** Code records on worker threads. */
export interface CoderPool {
  readonly size: number;
  /** The coder version every worker reports. */
  readonly version: string;
  /** Code one record; rejects with a RecordError when the record cannot be coded. */
  code(record: RawRecord, hash?: string): Promise<CodedArticle>;
  close(): Promise<void>;
}

/** A record sent to a worker and the promise waiting for it. */
interface Job {
  readonly task: WorkerTask;
  readonly resolve: (a: CodedArticle) => void;
  readonly reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Records sent, oldest first: the first is the one being coded, the rest wait in the worker's queue. */
  busy: Map<number, Job>;
  /** False once the worker has died (out of memory, crash): it takes no more records. */
  alive: boolean;
}

const WORKER_URL = new URL('./worker.js', import.meta.url);
/** Old-space cap per worker; DYAD_WORKER_HEAP_MB overrides it (tests use a small one to reach the out-of-memory path fast). */
const WORKER_HEAP_MB = Number(process.env['DYAD_WORKER_HEAP_MB']) || 256;

/** Start `size` workers and wait until each has compiled its coder. */
export async function createCoderPool(size: number, coderOptions: CoderOptions = {}): Promise<CoderPool> {
  let seq = 0;
  let closing = false;
  let version = '';
  // Replacements being started: close() waits for them and stops them too, or they would keep the process alive.
  const starting = new Set<Promise<Slot>>();

  const replace = (dead: Slot): void => {
    const p = spawn();
    starting.add(p);
    p.then((s) => { const i = slots.indexOf(dead); if (i >= 0) slots[i] = s; else slots.push(s); }, () => undefined)
      .finally(() => starting.delete(p));
  };

  const spawn = (): Promise<Slot> => new Promise((resolve, reject) => {
    // A capped old space keeps each worker's memory flat: the coder's live heap is about 100 MB, and
    // without a cap V8 lets garbage grow for the whole run.
    const slot: Slot = { worker: new Worker(WORKER_URL, { workerData: coderOptions, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } }), busy: new Map(), alive: true };
    let started = false;
    slot.worker.on('message', (m: WorkerReply) => {
      if ('ready' in m) { version = m.ready; started = true; resolve(slot); return; }
      const job = slot.busy.get(m.seq);
      if (!job) return;
      slot.busy.delete(m.seq);
      if ('ok' in m) job.resolve(m.ok);
      else job.reject(new RecordError(m.error.code, m.error.origin, m.error.detail));
    });
    const fail = (why: string): void => {
      // 'error' is followed by 'exit': the first one settles the slot.
      if (!slot.alive) return;
      slot.alive = false;
      if (!started) { reject(new Error(why)); return; }
      // A worker that dies takes the record it was coding with it: report that one, start a replacement,
      // and send the records still queued behind it to a live worker.
      const jobs = [...slot.busy.values()];
      slot.busy.clear();
      if (!closing) replace(slot);
      jobs.forEach((job, i) => {
        const { record } = job.task;
        if (i === 0 || closing) {
          job.reject(new RecordError('ING021', record.meta.origin, /memory/i.test(why)
            ? `the coder ran out of memory on this record (${record.content.length} characters of text; ${why}): split it, or lower --max-bytes to refuse such records`
            : `worker thread stopped: ${why}`));
        } else pick(record.meta.origin).then((s) => send(s, job), job.reject);
      });
    };
    slot.worker.on('error', (e: Error) => fail(e.message));
    slot.worker.on('exit', (code) => { if (!closing || slot.busy.size) fail(`exit code ${code}`); });
  });

  /** The least busy live worker, waiting for a replacement when every worker has died. */
  const pick = async (origin: string): Promise<Slot> => {
    for (;;) {
      let best: Slot | null = null;
      for (const s of slots) if (s.alive && (!best || s.busy.size < best.busy.size)) best = s;
      if (best) return best;
      if (starting.size === 0) throw new RecordError('ING021', origin, 'no worker thread could be started');
      await Promise.race([...starting].map((p) => p.catch(() => undefined)));
    }
  };

  const send = (s: Slot, job: Job): void => {
    s.busy.set(job.task.seq, job);
    s.worker.postMessage(job.task);
  };

  const slots: Slot[] = await Promise.all(Array.from({ length: Math.max(1, size) }, spawn));
  return {
    size: slots.length,
    get version() { return version; },
    async code(record: RawRecord, hash?: string): Promise<CodedArticle> {
      const best = await pick(record.meta.origin);
      const task: WorkerTask = { seq: seq++, record, ...(hash !== undefined ? { hash } : {}) };
      return new Promise((resolve, reject) => send(best, { task, resolve, reject }));
    },
    async close(): Promise<void> {
      closing = true;
      await Promise.allSettled([...starting]);
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
