/**
 * The contract every Store backend must pass: one suite, run from each backend's own test file. It lives in
 * testdata/ (test-only code, never a runtime module of src/) and stores hand-written CodedArticle fixtures,
 * so a store test depends on neither the coder nor its dictionaries.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import type { ArticleMeta, CodedArticle, StoredEvent } from '../src/model/stored.js';
import type { EventJson } from '../src/model/event-json.js';
import type { EventQuery, Store } from '../src/store/store.js';

const VERSION = 'contract-1';
const ACTORS: Readonly<Record<string, string>> = { FRD: 'Freedonia', SYL: 'Sylvania', OST: 'Osterlich' };
/** CAMEO facts of the codes the fixtures use: quad class and Goldstein score. */
const CODES: Readonly<Record<string, { quad: 1 | 2 | 3 | 4; goldstein: number }>> = {
  '190': { quad: 4, goldstein: -10 }, '111': { quad: 3, goldstein: -2 }, '036': { quad: 1, goldstein: 4 },
};
const PLACES = {
  Lyon: { name: 'Lyon', country: 'FRA', lat: 45.748, lon: 4.847, geonameId: 2996944 },
  Marseille: { name: 'Marseille', country: 'FRA', lat: 43.297, lon: 5.381, geonameId: 2995469 },
} as const;

/** One hand-written event: `sentence` and `trigger` locate it; sides are fixture actor codes. */
interface Ev {
  readonly sentence: number;
  readonly trigger: string;
  readonly source: string;
  readonly target: string;
  readonly cameo: string;
  readonly date: string;
  readonly negated?: boolean;
  /** Why the event is background (ADR 0010); absent for news. */
  readonly background?: NonNullable<EventJson['background']>;
  readonly place?: keyof typeof PLACES;
}

function sentencesOf(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /[^.]+\./g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    out.push([m.index + lead, m.index + m[0].length]);
  }
  return out;
}

function spanOf(text: string, range: readonly [number, number], word: string): [number, number] {
  const at = text.indexOf(word, range[0]);
  if (at < 0 || at >= range[1]) throw new Error(`fixture: "${word}" not in sentence`);
  return [at, at + word.length];
}

function event(text: string, sentences: readonly (readonly [number, number])[], e: Ev, n: number): EventJson {
  const range = sentences[e.sentence] ?? [0, text.length];
  const side = (code: string): NonNullable<EventJson['source']> => {
    const name = ACTORS[code] ?? code;
    return { text: name, code, country: code, sector: null, span: spanOf(text, range, name) };
  };
  const facts = CODES[e.cameo] ?? { quad: 1, goldstein: 0 };
  return {
    sentence: e.sentence, span: spanOf(text, range, e.trigger), source: side(e.source), target: side(e.target),
    cameo: e.cameo, goldstein: facts.goldstein, quad: facts.quad, plover: { type: null, mode: null }, acled: null,
    negated: e.negated ?? false, modality: 'asserted', ...(e.background ? { background: e.background } : {}), attribution: null, hedged: false,
    date: { value: e.date, precision: 'day', basis: 'publication' },
    place: e.place ? PLACES[e.place] : null,
    rule: { file: 'testdata/store-contract.ts', line: n + 1, id: `fixture.${e.cameo}` },
  };
}

/** A hand-written coded article: its events are given, not found by the coder. */
export function coded(id: string, text: string, events: readonly Ev[], extra: Partial<ArticleMeta> = {}): CodedArticle {
  const sentences = sentencesOf(text);
  const evs = events.map((e, i) => event(text, sentences, e, i));
  const mentions = evs.flatMap((e) => [e.source, e.target]).flatMap((a) => (a ? [{
    sentence: evs.find((x) => x.source === a || x.target === a)?.sentence ?? 0, start: a.span[0], end: a.span[1], text: a.text, code: a.code,
    country: a.country, sector: null, name: null, rule: { file: 'testdata/store-contract.ts', line: 1, id: `fixture.${a.code}` },
  }] : []));
  return {
    hash: createHash('sha256').update(text).digest('hex'),
    meta: { id, title: null, url: null, source: null, publishedAt: '2024-05-07', origin: `test#${id}`, ...extra },
    text, coderVersion: VERSION, sentences, mentions, events: evs,
  };
}

async function all(store: Store, q: EventQuery): Promise<StoredEvent[]> {
  const out: StoredEvent[] = [];
  for await (const e of store.events(q)) out.push(e);
  return out;
}

const dyad = (e: StoredEvent): string => `${e.source?.code ?? '-'}>${e.cameo}>${e.target?.code ?? '-'}`;
const attack = (date: string, extra: Partial<Ev> = {}): Ev => ({ sentence: 0, trigger: 'attacked', source: 'FRD', target: 'SYL', cameo: '190', date, ...extra });
const condemn = (date: string, sentence = 0): Ev => ({ sentence, trigger: 'condemned', source: 'OST', target: 'FRD', cameo: '111', date });

