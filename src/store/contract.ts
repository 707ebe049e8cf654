/** The contract every Store backend must pass: one suite, run against each backend's own test file. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleMeta, CodedArticle, StoredEvent } from '../model/stored.js';
import type { Coder } from '../pipeline/coder.js';
import { codeText, contentHash } from '../ingest/coded.js';
import type { EventQuery, Store } from './store.js';

function meta(id: string, extra: Partial<ArticleMeta> = {}): ArticleMeta {
  return { id, title: null, url: null, source: null, publishedAt: '2024-05-07', origin: `test#${id}`, ...extra };
}

/** Code a fictional article for the store tests. */
export function coded(coder: Coder, id: string, text: string, extra: Partial<ArticleMeta> = {}): CodedArticle {
  return codeText(coder, text, meta(id, extra), contentHash(text));
}

async function all(store: Store, q: EventQuery): Promise<StoredEvent[]> {
  const out: StoredEvent[] = [];
  for await (const e of store.events(q)) out.push(e);
  return out;
}

const dyad = (e: StoredEvent): string => `${e.source?.code ?? '-'}>${e.cameo}>${e.target?.code ?? '-'}`;

/** Run the store contract against a backend: `open` gives a fresh, empty store each time. */
export function storeContract(backend: string, open: () => Promise<Store>, coder: () => Coder): void {
  describe(`store contract: ${backend}`, () => {
    it('stores an article whole and ignores the same content again', async () => {
      const s = await open();
      const a = coded(coder(), 'a1', 'Freedonia attacked Sylvania. Osterlich condemned Freedonia.');
      assert.equal(await s.hasArticle(a.hash), false);
      assert.deepEqual(await s.putArticle(a), { inserted: true, events: a.events.length });
      const before = await s.stats();
      assert.deepEqual(await s.putArticle({ ...a, meta: { ...a.meta, id: 'other-id' } }), { inserted: false, reason: 'duplicate' });
      assert.deepEqual(await s.stats(), before);
      assert.equal(before.articles, 1);
      assert.equal(before.sentences, 2);
      assert.ok(before.events >= 2 && before.mentions >= 4);
      assert.equal(await s.hasArticle(a.hash), true);
      await s.close();
    });

    it('commits a batch of articles together, each whole, duplicates refused inside the batch too', async () => {
      const s = await open();
      const a = coded(coder(), 'm1', 'Freedonia attacked Sylvania.');
      const b = coded(coder(), 'm2', 'Osterlich condemned Freedonia.');
      const rs = await s.putArticles([a, b, { ...a, meta: { ...a.meta, id: 'again' } }]);
      assert.deepEqual(rs, [{ inserted: true, events: a.events.length }, { inserted: true, events: b.events.length }, { inserted: false, reason: 'duplicate' }]);
      assert.deepEqual(await s.putArticles([b]), [{ inserted: false, reason: 'duplicate' }]);
      assert.equal((await s.stats()).articles, 2);
      await s.close();
    });

    it('reads events back with their sentence, provenance and article', async () => {
      const s = await open();
      const a = coded(coder(), 'a1', 'Freedonia attacked Sylvania.', { url: 'https://news.example/a1', title: 'Clash' });
      await s.putArticle(a);
      const [e, ...rest] = await all(s, {});
      assert.equal(rest.length, 0);
      assert.ok(e);
      assert.equal(dyad(e), 'FRD>190>SYL');
      assert.equal(e.sentenceText, 'Freedonia attacked Sylvania.');
      assert.deepEqual(e.span, a.events[0]?.span);
      assert.deepEqual(e.rule, a.events[0]?.rule);
      assert.equal(e.article.url, 'https://news.example/a1');
      assert.equal(e.coderVersion, coder().version);
      assert.deepEqual(e.group && { mentions: e.group.mentions, articles: e.group.articles }, { mentions: 1, articles: 1 });
      await s.close();
    });

    const rows: { q: EventQuery; want: string[] }[] = [
      { q: {}, want: ['FRD>190>SYL', 'OST>111>FRD', 'SYL>036>OST'] },
      { q: { actor: 'OST' }, want: ['OST>111>FRD', 'SYL>036>OST'] },
      { q: { source: 'SYL' }, want: ['SYL>036>OST'] },
      { q: { target: 'FRD' }, want: ['OST>111>FRD'] },
      { q: { code: '19' }, want: ['FRD>190>SYL'] },
      { q: { quad: 4 }, want: ['FRD>190>SYL'] },
      { q: { since: '2024-05-06' }, want: ['SYL>036>OST'] },
      { q: { until: '2024-05-05' }, want: ['FRD>190>SYL', 'OST>111>FRD'] },
      { q: { text: 'condemned' }, want: ['OST>111>FRD'] },
      { q: { text: 'meet OR attacked' }, want: ['FRD>190>SYL', 'SYL>036>OST'] },
      { q: { negated: true, code: '19' }, want: ['FRD>190>SYL', 'OST>190>SYL'] },
      { q: { limit: 1 }, want: ['SYL>036>OST'] },
    ];
    for (const { q, want } of rows) {
      it(`query ${JSON.stringify(q)}`, async () => {
        const s = await open();
        await s.putArticle(coded(coder(), 'b1', 'Freedonia attacked Sylvania. Osterlich condemned Freedonia. Osterlich did not attack Sylvania.', { publishedAt: '2024-05-01' }));
        await s.putArticle(coded(coder(), 'b2', 'Sylvania said it wants to meet with Osterlich.', { publishedAt: '2024-05-07' }));
        const got = (await all(s, q)).map(dyad);
        assert.deepEqual(q.limit ? got : [...got].sort(), want);
        await s.close();
      });
    }

    it('links mentions of one event across articles and keeps each mention', async () => {
      const s = await open();
      await s.putArticle(coded(coder(), 'c1', 'Freedonia attacked Sylvania on Monday.', { source: 'Daily A', publishedAt: '2024-05-07', url: 'https://a.example/1' }));
      await s.putArticle(coded(coder(), 'c2', 'On Monday Freedonia attacked Sylvania, officials said.', { source: 'Daily B', publishedAt: '2024-05-08' }));
      await s.putArticle(coded(coder(), 'c3', 'Freedonia attacked Sylvania again on Monday, said Daily A.', { source: 'Daily A', publishedAt: '2024-05-08' }));
      await s.putArticle(coded(coder(), 'c4', 'Freedonia attacked Sylvania on Tuesday.', { source: 'Daily A', publishedAt: '2024-05-08' }));
      const events = (await all(s, { code: '190' })).filter((e) => e.date?.value === '2024-05-06');
      assert.equal(events.length, 3);
      assert.equal(new Set(events.map((e) => e.group?.id)).size, 1);
      assert.deepEqual(events[0]?.group && { m: events[0].group.mentions, s: events[0].group.sources, a: events[0].group.articles }, { m: 3, s: 2, a: 3 });
      assert.equal(new Set(events.map((e) => e.sentenceText)).size, 3);
      const groups = [];
      for await (const g of s.groups()) groups.push(g);
      assert.equal(groups.length, 2);
      const monday = groups.find((g) => g.date === '2024-05-06');
      assert.equal(monday?.firstUrl, 'https://a.example/1');
      assert.equal(monday?.inLead, true);
      await s.close();
    });

    it('groups by place when known, and a place-less mention joins the placed one', async () => {
      const s = await open();
      await s.putArticle(coded(coder(), 'p1', 'Freedonia attacked Sylvania in Lyon on Monday.'));
      await s.putArticle(coded(coder(), 'p2', 'Freedonia attacked Sylvania on Monday.'));
      await s.putArticle(coded(coder(), 'p3', 'Freedonia attacked Sylvania in Marseille on Monday.'));
      await s.putArticle(coded(coder(), 'p4', 'On Monday Freedonia attacked Sylvania in Lyon.'));
      const groups = [];
      for await (const g of s.groups()) groups.push(g);
      assert.deepEqual(groups.map((g) => `${g.place?.name}:${g.mentions}`).sort(), ['Lyon:3', 'Marseille:1']);
      await s.close();
    });

    it('is order-independent: the same articles in another order give the same groups', async () => {
      const texts = ['Freedonia attacked Sylvania in Lyon on Monday.', 'Freedonia attacked Sylvania on Monday.', 'Freedonia attacked Sylvania in Marseille on Monday.', 'Osterlich condemned Freedonia.'];
      const snapshot = async (order: number[]): Promise<string[]> => {
        const s = await open();
        for (const i of order) await s.putArticle(coded(coder(), `o${i}`, texts[i] ?? ''));
        const out: string[] = [];
        for await (const g of s.groups()) out.push(`${g.id} ${g.mentions} ${g.articles} ${g.place?.name ?? '-'}`);
        await s.close();
        return out.sort();
      };
      assert.deepEqual(await snapshot([0, 1, 2, 3]), await snapshot([3, 2, 1, 0]));
    });

    it('replaces a stale coding in place and regroups', async () => {
      const s = await open();
      const a = coded(coder(), 'r1', 'Freedonia attacked Sylvania.');
      await s.putArticle({ ...a, coderVersion: 'old' });
      await s.putArticle(coded(coder(), 'r2', 'Osterlich condemned Freedonia.'));
      const stale = [];
      for await (const x of s.staleArticles(coder().version)) stale.push(x);
      assert.deepEqual(stale.map((x) => x.meta.id), ['r1']);
      assert.equal(stale[0]?.text, a.text);
      await s.replaceCoding(coded(coder(), 'r1', 'Freedonia attacked Sylvania.'));
      const after = [];
      for await (const x of s.staleArticles(coder().version)) after.push(x);
      assert.equal(after.length, 0);
      const st = await s.stats();
      assert.equal(st.articles, 2);
      assert.equal(st.events, 2);
      assert.equal(st.groups, 2);
      assert.deepEqual((await all(s, { text: 'attacked' })).map(dyad), ['FRD>190>SYL']);
      await s.close();
    });
  });
}
