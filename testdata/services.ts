/**
 * Private PostgreSQL and Redis servers for tests: each on 127.0.0.1, a free port and a temporary folder,
 * started from Debian's binaries and stopped at exit. CI starts one pair for the whole suite (see
 * with-services.ts) and passes their URLs in DYAD_TEST_PG_URL / DYAD_TEST_REDIS_URL; on a dev machine
 * without them each test file starts its own, or skips when the binaries are missing (never under CI).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** A running server: its URL, and stop/start (same port and data, for outage tests). */
export interface TestServer {
  readonly url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stop for good and remove the data folder. */
  destroy(): Promise<void>;
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((res) => s.listen(0, '127.0.0.1', res));
  const a = s.address();
  await new Promise<void>((res) => s.close(() => res()));
  if (a === null || typeof a === 'string') throw new Error('no port');
  return a.port;
}

/** The folder of PostgreSQL's server binaries (initdb, pg_ctl), or null when not installed. */
export function pgBinDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'pg_ctl'))).sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(root, versions[0], 'bin');
  }
  try { return execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim(); } catch { return null; }
}

/** The redis-server binary, or null. */
export function redisBin(): string | null {
  for (const p of ['/usr/bin/redis-server', '/usr/local/bin/redis-server']) if (existsSync(p)) return p;
  return null;
}

// PostgreSQL refuses to run as root: as root, its commands run as the `postgres` user.
const asRoot = process.getuid?.() === 0;
function pgCmd(bin: string, args: string[]): [string, string[]] {
  return asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
}
function runPg(bin: string, args: string[]): void {
  const [cmd, a] = pgCmd(bin, args);
  execFileSync(cmd, a, { stdio: ['ignore', 'ignore', 'pipe'] });
}

const live = new Set<() => void>();
const cleanup = (): void => { for (const kill of live) kill(); live.clear(); };
process.on('exit', cleanup);
// A test run stopped by a signal (a timeout, ^C) stops its servers too.
for (const sig of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.once(sig, () => { cleanup(); process.exit(128 + 15); });

/** Start a private PostgreSQL (trust auth, user postgres, fsync off: test data only). */
export async function startPostgres(): Promise<TestServer> {
  const bin = pgBinDir();
  if (!bin) throw new Error('PostgreSQL server binaries not found (apt-get install postgresql)');
  const dir = mkdtempSync(join(tmpdir(), 'dyad-pg-'));
  if (asRoot) execFileSync('chown', ['postgres', dir]);
  const data = join(dir, 'data');
  runPg(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
  const port = await freePort();
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200`;
  const ctl = (args: string[]): void => runPg(join(bin, 'pg_ctl'), ['-D', data, '-s', ...args]);
  const kill = (): void => {
    try { ctl(['stop', '-m', 'immediate']); } catch { /* not running */ }
    rmSync(dir, { recursive: true, force: true });
  };
  const server: TestServer = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async start() { ctl(['start', '-w', '-l', join(dir, 'log'), '-o', opts]); live.add(kill); },
    async stop() { ctl(['stop', '-m', 'fast', '-w']); },
    async destroy() { kill(); live.delete(kill); rmSync(dir, { recursive: true, force: true }); },
  };
  await server.start();
  return server;
}

/** Start a private Redis with an append-only file, so a restart keeps the queue (as production must). */
export async function startRedis(): Promise<TestServer> {
  const bin = redisBin();
  if (!bin) throw new Error('redis-server not found (apt-get install redis-server)');
  const dir = mkdtempSync(join(tmpdir(), 'dyad-redis-'));
  const port = await freePort();
  let child: ChildProcess | null = null;
  const kill = (): void => { child?.kill('SIGKILL'); rmSync(dir, { recursive: true, force: true }); };
  const server: TestServer = {
    url: `redis://127.0.0.1:${port}`,
    async start() {
      const p = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--appendfsync', 'always',
        '--save', '', '--maxmemory-policy', 'noeviction', '--protected-mode', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
      child = p;
      live.add(kill);
      await new Promise<void>((res, rej) => {
        let out = '';
        p.stdout?.on('data', (d: Buffer) => {
          out += d.toString();
          if (!/Ready to accept connections/.test(out)) return;
          // The server must not keep the test process alive: it is killed at exit.
          p.unref();
          (p.stdout as unknown as { unref(): void } | null)?.unref();
          (p.stderr as unknown as { unref(): void } | null)?.unref();
          res();
        });
        p.on('exit', (code) => rej(new Error(`redis-server exited (${code}): ${out.slice(-500)}`)));
      });
    },
    async stop() {
      const p = child;
      if (!p || p.exitCode !== null) return;
      p.ref();
      const gone = new Promise((res) => p.once('exit', res));
      p.kill('SIGTERM');
      await gone;
      child = null;
    },
    async destroy() { kill(); live.delete(kill); await sleep(50); rmSync(dir, { recursive: true, force: true }); },
  };
  await server.start();
  return server;
}

/** Why the server-backed suites cannot run here, or null when they can (CI: never skipped, fails instead). */
export function servicesMissing(): string | null {
  if (process.env['DYAD_TEST_PG_URL'] && process.env['DYAD_TEST_REDIS_URL']) return null;
  const missing = [pgBinDir() ? null : 'postgresql', redisBin() ? null : 'redis-server'].filter((x) => x !== null);
  if (missing.length === 0) return null;
  const why = `skipped: ${missing.join(' and ')} not installed (apt-get install postgresql redis-server)`;
  if (process.env['DYAD_REQUIRE_SERVICES'] || process.env['CI']) throw new Error(`server-backed tests required but ${why}`);
  return why;
}

let sharedPg: Promise<string> | null = null;
let sharedRedis: Promise<string> | null = null;

/** The PostgreSQL server URL for this test process: CI's shared one, else a private one started once. */
export function testPostgres(): Promise<string> {
  sharedPg ??= process.env['DYAD_TEST_PG_URL'] ? Promise.resolve(process.env['DYAD_TEST_PG_URL']) : startPostgres().then((s) => s.url);
  return sharedPg;
}

/** The Redis URL for this test process: CI's shared one, else a private one started once. */
export function testRedis(): Promise<string> {
  sharedRedis ??= process.env['DYAD_TEST_REDIS_URL'] ? Promise.resolve(process.env['DYAD_TEST_REDIS_URL']) : startRedis().then((s) => s.url);
  return sharedRedis;
}

let schemas = 0;

/** A URL for an empty, private schema on `server` (tests share a server, never a schema). */
export async function freshSchema(server: string): Promise<string> {
  const { default: pg } = await import('pg');
  const name = `t${process.pid}_${Date.now().toString(36)}_${schemas++}`;
  const c = new pg.Client({ connectionString: server });
  await c.connect();
  await c.query(`CREATE SCHEMA ${name}`);
  await c.end();
  const u = new URL(server);
  u.searchParams.set('options', `-c search_path=${name}`);
  return u.toString();
}
