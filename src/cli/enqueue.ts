/** `dyad ingest --queue` and `dyad recode --queue`: validate and enqueue, and let `dyad worker`s code and store. */
import { performance } from 'node:perf_hooks';
import type { ReadItem } from '../ingest/records.js';
import { EnqueueFlags } from '../model/queue-schemas.js';
import { createCoder } from '../pipeline/coder.js';
import { openQueue } from '../queue/connection.js';
import { enqueueRecode, enqueueRecords, type EnqueueCounts } from '../queue/enqueue.js';
import type { Store } from '../store/store.js';
import { flagError } from './flags.js';

/** What the enqueue commands share with ingest: the parsed values and how to report. */
export interface EnqueueRun {
  readonly values: Record<string, unknown>;
  readonly quiet: boolean;
  readonly json: boolean;
  readonly date?: string | null;
  readonly shouldStop?: () => boolean;
}

function progress(r: EnqueueRun): { update(c: Readonly<EnqueueCounts>): void; end(c: Readonly<EnqueueCounts>, secs: number): void } {
  const tty = process.stderr.isTTY && !r.quiet && !r.json;
  const t0 = performance.now();
  let last = 0;
  return {
    update(c) {
      const now = performance.now();
      if (!tty || now - last < 200) return;
      last = now;
      process.stderr.write(`\r${c.enqueued} enqueued ${(c.enqueued / Math.max((now - t0) / 1000, 1e-3)).toFixed(0)}/s  ${c.failed} errors\x1b[K`);
    },
    end(c, secs) {
      if (tty) process.stderr.write('\r\x1b[K');
      if (r.json) process.stdout.write(JSON.stringify({ ...c, seconds: Number(secs.toFixed(3)) }) + '\n');
      else if (!r.quiet) process.stderr.write(`read ${c.read}, enqueued ${c.enqueued}, failed ${c.failed} in ${secs.toFixed(1)} s\n`);
    },
  };
}

async function withQueue(r: EnqueueRun, cmd: string, run: (q: ReturnType<typeof openQueue>, o: { attempts: number; backoffMs: number }) => Promise<EnqueueCounts>): Promise<number> {
  const f = EnqueueFlags.safeParse(r.values);
  if (!f.success) return flagError(cmd, f.error);
  const q = openQueue({ url: f.data.queue, name: f.data['queue-name'] });
  const t0 = performance.now();
  try {
    const c = await run(q, { attempts: f.data.attempts, backoffMs: f.data['backoff-ms'] });
    progress(r).end(c, (performance.now() - t0) / 1000);
    return c.failed > 0 ? 3 : 0;
  } finally {
    await q.close();
  }
}

/** Enqueue read records (ingest --queue). Exit 3 when some records were invalid and skipped. */
export function enqueueInputs(items: AsyncIterable<ReadItem>, r: EnqueueRun): Promise<number> {
  return withQueue(r, 'ingest', (q, o) => {
    const bar = progress(r);
    return enqueueRecords(q, items, { ...o, date: r.date ?? null, onProgress: (c) => bar.update(c),
      onError: (e) => { process.stderr.write(`\r\x1b[K${e.message}\n`); }, ...(r.shouldStop ? { shouldStop: r.shouldStop } : {}) });
  });
}

/** Enqueue the stored articles whose coding is stale (recode --queue). */
export function enqueueStale(store: Store, r: EnqueueRun & { readonly dictionaries?: string | undefined }): Promise<number> {
  return withQueue(r, 'recode', (q, o) => {
    // The version to re-code for is this Dyad's: compile a coder once to read it.
    const version = createCoder(r.dictionaries ? { dictionaryDir: r.dictionaries } : {}).version;
    const bar = progress(r);
    return enqueueRecode(q, store.staleArticles(version), version, { ...o, onProgress: (c) => bar.update(c) });
  });
}