/** Run the store contract against a backend: `open` gives a fresh, empty store each time. */
export function storeContract(backend: string, open: () => Promise<Store>): void {
  describe(`store contract: ${backend}`, () => {
    it('stores an article whole and ignores the same content again', async () => {
      const s = await open();
      const a = coded('a1', 'Freedonia attacked Sylvania. Osterlich condemned Freedonia.', [attack('2024-05-07'), condemn('2024-05-07', 1)]);
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
      const a = coded('m1', 'Freedonia attacked Sylvania.', [attack('2024-05-07')]);
      const b = coded('m2', 'Osterlich condemned Freedonia.', [condemn('2024-05-07')]);
      const rs = await s.putArticles([a, b, { ...a, meta: { ...a.meta, id: 'again' } }]);
      assert.deepEqual(rs, [{ inserted: true, events: a.events.length }, { inserted: true, events: b.events.length }, { inserted: false, reason: 'duplicate' }]);
      assert.deepEqual(await s.putArticles([b]), [{ inserted: false, reason: 'duplicate' }]);
      assert.equal((await s.stats()).articles, 2);
      await s.close();
    });

    it('reads events back with their sentence, provenance and article', async () => {
      const s = await open();
      const a = coded('a1', 'Freedonia attacked Sylvania.', [attack('2024-05-07')], { url: 'https://news.example/a1', title: 'Clash' });
      await s.putArticle(a);
      const [e, ...rest] = await all(s, {});
      assert.equal(rest.length, 0);
      assert.ok(e);
      assert.equal(dyad(e), 'FRD>190>SYL');
      assert.equal(e.sentenceText, 'Freedonia attacked Sylvania.');
      assert.deepEqual(e.span, a.events[0]?.span);
      assert.deepEqual(e.rule, a.events[0]?.rule);
      assert.equal(e.article.url, 'https://news.example/a1');
      assert.equal(e.coderVersion, VERSION);
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
        await s.putArticle(coded('b1', 'Freedonia attacked Sylvania. Osterlich condemned Freedonia. Osterlich did not attack Sylvania.', [
          attack('2024-05-01'), condemn('2024-05-01', 1), attack('2024-05-01', { sentence: 2, trigger: 'attack', source: 'OST', negated: true }),
        ], { publishedAt: '2024-05-01' }));
        await s.putArticle(coded('b2', 'Sylvania said it wants to meet with Osterlich.', [
          { sentence: 0, trigger: 'meet', source: 'SYL', target: 'OST', cameo: '036', date: '2024-05-07' },
        ], { publishedAt: '2024-05-07' }));
        const got = (await all(s, q)).map(dyad);
        assert.deepEqual(q.limit ? got : [...got].sort(), want);
        await s.close();
      });
    }

    it('keeps background events flagged, out of default queries and out of cross-article events', async () => {
      const s = await open();
      await s.putArticle(coded('k1', 'Freedonia attacked Sylvania on Monday. Osterlich condemned Freedonia in 2019.', [
        attack('2024-05-06'), { ...condemn('2019', 1), background: 'earlier-year' },
      ]));
      await s.putArticle(coded('k2', 'Osterlich met Sylvania, which Freedonia attacked on Monday.', [
        { sentence: 0, trigger: 'met', source: 'OST', target: 'SYL', cameo: '036', date: '2024-05-07' }, attack('2024-05-06', { background: 'clause' }),
      ]));
      const flagged = (e: StoredEvent): string => `${dyad(e)}${e.background ? ` ^${e.background}` : ''}${e.group ? ` m${e.group.mentions}` : ''}`;
      assert.deepEqual((await all(s, {})).map(flagged).sort(), ['FRD>190>SYL m1', 'OST>036>SYL m1']);
      assert.deepEqual((await all(s, { background: true })).map(flagged).sort(), ['FRD>190>SYL ^clause', 'FRD>190>SYL m1', 'OST>036>SYL m1', 'OST>111>FRD ^earlier-year']);
      assert.deepEqual((await all(s, { background: true, code: '11' })).map(flagged), ['OST>111>FRD ^earlier-year']);
      assert.deepEqual((await all(s, { actor: 'OST', limit: 5 })).map(flagged), ['OST>036>SYL m1']);
      const groups = [];
      for await (const g of s.groups()) groups.push(`${g.source?.code}>${g.cameo}>${g.target?.code} ${g.mentions}`);
      assert.deepEqual(groups.sort(), ['FRD>190>SYL 1', 'OST>036>SYL 1']);
      assert.equal((await s.stats()).events, 4);
      await s.close();
    });

    it('links mentions of one event across articles and keeps each mention', async () => {
      const s = await open();
      await s.putArticle(coded('c1', 'Freedonia attacked Sylvania on Monday.', [attack('2024-05-06')], { source: 'Daily A', publishedAt: '2024-05-07', url: 'https://a.example/1' }));
      await s.putArticle(coded('c2', 'On Monday Freedonia attacked Sylvania, officials said.', [attack('2024-05-06')], { source: 'Daily B', publishedAt: '2024-05-08' }));
      await s.putArticle(coded('c3', 'Freedonia attacked Sylvania again on Monday, said Daily A.', [attack('2024-05-06')], { source: 'Daily A', publishedAt: '2024-05-08' }));
      await s.putArticle(coded('c4', 'Freedonia attacked Sylvania on Tuesday.', [attack('2024-05-07')], { source: 'Daily A', publishedAt: '2024-05-08' }));
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

    it('stores incidents without a dyad or a CAMEO code and groups them across articles', async () => {
      const s = await open();
      const flood = (id: string, text: string, source: string): CodedArticle => {
        const base = coded(id, text, [], { source });
        const at = text.indexOf('Floods');
        const e: EventJson = {
          sentence: 0, span: [at, at + 'Floods'.length], source: null, target: null, cameo: null, goldstein: null, quad: null,
          plover: { type: null, mode: null }, acled: 'NATURAL_DISASTER', negated: false, modality: 'asserted', attribution: null, hedged: false,
          date: { value: '2024-05-06', precision: 'day', basis: 'publication' }, place: null,
          rule: { file: 'testdata/store-contract.ts', line: 1, id: 'fixture.flood' },
        };
        return { ...base, events: [e] };
      };
      await s.putArticle(flood('f1', 'Floods swept through Karvelo on Monday.', 'Daily A'));
      await s.putArticle(flood('f2', 'Floods swept through Karvelo on Monday, officials said.', 'Daily B'));
      const events = await all(s, {});
      assert.deepEqual(events.map((e) => [e.source, e.target, e.cameo, e.acled]), [[null, null, null, 'NATURAL_DISASTER'], [null, null, null, 'NATURAL_DISASTER']]);
      const groups = [];
      for await (const g of s.groups()) groups.push(g);
      assert.deepEqual(groups.map((g) => [g.cameo, g.mentions, g.sources, g.articles]), [[null, 2, 2, 2]]);
      await s.close();
    });

    it('groups by place when known, and a place-less mention joins the placed one', async () => {
      const s = await open();
      await s.putArticle(coded('p1', 'Freedonia attacked Sylvania in Lyon on Monday.', [attack('2024-05-06', { place: 'Lyon' })]));
      await s.putArticle(coded('p2', 'Freedonia attacked Sylvania on Monday.', [attack('2024-05-06')]));
      await s.putArticle(coded('p3', 'Freedonia attacked Sylvania in Marseille on Monday.', [attack('2024-05-06', { place: 'Marseille' })]));
      await s.putArticle(coded('p4', 'On Monday Freedonia attacked Sylvania in Lyon.', [attack('2024-05-06', { place: 'Lyon' })]));
      const groups = [];
      for await (const g of s.groups()) groups.push(g);
      assert.deepEqual(groups.map((g) => `${g.place?.name}:${g.mentions}`).sort(), ['Lyon:3', 'Marseille:1']);
      await s.close();
    });

    it('is order-independent: the same articles in another order give the same groups', async () => {
      const texts: [string, Ev[]][] = [
        ['Freedonia attacked Sylvania in Lyon on Monday.', [attack('2024-05-06', { place: 'Lyon' })]],
        ['Freedonia attacked Sylvania on Monday.', [attack('2024-05-06')]],
        ['Freedonia attacked Sylvania in Marseille on Monday.', [attack('2024-05-06', { place: 'Marseille' })]],
        ['Osterlich condemned Freedonia.', [condemn('2024-05-07')]],
      ];
      const snapshot = async (order: number[]): Promise<string[]> => {
        const s = await open();
        for (const i of order) await s.putArticle(coded(`o${i}`, texts[i]?.[0] ?? '', texts[i]?.[1] ?? []));
        const out: string[] = [];
        for await (const g of s.groups()) out.push(`${g.id} ${g.mentions} ${g.articles} ${g.place?.name ?? '-'}`);
        await s.close();
        return out.sort();
      };
      assert.deepEqual(await snapshot([0, 1, 2, 3]), await snapshot([3, 2, 1, 0]));
    });

    it('replaces a stale coding in place and regroups', async () => {
      const s = await open();
      const a = coded('r1', 'Freedonia attacked Sylvania.', [attack('2024-05-07')]);
      await s.putArticle({ ...a, coderVersion: 'old' });
      await s.putArticle(coded('r2', 'Osterlich condemned Freedonia.', [condemn('2024-05-07')]));
      const stale = [];
      for await (const x of s.staleArticles(VERSION)) stale.push(x);
      assert.deepEqual(stale.map((x) => x.meta.id), ['r1']);
      assert.equal(stale[0]?.text, a.text);
      await s.replaceCoding(coded('r1', 'Freedonia attacked Sylvania.', [attack('2024-05-07')]));
      const after = [];
      for await (const x of s.staleArticles(VERSION)) after.push(x);
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
