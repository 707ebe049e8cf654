import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { corpusPath, corpusSlice, dyad, dyadOk, waitFor, type Proc } from '../../testdata/fleet.js';
import { freshSchema, servicesMissing, startPostgres, startRedis, type TestServer } from '../../testdata/services.js';
import { queueCounts } from './admin.js';
import { openQueue } from './connection.js';

// Outages need servers of their own (restarting a shared one would disturb other test files).
const skip = servicesMissing() ?? (corpusPath() ? null : 'skipped: ../shared/corpus/news-geo.jsonl.gz not found');
if (skip) process.stderr.write(`queue fault tests ${skip}\n`);
const servers: TestServer[] = skip ? [] : await Promise.all([startPostgres(), startRedis()]);
const [pgServer, redis] = servers as [TestServer, TestServer];
const dir = mkdtempSync(join(tmpdir(), 'dyad-faults-'));
after(async () => {
  for (const s of servers) await s.destroy();
  rmSync(dir, { recursive: true, force: true });
});

const N = 240;

/** Run 2 workers over N corpus articles with an outage in the middle; returns each worker's log. */
async function runWithOutage(tag: string, outage: () => Promise<void>): Promise<string[][]> {
  const file = join(dir, `${tag}.jsonl`);
  await corpusSlice(file, N);
  const db = await freshSchema(pgServer.url);
  const name = `${tag}-${process.pid}`;
  await dyadOk(['ingest', file, '--queue', redis.url, '--queue-name', name, '--quiet']);
  const workers: Proc[] = [0, 1].map(() => dyad(['worker', '--queue', redis.url, '--queue-name', name, '--db', db, '--lock-seconds', '2', '--quiet']));
  const q = openQueue({ url: redis.url, name });
  const c = new pg.Client({ connectionString: db });
  try {
    await waitFor('a first share of the jobs', async () => (await queueCounts(q)).completed >= N / 5, 180_000);
    await outage();
    await waitFor('every job settled', async () => { const k = await queueCounts(q); return k.completed + k.failed === N && k.active === 0; }, 240_000);
    assert.equal((await queueCounts(q)).failed, 0);
    await c.connect();
    const n = async (sql: string): Promise<number> => Number((await c.query<{ n: string }>(sql)).rows[0]?.n);
    assert.equal(await n('SELECT count(DISTINCT hash) AS n FROM articles'), N, 'nothing lost');
    assert.equal(await n('SELECT count(*) AS n FROM articles'), N, 'no article twice');
    assert.equal(await n('SELECT count(*) AS n FROM (SELECT article_id, seq FROM events GROUP BY 1, 2 HAVING count(*) > 1) d'), 0, 'no event twice');
    assert.equal(await n('SELECT count(*) AS n FROM (SELECT article_id, idx FROM sentences GROUP BY 1, 2 HAVING count(*) > 1) d'), 0, 'no sentence twice');
    for (const w of workers) w.child.kill('SIGTERM');
    for (const w of workers) assert.equal(await w.exited, 0, w.lines.join('\n'));
    return workers.map((w) => w.lines);
  } finally {
    for (const w of workers) w.child.kill('SIGKILL');
    await c.end().catch(() => undefined);
    await q.close();
  }
}

const count = (lines: readonly string[], re: RegExp): number => lines.filter((l) => re.test(l)).length;

describe('queue faults', { skip: skip ?? false }, () => {
  it('a Redis restart mid-run pauses the workers with one line each way; nothing lost, nothing doubled', async () => {
    const logs = await runWithOutage('redis', async () => { await redis.stop(); await sleep(2000); await redis.start(); });
    for (const lines of logs) {
      assert.equal(count(lines, /redis unreachable at .*: paused/), 1, lines.join('\n'));
      assert.equal(count(lines, /redis is back at .*: resuming/), 1, lines.join('\n'));
    }
  });

  it('a PostgreSQL restart mid-run pauses the workers with one line each way; nothing lost, nothing doubled', async () => {
    const logs = await runWithOutage('pg', async () => { await pgServer.stop(); await sleep(2000); await pgServer.start(); });
    assert.ok(logs.some((l) => count(l, /postgres unreachable at .*: paused/) === 1), logs.flat().join('\n'));
    for (const lines of logs) {
      assert.ok(count(lines, /postgres unreachable/) <= 1, lines.join('\n'));
      assert.equal(count(lines, /postgres unreachable/), count(lines, /postgres is back at .*: resuming/), lines.join('\n'));
    }
  });
});
