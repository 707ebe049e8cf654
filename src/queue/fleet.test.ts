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

/**
 * Articles the fleet may code differently from one process. The segmenter reads each text as a fresh
 * wink-nlp would (startup-c), so a coding no longer depends on the articles a process read before: none.
 */
const ORDER_DEPENDENT_MAX = 0;

/** Each article's events by content hash, as comparable lines (store-local ids and cross-article counts left out). */
async function byArticle(s: Store): Promise<Map<string, string>> {
  const lines = new Map<string, string[]>();
  for await (const e of s.events({ negated: true })) {
    // Ids and the time an article was added are the store's own; everything the coder produced must match.
    const { id: _id, group, article: { addedAt: _added, ...article }, ...rest } = e as StoredEvent;
    const l = lines.get(e.article.hash) ?? [];
    l.push(`${JSON.stringify({ ...rest, article })} group ${group?.id ?? '-'}`);
    lines.set(e.article.hash, l);
  }
  return new Map([...lines].map(([h, l]) => [h, l.sort().join('\n')]));
}

/** Cross-article events by id, without the time they were first added. */
async function groupsById(s: Store): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for await (const g of s.groups()) {
    const { firstAdded: _t, ...rest } = g as EventGroup;
    out.set(g.id, JSON.stringify(rest));
  }
  return out;
}

describe('worker fleet', { skip: skip ?? false }, () => {
  it(`3 workers over ${N} corpus articles, one SIGKILLed mid-job: each article stored once, events equal a single-process SQLite run`, async (t) => {
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
      await waitFor('the victim to be mid-job a third of the way in', async () =>
        (await queueCounts(q)).completed >= N / 3 && (await q.getActive()).some((j) => j.processedBy?.endsWith(tag)), 400_000);
      victim.child.kill('SIGKILL');
      await victim.exited;
      // Read after the kill: these jobs were taken by the victim and can no longer be finished by it.
      const orphaned = (await q.getActive()).filter((j) => j.processedBy?.endsWith(tag)).map((j) => j.id ?? '');
      assert.ok(orphaned.length > 0, 'the victim died holding a job');
      await waitFor('every job completed', async () => { const c = await queueCounts(q); return c.completed === N && c.active === 0; }, 400_000);
      assert.equal((await queueCounts(q)).failed, 0);
      for (const id of orphaned) {
        const job = await q.getJob(id);
        assert.ok(job?.finishedOn, `job ${id} held by the killed worker was finished`);
        assert.equal(job?.processedBy?.endsWith(tag), false, `job ${id} was taken over by another worker`);
      }
      for (const w of [workers[0], workers[2]]) w?.child.kill('SIGTERM');
      await reference;
      const pg = await openPgStore(db);
      const ref = openSqliteStore(sqlite, { readonly: true });
      const [a, b] = [await pg.stats(), await ref.stats()];
      assert.equal(a.articles, N, 'every article stored exactly once');
      assert.deepEqual([a.articles, a.sentences], [b.articles, b.sentences]);
      const [x, y] = [await byArticle(pg), await byArticle(ref)];
      const differing = [...new Set([...x.keys(), ...y.keys()])].filter((h) => x.get(h) !== y.get(h));
      if (differing.length) t.diagnostic(`${differing.length} of ${N} articles coded differently by the fleet (coder order dependence): ${differing.slice(0, 5).join(' ')}`);
      assert.ok(differing.length <= ORDER_DEPENDENT_MAX, `${differing.length} articles differ from the single-process run`);
      // Cross-article events equal wherever no differing article has a mention.
      const touched = new Set<string>();
      for (const h of differing) for (const m of [x.get(h), y.get(h)]) for (const g of (m ?? '').matchAll(/group ([0-9a-f]{16})/g)) touched.add(g[1] ?? '');
      const [gx, gy] = [await groupsById(pg), await groupsById(ref)];
      const ids = [...new Set([...gx.keys(), ...gy.keys()])].filter((id) => !touched.has(id));
      assert.ok(ids.length > N, 'most cross-article events are compared');
      assert.deepEqual(ids.filter((id) => gx.get(id) !== gy.get(id)).slice(0, 3), [], 'cross-article events equal the single-process run');
      await pg.close();
      await ref.close();
    } finally {
      for (const w of workers) w.child.kill('SIGKILL');
      await q.close();
    }
  });
});
