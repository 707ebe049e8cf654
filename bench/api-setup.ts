/** What bench:api and bench:api-cpu share: the benchmark store, `dyad serve` as a child process, realistic request paths. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
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
export async function ensureStore(db: string, minEvents: number): Promise<number> {
  if (!existsSync(db)) {
    if (!existsSync(CORPUS)) throw new Error(`bench:api: no corpus at ${CORPUS} (pass --db with a store of ${minEvents}+ events)`);
    process.stderr.write(`building ${db}: ingesting the corpus…\n`);
    await runCli(['ingest', CORPUS, '--db', db, '--quiet']);
  }
  // Open it once with the store: a store of an older schema is migrated before derived events are added.
  await openSqliteStore(db).close();
  return deriveEvents(db, minEvents);
}

/** How the benchmark starts `dyad serve`: with its response cache or not, extra node flags (--cpu-prof), worker processes (else its default). */
export interface ServeOptions { readonly cache: boolean; readonly nodeArgs?: readonly string[]; readonly workers?: number }

/** Start `dyad serve` on a free port; resolves with its base URL. */
export function serve(db: string, opts: ServeOptions): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const args = [...(opts.nodeArgs ?? []), MAIN, 'serve', '--db', db, '--port', '0', ...(opts.cache ? [] : ['--no-cache']), ...(opts.workers ? ['--workers', String(opts.workers)] : [])];
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
export function samplePaths(db: string): { events: string[]; ids: string[]; timeline: string[] } {
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

/** Run `f` against a fresh `dyad serve` of `db`, then stop it. */
export async function withServer<T>(db: string, opts: ServeOptions, f: (url: string, pid: number) => Promise<T>): Promise<T> {
  const { url, child } = await serve(db, opts);
  try {
    return await f(url, child.pid ?? 0);
  } finally {
    child.removeAllListeners('close');
    const closed = new Promise((resolve) => child.once('close', resolve));
    child.kill('SIGTERM');
    // A --cpu-prof profile is written as the process exits.
    await closed;
  }
}

