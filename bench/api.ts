/**
 * `npm run bench:api [-- --db PATH] [--duration S] [--connections N] [--min-events N] [--workers N] [--uncached]`: the
 * API under load (--workers: serve's worker processes, else its default; --uncached: skip the cached runs).
 * The store is the corpus ingested (`dyad ingest ../shared/corpus/news-geo.jsonl.gz`) and topped up with
 * derived events (bench/derive.ts) to at least 100,000 events; it is built once and kept in the temp folder.
 * `dyad serve` runs as its own process; autocannon drives it from 127.0.0.1 with 32 connections, each request
 * drawn at random from realistic ones. Reports requests/s and p50/p99 latency per route, against p99 < 100 ms:
 * uncached (the bar: a server started with --no-cache, so every request is a query) and, for comparison, cached
 * (each URL read once before; the response cache holds answers until the store changes).
 */
import { mkdirSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { ensureStore, samplePaths, withServer } from './api-setup.js';

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
  const { values } = parseArgs({ options: { db: { type: 'string' }, duration: { type: 'string' }, connections: { type: 'string' }, 'min-events': { type: 'string' }, workers: { type: 'string' }, uncached: { type: 'boolean' } } });
  const dir = join(tmpdir(), 'dyad-bench-api');
  mkdirSync(dir, { recursive: true });
  const db = values.db ?? join(dir, 'store.db');
  const minEvents = Number(values['min-events'] ?? 100_000);
  const duration = Number(values.duration ?? 10);
  const connections = Number(values.connections ?? 32);
  const events = await ensureStore(db, minEvents);
  const paths = samplePaths(db);
  const opts = { connections, duration };
  const workers = values.workers ? { workers: Number(values.workers) } : {};
  const cold = await withServer(db, { cache: false, ...workers }, async (url) => {
    await load(url, 'warm-up', [...paths.events, ...paths.ids.slice(0, 200), ...paths.timeline], { connections, duration: 3 });
    return [
      await load(url, 'GET /api/events (filtered, 50 per page), uncached', paths.events, opts),
      await load(url, 'GET /api/events/:id, uncached', paths.ids, opts),
      await load(url, 'GET /api/stats/timeline, uncached', paths.timeline, opts),
    ];
  });
  // Then as a dashboard's repeated reads see it: each URL asked once before (the cache holds it until a write).
  const warm = values.uncached ? [] : await withServer(db, { cache: true, ...workers }, async (url) => {
    for (const p of [...paths.events, ...paths.ids, ...paths.timeline]) await fetch(`${url}${p}`).then((r) => r.arrayBuffer());
    return [
      await load(url, 'GET /api/events (filtered, 50 per page), cached', paths.events, opts),
      await load(url, 'GET /api/events/:id, cached', paths.ids, opts),
      await load(url, 'GET /api/stats/timeline, cached', paths.timeline, opts),
    ];
  });
  process.stdout.write(`store: ${db}, ${events.toLocaleString('en')} events; ${connections} connections, ${duration} s per route, from 127.0.0.1; ${workers.workers ?? 'default'} workers; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n\n`);
  process.stdout.write(`| route | req/s | p50 ms | p99 ms | p99 < 100 ms | non-2xx | errors |\n|---|---:|---:|---:|---|---:|---:|\n`);
  for (const r of [...cold, ...warm]) process.stdout.write(`| ${r.name} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${r.p99 < 100 ? 'yes' : 'NO'} | ${r.non2xx} | ${r.errors} |\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
