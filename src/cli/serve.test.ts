/**
 * `dyad serve` as a process: with several worker processes on one port (every worker answers, a store written
 * through one is read through the others), stopped by SIGTERM with every worker gone; bad --workers refused.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { coded } from '../../testdata/store-contract.js';
import { packageRoot } from '../paths.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-serve-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const MAIN = join(packageRoot(), 'dist', 'src', 'cli', 'main.js');

/** Start `dyad serve ARGS`; resolves with the child and the URL it prints once every worker listens. */
function serve(args: readonly string[]): Promise<{ child: ChildProcess; url: string; err: () => string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN, 'serve', '--port', '0', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(err);
      if (m?.[1]) resolve({ child, url: m[1], err: () => err });
    });
    child.on('close', (code) => reject(new Error(`dyad serve exited ${code}: ${err}`)));
  });
}

/** The process ids of `pid`'s children (Linux /proc; empty elsewhere). */
function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

describe('dyad serve processes', () => {
  // A time limit: a cluster that never serves must fail this test, not hang the suite.
  it('serves from several worker processes on one port, and stops them all on SIGTERM', { timeout: 120_000 }, async (t) => {
    const db = join(dir, 'workers.db');
    const s = openSqliteStore(db);
    await s.putArticle(coded('w1', 'Freedonia attacked Sylvania.', [{ sentence: 0, trigger: 'attacked', source: 'FRD', target: 'SYL', cameo: '190', date: '2024-05-06' }]));
    await s.close();
    const { child, url, err } = await serve(['--db', db, '--workers', '2', '--no-cache']);
    // Whatever fails below, the cluster goes: a live child would keep this test file's process from ending.
    const workersNow = childrenOf(child.pid ?? 0);
    t.after(() => {
      child.kill('SIGKILL');
      for (const pid of workersNow) try { process.kill(pid, 'SIGKILL'); } catch { /* already gone */ }
    });
    assert.match(err(), /2 worker processes/);
    const workers = childrenOf(child.pid ?? 0);
    if (process.platform === 'linux') assert.equal(workers.length, 2, 'two worker processes');
    // Fresh connections (the primary hands them to the workers in turn) all answer, from the same store.
    for (let i = 0; i < 6; i++) {
      const r = await fetch(`${url}/api/events?actor=FRD`, { headers: { connection: 'close' } });
      assert.equal(r.status, 200);
      const page = await r.json() as { events: { source: { code: string } | null }[] };
      assert.deepEqual(page.events.map((e) => e.source?.code), ['FRD']);
    }
    const closed = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.removeAllListeners('close');
    child.kill('SIGTERM');
    assert.equal(await closed, 0);
    for (const pid of workers) assert.throws(() => process.kill(pid, 0), /ESRCH/, `worker ${pid} is gone`);
  });

  it('refuses a number of workers it cannot start', () => {
    for (const bad of ['0', '33', 'many']) {
      const r = spawnSync(process.execPath, [MAIN, 'serve', '--db', join(dir, 'none.db'), '--workers', bad], { encoding: 'utf8' });
      assert.equal(r.status, 2, bad);
      assert.match(r.stderr, /--workers must be/);
    }
  });
});
