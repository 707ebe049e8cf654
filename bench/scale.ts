/**
 * `npm run bench:scale [-- FILE.jsonl.gz] [--limit N] [--workers 1,2,4]`: articles/s of a worker fleet (each worker
 * a process, concurrency 1) against PostgreSQL through a Redis queue, beside one `dyad ingest --jobs 1` process
 * into SQLite; plus the queue's own cost per job (enqueue, and a worker whose job does nothing). Private
 * PostgreSQL and Redis servers are started for the run. Fleet time runs from the first enqueue (workers
 * already started and ready) to the last job completed.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'bullmq';
import { packageRoot } from '../src/paths.js';
import { JobPayload } from '../src/model/queue-schemas.js';
import { queueCounts } from '../src/queue/admin.js';
import { openQueue, redisConnection } from '../src/queue/connection.js';
import { corpusPath, corpusSlice, dyad, dyadOk, waitFor, type Proc } from '../testdata/fleet.js';
import { freshSchema, startPostgres, startRedis } from '../testdata/services.js';

const MAIN = join(packageRoot(), 'dist', 'src', 'cli', 'main.js');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { limit: { type: 'string' }, workers: { type: 'string' } } });
const limit = Number(values.limit ?? 100_000);
const fleets = (values.workers ?? '1,2,4').split(',').map(Number);
const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-scale-'));
const file = join(dir, 'in.jsonl');
const n = await corpusSlice(file, limit, positionals[0] ?? corpusPath());
const [pg, redis] = await Promise.all([startPostgres(), startRedis()]);
const secs = (t0: number): number => (performance.now() - t0) / 1000;
const rows: string[] = [];
const row = (what: string, s: number, extra = ''): void => {
  const line = `${what.padEnd(44)} ${s.toFixed(1).padStart(7)} s  ${(n / s).toFixed(1).padStart(7)} articles/s${extra}`;
  rows.push(line);
  process.stderr.write(`${line}\n`);
};

try {
  process.stderr.write(`bench:scale over ${n} articles (${file})\n`);
  // The single-process figure: a whole `dyad ingest --jobs 1` run into SQLite, startup included.
  let t0 = performance.now();
  await new Promise<void>((res, rej) => {
    const p = spawn(process.execPath, [MAIN, 'ingest', file, '--db', join(dir, 'ref.db'), '--jobs', '1', '--quiet'], { stdio: 'inherit' });
    p.on('close', (code) => (code === 0 ? res() : rej(new Error(`ingest exited ${code}`))));
  });
  row('SQLite, one process (dyad ingest --jobs 1)', secs(t0));
  let base = 0;
  for (const w of fleets) {
    const db = await freshSchema(pg.url);
    const name = `bench${w}`;
    const workers: Proc[] = Array.from({ length: w }, () => dyad(['worker', '--queue', redis.url, '--queue-name', name, '--db', db]));
    await waitFor(`${w} workers ready`, () => workers.every((p) => p.lines.some((l) => / ready,/.test(l))), 300_000);
    t0 = performance.now();
    await dyadOk(['ingest', file, '--queue', redis.url, '--queue-name', name, '--quiet']);
    const q = openQueue({ url: redis.url, name });
    await waitFor('all jobs completed', async () => (await queueCounts(q)).completed >= n, 3_600_000);
    const s = secs(t0);
    base ||= s;
    row(`PostgreSQL, ${w} worker${w > 1 ? 's' : ''}`, s, `  (${(base / s).toFixed(2)}x one worker)`);
    for (const p of workers) p.child.kill('SIGTERM');
    await Promise.all(workers.map((p) => p.exited));
    await q.close();
  }
  // The queue's own cost: enqueue the same records, then a worker whose job only validates its payload.
  const name = 'overhead';
  t0 = performance.now();
  await dyadOk(['ingest', file, '--queue', redis.url, '--queue-name', name, '--quiet']);
  const enq = secs(t0);
  const q = openQueue({ url: redis.url, name });
  t0 = performance.now();
  const noop = new Worker(name, async (job) => { JobPayload.parse(job.data); return 'ok'; }, { connection: redisConnection(redis.url), concurrency: 1 });
  await waitFor('no-op jobs completed', async () => (await queueCounts(q)).completed >= n, 600_000);
  const cycle = secs(t0);
  await noop.close();
  await q.close();
  const line = `queue overhead per job: enqueue ${(enq * 1000 / n).toFixed(2)} ms (one ingest --queue process, startup included); take+validate+complete ${(cycle * 1000 / n).toFixed(2)} ms (one worker, concurrency 1)`;
  rows.push(line);
  process.stdout.write(`${rows.join('\n')}\n`);
} finally {
  await Promise.all([pg.destroy(), redis.destroy()]);
  rmSync(dir, { recursive: true, force: true });
}
