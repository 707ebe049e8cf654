/** A pool of worker threads, each with its own compiled coder: coding in parallel, results to one writer. */
import { Worker } from 'node:worker_threads';
import type { CodedArticle } from '../model/stored.js';
import type { CoderOptions } from '../pipeline/coder.js';
import { RecordError } from './record-error.js';
import type { RawRecord } from './records.js';
import { parseMessage, WorkerReply, type WorkerTask } from './worker-messages.js';

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

/** The pool: live slots, replacements being started, and the records each worker holds. */
class WorkerPool implements CoderPool {
  private seq = 0;
  private closing = false;
  private slots: Slot[] = [];
  // Replacements being started: close() waits for them and stops them too, or they would keep the process alive.
  private readonly starting = new Set<Promise<Slot>>();
  version = '';

  constructor(private readonly coderOptions: CoderOptions) {}

  get size(): number { return this.slots.length; }

  /** Start `size` workers and wait until each has compiled its coder. */
  async start(size: number): Promise<this> {
    this.slots = await Promise.all(Array.from({ length: Math.max(1, size) }, () => this.spawn()));
    return this;
  }

  private spawn(): Promise<Slot> {
    return new Promise((resolve, reject) => {
      // A capped old space keeps each worker's memory flat: the coder's live heap is about 100 MB, and
      // without a cap V8 lets garbage grow for the whole run.
      const worker = new Worker(WORKER_URL, { workerData: this.coderOptions, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      const slot: Slot = { worker, busy: new Map(), alive: true };
      let started = false;
      worker.on('message', (msg: unknown) => {
        if (this.onReply(slot, msg)) { started = true; resolve(slot); }
      });
      const fail = (why: string): void => {
        // 'error' is followed by 'exit': the first one settles the slot.
        if (!slot.alive) return;
        slot.alive = false;
        if (!started) reject(new Error(why));
        else this.lost(slot, why);
      };
      worker.on('error', (e: Error) => fail(e.message));
      worker.on('exit', (code) => { if (!this.closing || slot.busy.size) fail(`exit code ${code}`); });
    });
  }

  /** Settle the job a reply answers; true for the worker's ready message. */
  private onReply(slot: Slot, msg: unknown): boolean {
    const parsed = parseMessage(WorkerReply, msg);
    if (!parsed.ok) {
      // A reply that does not parse means the worker is broken: fail its records, replace it (on exit).
      for (const [, job] of slot.busy) job.reject(new RecordError('ING022', job.task.record.meta.origin, `malformed worker reply: ${parsed.detail}`));
      slot.busy.clear();
      void slot.worker.terminate();
      return false;
    }
    const m = parsed.value;
    if ('ready' in m) { this.version = m.ready; return true; }
    const job = slot.busy.get(m.seq);
    if (!job) return false;
    slot.busy.delete(m.seq);
    if ('ok' in m) job.resolve(m.ok);
    else job.reject(new RecordError(m.error.code, m.error.origin, m.error.detail));
    return false;
  }

  /**
   * A worker that dies (out of memory, crash) takes the record it was coding with it: report that one, start a
   * replacement, and send the records still queued behind it to a live worker.
   */
  private lost(slot: Slot, why: string): void {
    const jobs = [...slot.busy.values()];
    slot.busy.clear();
    if (!this.closing) this.replace(slot);
    jobs.forEach((job, i) => {
      const { record } = job.task;
      if (i === 0 || this.closing) {
        job.reject(new RecordError('ING021', record.meta.origin, /memory/i.test(why)
          ? `the coder ran out of memory on this record (${record.content.length} characters of text; ${why}): split it, or lower --max-bytes to refuse such records`
          : `worker thread stopped: ${why}`));
      } else this.pick(record.meta.origin).then((s) => this.send(s, job), job.reject);
    });
  }

  private replace(dead: Slot): void {
    const p = this.spawn();
    this.starting.add(p);
    p.then((s) => { const i = this.slots.indexOf(dead); if (i >= 0) this.slots[i] = s; else this.slots.push(s); }, () => undefined)
      .finally(() => this.starting.delete(p));
  }

  /** The least busy live worker, waiting for a replacement when every worker has died. */
  private async pick(origin: string): Promise<Slot> {
    for (;;) {
      let best: Slot | null = null;
      for (const s of this.slots) if (s.alive && (!best || s.busy.size < best.busy.size)) best = s;
      if (best) return best;
      if (this.starting.size === 0) throw new RecordError('ING021', origin, 'no worker thread could be started');
      await Promise.race([...this.starting].map((p) => p.catch(() => undefined)));
    }
  }

  private send(s: Slot, job: Job): void {
    s.busy.set(job.task.seq, job);
    s.worker.postMessage(job.task);
  }

  async code(record: RawRecord, hash?: string): Promise<CodedArticle> {
    const best = await this.pick(record.meta.origin);
    const task: WorkerTask = { seq: this.seq++, record, ...(hash !== undefined ? { hash } : {}) };
    return new Promise((resolve, reject) => this.send(best, { task, resolve, reject }));
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.allSettled([...this.starting]);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/** Start `size` workers and wait until each has compiled its coder. */
export async function createCoderPool(size: number, coderOptions: CoderOptions = {}): Promise<CoderPool> {
  return new WorkerPool(coderOptions).start(size);
}
