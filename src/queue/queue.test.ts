import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { packageRoot } from '../paths.js';
import { dyad, dyadOk, waitFor } from '../../testdata/fleet.js';
import { freshSchema, servicesMissing, testPostgres, testRedis } from '../../testdata/services.js';
import { openPgStore } from '../store/postgres/pg-store.js';
import { queueCounts } from './admin.js';
import { openQueue } from './connection.js';
import { startWorker } from './worker.js';

const skip = servicesMissing();
if (skip) process.stderr.write(`queue tests ${skip}\n`);
const [pgServer, redis] = skip ? ['', ''] : await Promise.all([testPostgres(), testRedis()]);
const dir = mkdtempSync(join(tmpdir(), 'dyad-queue-'));
const fictional = join(packageRoot(), 'testdata', 'fixtures', 'dictionaries');
let names = 0;
const queueName = (): string => `t${process.pid}-${names++}`;
after(() => rmSync(dir, { recursive: true, force: true }));

/** A JSON Lines file of fictional articles (one a line). */
function articles(file: string, texts: readonly (string | Record<string, unknown>)[]): string {
  const path = join(dir, file);
  writeFileSync(path, texts.map((t, i) => JSON.stringify(typeof t === 'string' ? { id: `${file}-${i}`, date: '2024-05-07', text: t } : t)).join('\n') + '\n');
  return path;
}

const good = (n: number, tag: string): string[] => Array.from({ length: n }, (_, i) => `Freedonia attacked Sylvania on Monday. Osterlich condemned Freedonia in note ${tag}-${i}.`);

describe('queue', { skip: skip ?? false }, () => {
  it('enqueues each article once (job ids from the content hash) and reports counts as JSON', async () => {
    const name = queueName();
    const file = articles('ids.jsonl', [...good(3, 'ids'), { id: 'again', text: good(1, 'ids')[0] }, { id: 'bad', title: 'no text here' }]);
    const first = dyad(['ingest', file, '--queue', redis, '--queue-name', name, '--json']);
    assert.equal(await first.exited, 3, 'a record without text is reported and skipped');
    assert.ok(first.lines.some((l) => /\[ING003\].*no text/.test(l)), first.lines.join('\n'));
    await dyadOk(['ingest', file, '--queue', redis, '--queue-name', name, '--quiet']).catch(() => undefined);
    const status = JSON.parse(await dyadOk(['queue', 'status', '--queue', redis, '--queue-name', name, '--json'])) as Record<string, number>;
    assert.deepEqual(status, { waiting: 3, active: 0, completed: 0, failed: 0, delayed: 0 });
  });

  it('sends a poison record to the failed set after --attempts tries, the rest stored; retry-failed and drain', async () => {
    const name = queueName();
    const db = await freshSchema(pgServer);
    const file = articles('poison.jsonl', [...good(2, 'p'), { id: 'poison', html: '<html><body><script>x()</script></body></html>' }, ...good(3, 'q')]);
    await dyadOk(['ingest', file, '--queue', redis, '--queue-name', name, '--attempts', '2', '--backoff-ms', '50', '--quiet']);
    const logs: string[] = [];
    const w = await startWorker({ queue: { url: redis, name }, openStore: () => openPgStore(db), storeName: 'test', concurrency: 1, lockMs: 5000, coder: { dictionaryDir: fictional }, log: (l) => logs.push(l) });
    const q = openQueue({ url: redis, name });
    try {
      await waitFor('5 completed and 1 failed', async () => { const c = await queueCounts(q); return c.completed === 5 && c.failed === 1; }, 60_000);
      const [failed] = await q.getFailed();
      assert.equal(failed?.attemptsMade, 2);
      assert.match(failed?.failedReason ?? '', /\[ING010\].*no article text/);
      assert.equal(logs.filter((l) => /job a[0-9a-f]+ failed \(attempt \d of 2/.test(l)).length, 2, logs.join('\n'));
      const store = await openPgStore(db);
      assert.equal((await store.stats()).articles, 5);
      await store.close();
      await w.close();
      await dyadOk(['queue', 'retry-failed', '--queue', redis, '--queue-name', name]);
      assert.deepEqual(await queueCounts(q), { waiting: 1, active: 0, completed: 5, failed: 0, delayed: 0 });
      await dyadOk(['queue', 'drain', '--queue', redis, '--queue-name', name]);
      assert.equal((await queueCounts(q)).waiting, 0);
    } finally {
      await q.close();
    }
  });

  it('finishes the active job on SIGTERM, takes no new one, and exits 0', async () => {
    const name = queueName();
    const db = await freshSchema(pgServer);
    const n = 400;
    await dyadOk(['ingest', articles('term.jsonl', good(n, 't')), '--queue', redis, '--queue-name', name, '--quiet']);
    const q = openQueue({ url: redis, name });
    const w = dyad(['worker', '--queue', redis, '--queue-name', name, '--db', db, '--dictionaries', fictional, '--quiet']);
    try {
      await waitFor('some jobs completed', async () => (await queueCounts(q)).completed >= 5, 60_000);
      w.child.kill('SIGTERM');
      assert.equal(await w.exited, 0, w.lines.join('\n'));
      assert.ok(w.lines.some((l) => /SIGTERM: finishing the active jobs/.test(l)), w.lines.join('\n'));
      const c = await queueCounts(q);
      assert.equal(c.active, 0, 'no job is left active (half done)');
      assert.ok(c.waiting > 0, 'jobs not started stay queued');
      assert.equal(c.waiting + c.completed, n);
      const store = await openPgStore(db);
      assert.equal((await store.stats()).articles, c.completed, 'every completed job is stored, nothing more');
      await store.close();
    } finally {
      await q.close();
    }
  });
});
