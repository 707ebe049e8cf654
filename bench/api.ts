/**
 * `npm run bench:api [-- --db PATH] [--duration S] [--connections N] [--min-events N]`: the API under load.
 * The store is the corpus ingested (`dyad ingest ../shared/corpus/news-geo.jsonl.gz`) and topped up with
 * derived events (bench/derive.ts) to at least 100,000 events; it is built once and kept in the temp folder.
 * `dyad serve` runs as its own process; autocannon drives it from 127.0.0.1 with 32 connections, each request
 * drawn at random from realistic ones. Reports requests/s and p50/p99 latency per route, against p99 < 100 ms:
 * uncached (the bar: a server started with --no-cache, so every request is a query) and, for comparison, cached
 * (each URL read once before; the response cache holds answers until the store changes).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { packageRoot } from '../src/paths.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { deriveEvents } from './derive.js';

const MAIN = join(packageRoot(), 'dist', 'src', 'cli', 'main.js');
const CORPUS = join(packageRoot(), '..', 'shared', 'corpus', 'news-geo.jsonl.gz');

function runCli(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [MAIN, ...args], { stdio: ['ignore', 'inherit', 'inherit'] });
    p.on('error', reject);
    p.on('close', (code) => (code === 0 || code === 3 ? resolve() : reject(new Error(`dyad ${args[0]} exited ${code}`))));
  });
}

/** The benchmark store: built when missing (corpus ingest, then derived events), else reused. */
async function ensureStore(db: string, minEvents: number): Promise<number> {
  if (!existsSync(db)) {
    if (!existsSync(CORPUS)) throw new Error(`bench:api: no corpus at ${CORPUS} (pass --db with a store of ${minEvents}+ events)`);
    process.stderr.write(`building ${db}: ingesting the corpus…\n`);
    await runCli(['ingest', CORPUS, '--db', db, '--quiet']);
  }
  // Open it once with the store: a store of an older schema is migrated before derived events are added.
  await openSqliteStore(db).close();
  return deriveEvents(db, minEvents);
}

/** Start `dyad serve` on a free port; resolves with its base URL. */
function serve(db: string, opts: { cache: boolean }): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const args = [MAIN, 'serve', '--db', db, '--port', '0', ...(opts.cache ? [] : ['--no-cache'])];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(err);
      if (m?.[1]) resolve({ url: m[1], child });
    });
    child.on('close', (code) => reject(new Error(`dyad serve exited ${code}: ${err}`)));
  });
}

/** Realistic request paths drawn from the store itself. */
function samplePaths(db: string): { events: string[]; ids: string[]; timeline: string[] } {
  const d = new Database(db, { readonly: true });
  const col = (sql: string): string[] => (d.prepare(sql).all() as { v: string | number }[]).map((r) => String(r.v));
  const actors = col('SELECT source_code AS v FROM events WHERE source_code IS NOT NULL GROUP BY source_code ORDER BY count(*) DESC LIMIT 40');
  const countries = col('SELECT place_country AS v FROM events WHERE place_country IS NOT NULL GROUP BY place_country ORDER BY count(*) DESC LIMIT 20');
  const ids = col('SELECT id AS v FROM events WHERE negated = 0 ORDER BY random() LIMIT 1000');
  const years = col("SELECT DISTINCT substr(date, 1, 4) AS v FROM events WHERE date IS NOT NULL ORDER BY v DESC LIMIT 5");
  d.close();
  const events: string[] = [];
  for (const a of actors) events.push(`actor=${a}`, `source=${a}&sort=count`, `actor=${a}&quad=4`);
  for (const c of countries) events.push(`place=${c}`);
  for (const code of ['01', '04', '05', '11', '14', '17', '19', '190', '0874']) events.push(`code=${code}`);
  for (const y of years) events.push(`since=${y}-01-01&until=${y}-06-30`, `since=${y}-03-01&quad=1`);
  for (const q of [1, 2, 3, 4]) events.push(`quad=${q}`, `quad=${q}&sort=date-asc`);
  for (const t of ['protest', 'ceasefire', 'talks', 'sanctions']) events.push(`text=${t}`);
  const timeline = [...actors.slice(0, 20).map((a) => `actor=${a}&interval=week`), 'interval=day', 'interval=week', 'interval=month', 'quad=4&interval=month'];
  return { events: events.map((q) => `/api/events?${q}`), ids: ids.map((i) => `/api/events/${i}`), timeline: timeline.map((q) => `/api/stats/timeline?${q}`) };
}

interface Row { name: string; rps: number; p50: number; p99: number; non2xx: number; errors: number }

async function load(url: string, name: string, paths: readonly string[], opts: { connections: number; duration: number }): Promise<Row> {
  const pick = (): string => paths[Math.floor(Math.random() * paths.length)] ?? '/';
  const r = await autocannon({
    url, connections: opts.connections, duration: opts.duration,
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: pick() }) }],
  });
  return { name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { db: { type: 'string' }, duration: { type: 'string' }, connections: { type: 'string' }, 'min-events': { type: 'string' } } });
  const dir = join(tmpdir(), 'dyad-bench-api');
  mkdirSync(dir, { recursive: true });
  const db = values.db ?? join(dir, 'store.db');
  const minEvents = Number(values['min-events'] ?? 100_000);
  const duration = Number(values.duration ?? 10);
  const connections = Number(values.connections ?? 32);
  const events = await ensureStore(db, minEvents);
  const paths = samplePaths(db);
  const opts = { connections, duration };
  const cold = await withServer(db, { cache: false }, async (url) => {
    await load(url, 'warm-up', [...paths.events, ...paths.ids.slice(0, 200), ...paths.timeline], { connections, duration: 3 });
    return [
      await load(url, 'GET /api/events (filtered, 50 per page), uncached', paths.events, opts),
      await load(url, 'GET /api/events/:id, uncached', paths.ids, opts),
      await load(url, 'GET /api/stats/timeline, uncached', paths.timeline, opts),
    ];
  });
  // Then as a dashboard's repeated reads see it: each URL asked once before (the cache holds it until a write).
  const warm = await withServer(db, { cache: true }, async (url) => {
    for (const p of [...paths.events, ...paths.ids, ...paths.timeline]) await fetch(`${url}${p}`).then((r) => r.arrayBuffer());
    return [
      await load(url, 'GET /api/events (filtered, 50 per page), cached', paths.events, opts),
      await load(url, 'GET /api/events/:id, cached', paths.ids, opts),
      await load(url, 'GET /api/stats/timeline, cached', paths.timeline, opts),
    ];
  });
  process.stdout.write(`store: ${db}, ${events.toLocaleString('en')} events; ${connections} connections, ${duration} s per route, from 127.0.0.1; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n\n`);
  process.stdout.write(`| route | req/s | p50 ms | p99 ms | p99 < 100 ms | non-2xx | errors |\n|---|---:|---:|---:|---|---:|---:|\n`);
  for (const r of [...cold, ...warm]) process.stdout.write(`| ${r.name} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${r.p99 < 100 ? 'yes' : 'NO'} | ${r.non2xx} | ${r.errors} |\n`);
}

/** Run `f` against a fresh `dyad serve` of `db`, then stop it. */
async function withServer<T>(db: string, opts: { cache: boolean }, f: (url: string) => Promise<T>): Promise<T> {
  const { url, child } = await serve(db, opts);
  try {
    return await f(url);
  } finally {
    child.removeAllListeners('close');
    child.kill('SIGTERM');
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
