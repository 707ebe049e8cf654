/** `dyad ingest` and `dyad recode`: read inputs, code them on worker threads, commit each article whole. */
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { articleText } from '../ingest/article-text.js';
import { RecordError } from '../ingest/record-error.js';
import { ingest, type IngestCounts } from '../ingest/ingest.js';
import { createCoderPool } from '../ingest/pool.js';
import type { CoderOptions } from '../pipeline/coder.js';
import type { ReadItem } from '../ingest/records.js';
import { expandInputs, readInputs } from '../ingest/readers/sources.js';
import { IngestFlags, RecodeFlags } from '../model/schemas.js';
import { flagError, parseFlags } from './flags.js';
import { openAnyStore } from './open-store.js';
import { createProgressBar, summaryLine } from './progress.js';
import { EXIT_STOPPED, runStatus } from './status.js';

/** Feed items are small HTML fragments: take their text here so that known content is skipped before coding. */
async function* textFirst(items: AsyncIterable<ReadItem>): AsyncGenerator<ReadItem> {
  for await (const it of items) {
    if ('record' in it && it.record.kind === 'fragment') {
      const { text, meta } = articleText(it.record);
      yield { record: { kind: 'text', content: text, meta } };
    } else yield it;
  }
}

function stopSignal(): { readonly stopped: () => boolean; wait(ms: number): Promise<void>; dispose(): void } {
  let stopped = false;
  const ac = new AbortController();
  const on = (): void => {
    if (stopped) process.exit(130);
    stopped = true;
    ac.abort();
  };
  process.on('SIGINT', on);
  process.on('SIGTERM', on);
  return {
    stopped: () => stopped,
    wait: (ms) => sleep(ms, undefined, { signal: ac.signal }).catch(() => undefined),
    dispose: () => { process.off('SIGINT', on); process.off('SIGTERM', on); },
  };
}

function report(json: boolean | undefined, c: IngestCounts, secs: number, jobs: number, extra: Record<string, unknown> = {}): void {
  if (json) {
    // Share of the run the main thread (reading and the single writer) was busy: the writer's headroom.
    const mainBusy = Number(performance.eventLoopUtilization().utilization.toFixed(3));
    process.stdout.write(JSON.stringify({ ...c, jobs, seconds: Number(secs.toFixed(3)), mainBusy, articlesPerSecond: Number((c.coded / Math.max(secs, 1e-3)).toFixed(2)), eventsPerSecond: Number((c.events / Math.max(secs, 1e-3)).toFixed(2)), maxRssBytes: process.resourceUsage().maxRSS * 1024, ...extra }) + '\n');
  } else process.stderr.write(summaryLine(c, secs) + '\n');
}

/** The coder options of `--dictionaries`, `--hypothetical` and `--all` (hypothetical and background events kept, flagged). */
function poolOptions(flags: { readonly dictionaries?: string | undefined; readonly hypothetical?: boolean | undefined; readonly all?: boolean | undefined }): CoderOptions {
  return { ...(flags.dictionaries ? { dictionaryDir: flags.dictionaries } : {}), ...(flags.hypothetical || flags.all ? { hypothetical: true } : {}), ...(flags.all ? { background: true } : {}) };
}

