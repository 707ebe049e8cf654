import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { EventGroup, StoredEvent } from '../model/stored.js';
import { corpusPath, corpusSlice, dyad, dyadOk, waitFor, type Proc } from '../../testdata/fleet.js';
import { freshSchema, servicesMissing, testPostgres, testRedis } from '../../testdata/services.js';
import { openPgStore } from '../store/postgres/pg-store.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import { queueCounts } from './admin.js';
import { openQueue } from './connection.js';

const skip = servicesMissing() ?? (corpusPath() ? null : 'skipped: ../shared/corpus/news-geo.jsonl.gz not found');
if (skip) process.stderr.write(`worker fleet test ${skip}\n`);
const dir = mkdtempSync(join(tmpdir(), 'dyad-fleet-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const N = 2000;

/** Every event mention and cross-article event of a store, as comparable lines (store-local ids and times left out). */
async function snapshot(s: Store): Promise<{ events: string[]; groups: string[] }> {
  const events: string[] = [];
  for await (const e of s.events({ negated: true })) {
    const { id: _id, ...rest } = e as StoredEvent;
    events.push(JSON.stringify(rest));
  }
  const groups: string[] = [];
  for await (const g of s.groups()) {
    const { firstAdded: _t, ...rest } = g as EventGroup;
    groups.push(JSON.stringify(rest));
  }
  return { events: events.sort(), groups: groups.sort() };
}

describe('worker fleet', { skip: skip ?? false }, () => {
  it(`3 workers over ${N} corpus articles, one SIGKILLed mid-job: each article stored once, events equal a single-process SQLite run`, async () => {
    const [server, redis] = await Promise.all([testPostgres(), testRedis()]);
    const file = join(dir, 'corpus.jsonl');
    assert.equal(await corpusSlice(file, N), N);
    const db = await freshSchema(server);
    const name = `fleet-${process.pid}`;
    const sqlite = join(dir, 'ref.db');
    // The reference run goes on beside the fleet: one process, the SQLite store.
    const reference = dyadOk(['ingest', file, '--db', sqlite, '--jobs', '1', '--quiet']);
    await dyadOk(['ingest', file, '--queue', redis, '--queue-name', name, '--quiet']);
    const workers: Proc[] = [0, 1, 2].map(() => dyad(['worker', '--queue', redis, '--queue-name', name, '--db', db, '--lock-seconds', '2', '--quiet']));
    const q = openQueue({ url: redis, name });
    try {
      const victim = workers[1] as Proc;
      const tag = `:${victim.child.pid}`;
      let killedJob: string | undefined;
      await waitFor('the victim to be mid-job a third of the way in', async () => {
        if ((await queueCounts(q)).completed < N / 3) return false;
        killedJob = (await q.getActive()).find((j) => j.processedBy?.endsWith(tag))?.id;
        return killedJob !== undefined;
      }, 400_000);
      victim.child.kill('SIGKILL');
      await waitFor('every job completed', async () => { const c = await queueCounts(q); return c.completed === N && c.active === 0; }, 400_000);
      assert.equal((await queueCounts(q)).failed, 0);
      const retried = await q.getJob(killedJob ?? '');
      assert.ok(retried?.finishedOn, 'the killed job was finished by another worker');
      assert.notEqual(retried?.processedBy?.endsWith(tag), true);
      for (const w of [workers[0], workers[2]]) w?.child.kill('SIGTERM');
      await reference;
      const pg = await openPgStore(db);
      const ref = openSqliteStore(sqlite, { readonly: true });
      const [a, b] = [await pg.stats(), await ref.stats()];
      assert.equal(a.articles, N, 'every article stored exactly once');
      assert.deepEqual(a, b);
      const [x, y] = [await snapshot(pg), await snapshot(ref)];
      assert.equal(x.events.length, y.events.length);
      assert.deepEqual(x.events.filter((e, i) => e !== y.events[i]).slice(0, 3), [], 'events equal the single-process run');
      assert.deepEqual(x.groups.filter((g, i) => g !== y.groups[i]).slice(0, 3), [], 'cross-article events equal the single-process run');
      await pg.close();
      await ref.close();
    } finally {
      for (const w of workers) w.child.kill('SIGKILL');
      await q.close();
    }
  });
});
