/**
 * `npm run bench:api-cpu [-- --db PATH] [--rounds N] [--prof DIR]`: CPU milliseconds the `dyad serve --no-cache`
 * process spends per request of each bench:api route, requests sent one at a time. Unlike latency under load
 * this barely moves when other work shares the machine, so it compares changes; under 32 connections on one
 * thread, p99 is about 32 × this. With --prof, the server runs under `node --cpu-prof` and writes its profile
 * to DIR.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureStore, samplePaths, withServer } from './api-setup.js';

/** CPU time (user + system) of process `pid` so far, in ms, from /proc (Linux). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
  // utime and stime are fields 14 and 15 of stat (11 and 12 after the command name); ticks of 1/100 s.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Send each path in turn, `rounds` times; the server's CPU ms per request. */
async function measure(url: string, pid: number, paths: readonly string[], rounds: number): Promise<{ ms: number; n: number; bytes: number }> {
  let bytes = 0;
  const before = cpuMs(pid);
  for (let r = 0; r < rounds; r++) {
    for (const p of paths) {
      const res = await fetch(`${url}${p}`);
      bytes += (await res.arrayBuffer()).byteLength;
      if (res.status !== 200) throw new Error(`${p}: HTTP ${res.status}`);
    }
  }
  const n = rounds * paths.length;
  return { ms: (cpuMs(pid) - before) / n, n, bytes: bytes / n };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { db: { type: 'string' }, rounds: { type: 'string' }, prof: { type: 'string' } } });
  const db = values.db ?? join(tmpdir(), 'dyad-bench-api', 'store.db');
  const rounds = Number(values.rounds ?? 3);
  const events = await ensureStore(db, 100_000);
  const paths = samplePaths(db);
  const nodeArgs = values.prof ? ['--cpu-prof', `--cpu-prof-dir=${resolve(values.prof)}`] : [];
  // One worker process: the one whose CPU is read (the primary of several only hands out connections).
  const rows = await withServer(db, { cache: false, nodeArgs, workers: 1 }, async (url, pid) => {
    // Warm up: statements prepared, pages in SQLite's cache, code compiled.
    await measure(url, pid, [...paths.events, ...paths.ids.slice(0, 200), ...paths.timeline], 1);
    return [
      { name: 'GET /api/events (filtered, 50 per page)', ...(await measure(url, pid, paths.events, rounds)) },
      { name: 'GET /api/events/:id', ...(await measure(url, pid, paths.ids.slice(0, 300), rounds)) },
      { name: 'GET /api/stats/timeline', ...(await measure(url, pid, paths.timeline, rounds)) },
    ];
  });
  process.stdout.write(`store: ${db}, ${events.toLocaleString('en')} events; server CPU per request, uncached, one at a time\n\n`);
  process.stdout.write('| route | requests | CPU ms/request | bytes/response |\n|---|---:|---:|---:|\n');
  for (const r of rows) process.stdout.write(`| ${r.name} | ${r.n} | ${r.ms.toFixed(2)} | ${Math.round(r.bytes)} |\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