/** `dyad ingest PATH…`. */
export async function cmdIngest(args: string[]): Promise<number> {
  const parsed = parseFlags('ingest', args, {
    db: { type: 'string' }, jobs: { type: 'string' }, strict: { type: 'boolean' }, 'max-bytes': { type: 'string' }, date: { type: 'string' },
    watch: { type: 'string' }, quiet: { type: 'boolean' }, json: { type: 'boolean' }, dictionaries: { type: 'string' }, hypothetical: { type: 'boolean' }, all: { type: 'boolean' },
    queue: { type: 'string' }, 'queue-name': { type: 'string' }, attempts: { type: 'string' }, 'backoff-ms': { type: 'string' },
  }, IngestFlags, { positionals: true });
  if (typeof parsed === 'number') return parsed;
  const { flags, positionals, values } = parsed;
  if (positionals.length === 0) return flagError('ingest', 'missing PATH (files, folders, - for stdin, or feed URLs)');
  if (values['queue'] !== undefined) {
    const items = textFirst(readInputs(await expandInputs(positionals), { maxBytes: flags['max-bytes'] }));
    const signal = stopSignal();
    try {
      return await (await import('./enqueue.js')).enqueueInputs(items, { values, quiet: flags.quiet ?? false, json: flags.json ?? false, date: flags.date ?? null, shouldStop: signal.stopped });
    } finally { signal.dispose(); }
  }
  const jobs = flags.jobs ?? availableParallelism();
  const store = await openAnyStore(flags.db, { backgroundCheckpoint: true });
  const signal = stopSignal();
  const t0 = performance.now();
  const total: IngestCounts = { read: 0, coded: 0, duplicates: 0, failed: 0, events: 0 };
  let stoppedBy: RecordError | null = null;
  const pool = await createCoderPool(jobs, poolOptions(flags));
  try {
    for (let round = 1; ; round++) {
      const inputs = await expandInputs(positionals);
      const size = inputs.reduce((s, i) => s + (i.kind === 'file' ? i.size : 0), 0);
      let bytes = 0;
      const bar = process.stderr.isTTY && !flags.quiet && !flags.json ? createProgressBar(process.stderr) : null;
      const base = { ...total };
      const r = await ingest(textFirst(readInputs(inputs, { maxBytes: flags['max-bytes'], onBytes: (n) => { bytes += n; } })), {
        store, pool, strict: flags.strict ?? false, date: flags.date ?? null, shouldStop: signal.stopped,
        onError: (e) => { bar?.end(); process.stderr.write(`${e.message}\n`); },
        onProgress: (c) => bar?.update({ read: base.read + c.read, coded: base.coded + c.coded, duplicates: base.duplicates + c.duplicates, failed: base.failed + c.failed, events: base.events + c.events }, size ? bytes / size : null),
      });
      bar?.end();
      for (const k of ['read', 'coded', 'duplicates', 'failed', 'events'] as const) total[k] += r[k];
      stoppedBy = r.stoppedBy;
      if (flags.watch === undefined || stoppedBy || signal.stopped()) break;
      if (!flags.quiet && !flags.json) process.stderr.write(`poll ${round}: ${r.coded} new articles, ${r.events} events; next in ${flags.watch} s\n`);
      await signal.wait(flags.watch * 1000);
      if (signal.stopped()) break;
    }
  } finally {
    signal.dispose();
    await pool.close();
    await store.close();
  }
  report(flags.json, total, (performance.now() - t0) / 1000, jobs);
  if (stoppedBy) { process.stderr.write(`stopped at the first bad record (--strict): ${stoppedBy.message}\n`); return EXIT_STOPPED; }
  return runStatus(total);
}

/** `dyad recode`: re-code stored articles whose coder version is stale, each replaced in one transaction. */
export async function cmdRecode(args: string[]): Promise<number> {
  const parsed = parseFlags('recode', args, { db: { type: 'string' }, jobs: { type: 'string' }, quiet: { type: 'boolean' }, json: { type: 'boolean' }, dictionaries: { type: 'string' }, hypothetical: { type: 'boolean' }, all: { type: 'boolean' },
    queue: { type: 'string' }, 'queue-name': { type: 'string' }, attempts: { type: 'string' }, 'backoff-ms': { type: 'string' } }, RecodeFlags);
  if (typeof parsed === 'number') return parsed;
  const { flags, values } = parsed;
  const jobs = flags.jobs ?? availableParallelism();
  const store = await openAnyStore(flags.db, { backgroundCheckpoint: true });
  if (values['queue'] !== undefined) {
    try {
      return await (await import('./enqueue.js')).enqueueStale(store, { values, quiet: flags.quiet ?? false, json: flags.json ?? false, dictionaries: flags.dictionaries });
    } finally { await store.close(); }
  }
  const pool = await createCoderPool(jobs, poolOptions(flags));
  const t0 = performance.now();
  const c: IngestCounts = { read: 0, coded: 0, duplicates: 0, failed: 0, events: 0 };
  const pending = new Set<Promise<void>>();
  try {
    for await (const a of store.staleArticles(pool.version)) {
      c.read++;
      while (pending.size >= jobs * 3) await Promise.race(pending);
      const p: Promise<void> = pool.code({ kind: 'text', content: a.text, meta: a.meta }, a.hash)
        .then(async (coded) => { await store.replaceCoding(coded); c.coded++; c.events += coded.events.length; },
          (e: unknown) => { c.failed++; process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`); })
        .finally(() => pending.delete(p));
      pending.add(p);
    }
    await Promise.all(pending);
  } finally {
    await pool.close();
    await store.close();
  }
  report(flags.json, c, (performance.now() - t0) / 1000, jobs, { coderVersion: pool.version });
  return runStatus(c);
}
