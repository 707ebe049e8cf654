import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import pg from 'pg';
import { fictionalCoder } from '../../../testdata/helpers.js';
import { freshSchema, servicesMissing, testPostgres } from '../../../testdata/services.js';
import { storeContract } from '../../../testdata/store-contract.js';
import { codeText } from '../../ingest/code-record.js';
import { contentHash } from '../../ingest/content-hash.js';
import type { ArticleMeta, CodedArticle } from '../../model/stored.js';
import type { Coder } from '../../pipeline/coder.js';
import type { Store } from '../store.js';
import { openPgStore } from './pg-store.js';
import { PG_SCHEMA_VERSION } from './schema.js';

/** Code a fictional article (these tests exercise grouping over real coder output). */
function coded(coder: Coder, id: string, text: string, extra: Partial<ArticleMeta> = {}): CodedArticle {
  return codeText(coder, text, { id, title: null, url: null, source: null, publishedAt: '2024-05-07', origin: `test#${id}`, ...extra }, contentHash(text));
}

const skip = servicesMissing();
if (skip) process.stderr.write(`postgres store tests ${skip}\n`);
const server = skip ? '' : await testPostgres();
const opened: Store[] = [];
after(async () => { for (const s of opened) await s.close().catch(() => undefined); });

describe('postgres backend', { skip: skip ?? false }, () => {
  storeContract('postgres', async () => openPgStore(await freshSchema(server)));

  it('migrates once when many processes start at once, and refuses a newer schema', async () => {
    const url = await freshSchema(server);
    const stores = await Promise.all(Array.from({ length: 4 }, () => openPgStore(url)));
    for (const s of stores) await s.close();
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    assert.deepEqual((await c.query('SELECT version FROM dyad_schema ORDER BY version')).rows.map((r: { version: number }) => r.version),
      Array.from({ length: PG_SCHEMA_VERSION }, (_, i) => i + 1));
    await c.query('INSERT INTO dyad_schema(version) VALUES (999)');
    await c.end();
    await assert.rejects(openPgStore(url), /\[STORE001\].*schema version 999/);
  });

  it('groups one event the same whatever the order, with many concurrent writers', async () => {
    const texts = Array.from({ length: 24 }, (_, i) => [
      `Freedonia attacked Sylvania in Lyon on Monday. Report ${i}.`,
      `Freedonia attacked Sylvania on Monday, officials said in bulletin ${i}.`,
      `Osterlich condemned Freedonia on Monday. Note ${i}.`,
    ][i % 3] ?? '');
    const articles = texts.map((t, i) => coded(fictionalCoder(), `w${i}`, t, { source: `Outlet ${i % 5}` }));
    const snapshot = async (writers: number, order: number[]): Promise<string[]> => {
      const url = await freshSchema(server);
      const stores = await Promise.all(Array.from({ length: writers }, () => openPgStore(url)));
      opened.push(...stores);
      // Each writer takes every `writers`-th article; all write at once, one transaction per article.
      await Promise.all(stores.map(async (s, w) => {
        for (let k = w; k < order.length; k += writers) await s.putArticle(articles[order[k] ?? 0] as (typeof articles)[number]);
      }));
      const out: string[] = [];
      const s0 = stores[0] as Store;
      for await (const g of s0.groups()) out.push(`${g.id} ${g.mentions} ${g.sources} ${g.articles} ${g.place?.name ?? '-'}`);
      const ev: string[] = [];
      for await (const e of s0.events({})) ev.push(`${e.article.hash} ${e.group?.id} ${e.group?.mentions}`);
      assert.equal((await s0.stats()).articles, articles.length);
      return [...out.sort(), ...ev.sort()];
    };
    const forward = articles.map((_, i) => i);
    const one = await snapshot(1, forward);
    assert.ok(one.some((l) => / 16 /.test(l)), `the Monday attack gathers 16 mentions: ${one.slice(0, 3).join('; ')}`);
    assert.deepEqual(await snapshot(6, [...forward].reverse()), one);
    assert.deepEqual(await snapshot(8, forward.map((i) => (i * 7) % articles.length)), one);
  });

  it('stores an article once when several writers race to store it', async () => {
    const url = await freshSchema(server);
    const stores = await Promise.all(Array.from({ length: 5 }, () => openPgStore(url)));
    opened.push(...stores);
    const a = coded(fictionalCoder(), 'race', 'Freedonia attacked Sylvania. Osterlich condemned Freedonia.');
    const b = coded(fictionalCoder(), 'race2', 'Sylvania said it wants to meet with Osterlich.');
    const rs = await Promise.all(stores.map((s, i) => s.putArticles(i % 2 ? [a, b] : [b, a])));
    assert.equal(rs.flat().filter((r) => r.inserted).length, 2);
    assert.equal((await stores[0]?.stats())?.articles, 2);
  });
});
