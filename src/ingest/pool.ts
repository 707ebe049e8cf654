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

interface Slot {
  worker: Worker;
  busy: Map<number, { resolve: (a: CodedArticle) => void; reject: (e: Error) => void; origin: string }>;
}

const WORKER_URL = new URL('./worker.js', import.meta.url);
const WORKER_HEAP_MB = 256;

/** Start `size` workers and wait until each has compiled its coder. */
export async function createCoderPool(size: number, coderOptions: CoderOptions = {}): Promise<CoderPool> {
  let seq = 0;
  let closing = false;
  let version = '';

  const spawn = (): Promise<Slot> => new Promise((resolve, reject) => {
    // A capped old space keeps each worker's memory flat: the coder's live heap is about 100 MB, and
    // without a cap V8 lets garbage grow for the whole run.
    const slot: Slot = { worker: new Worker(WORKER_URL, { workerData: coderOptions, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } }), busy: new Map() };
    let started = false;
    slot.worker.on('message', (msg: unknown) => {
      const parsed = parseMessage(WorkerReply, msg);
      if (!parsed.ok) {
        // A reply that does not parse means the worker is broken: fail its records, replace it (on exit).
        for (const [, job] of slot.busy) job.reject(new RecordError('ING022', job.origin, `malformed worker reply: ${parsed.detail}`));
        slot.busy.clear();
        void slot.worker.terminate();
        return;
      }
      const m = parsed.value;
      if ('ready' in m) { version = m.ready; started = true; resolve(slot); return; }
      const job = slot.busy.get(m.seq);
      if (!job) return;
      slot.busy.delete(m.seq);
      if ('ok' in m) job.resolve(m.ok);
      else job.reject(new RecordError(m.error.code, m.error.origin, m.error.detail));
    });
    const fail = (why: string): void => {
      if (!started) { reject(new Error(why)); return; }
      // A worker that dies takes its records with it: report them and start a replacement.
      for (const [, job] of slot.busy) job.reject(new RecordError('ING021', job.origin, `worker thread stopped: ${why}`));
      slot.busy.clear();
      if (!closing) {
        const i = slots.indexOf(slot);
        spawn().then((s) => { if (i >= 0) slots[i] = s; }, () => undefined);
      }
    };
    slot.worker.on('error', (e: Error) => fail(e.message));
    slot.worker.on('exit', (code) => { if (!closing || slot.busy.size) fail(`exit code ${code}`); });
  });

  const slots: Slot[] = await Promise.all(Array.from({ length: Math.max(1, size) }, spawn));
  return {
    size: slots.length,
    get version() { return version; },
    code(record: RawRecord, hash?: string): Promise<CodedArticle> {
      let best = slots[0] as Slot;
      for (const s of slots) if (s.busy.size < best.busy.size) best = s;
      const n = seq++;
      return new Promise((resolve, reject) => {
        best.busy.set(n, { resolve, reject, origin: record.meta.origin });
        best.worker.postMessage({ seq: n, record, ...(hash !== undefined ? { hash } : {}) } satisfies WorkerTask);
      });
    },
    async close(): Promise<void> {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
