import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenAPI } from 'openapi-types';
import { apiOver, seededApi, type SeededApi } from '../../testdata/api-fixture.js';
import { realCoder } from '../../testdata/helpers.js';
import { codeJsonl } from '../cli/code.js';
import { packageRoot } from '../paths.js';
import type { StoredEvent } from '../model/stored.js';
import type { EventQuery } from '../store/store.js';

let api: SeededApi;
before(async () => { api = await seededApi({ web: true }); });
after(async () => { await api.close(); });

async function getJson<T>(url: string, status = 200): Promise<T> {
  const r = await api.app.inject({ method: 'GET', url });
  assert.equal(r.statusCode, status, `${url}: ${r.body}`);
  return r.json<T>();
}

async function cliEvents(q: EventQuery): Promise<StoredEvent[]> {
  const out: StoredEvent[] = [];
  for await (const e of api.store.events(q)) out.push(e);
  return out;
}

interface Page { events: StoredEvent[]; nextCursor: string | null }

describe('GET /api/events', () => {
  const rows: { qs: string; q: EventQuery; check?: (e: StoredEvent) => boolean }[] = [
    { qs: '', q: {} },
    { qs: 'actor=ken', q: { actor: 'KEN' }, check: (e) => [e.source?.code, e.target?.code].some((c) => c?.startsWith('KEN')) },
    { qs: 'source=RUS', q: { source: 'RUS' }, check: (e) => e.source?.code.startsWith('RUS') === true },
    { qs: 'target=UKR', q: { target: 'UKR' }, check: (e) => e.target?.code.startsWith('UKR') === true },
    { qs: 'code=05', q: { code: '05' }, check: (e) => (e.cameo ?? '').startsWith('05') },
    { qs: 'quad=4', q: { quad: 4 }, check: (e) => e.quad === 4 },
    { qs: 'since=2024-05-08&until=2024-05-09', q: { since: '2024-05-08', until: '2024-05-09' }, check: (e) => (e.date?.value ?? '') >= '2024-05-08' && (e.date?.value ?? '') <= '2024-05-09' },
    { qs: 'place=nairobi', q: { place: 'nairobi' }, check: (e) => e.place?.name === 'Nairobi' },
    { qs: 'place=KEN', q: { place: 'KEN' }, check: (e) => e.place?.country === 'KEN' },
    { qs: 'text=protesters', q: { text: 'protesters' }, check: (e) => /protesters/i.test(e.sentenceText) },
    { qs: 'negated=true', q: { negated: true } },
    { qs: 'background=true', q: { background: true } },
  ];
  for (const { qs, q, check } of rows) {
    it(`?${qs} returns what \`dyad events\` returns, in the same order`, async () => {
      const page = await getJson<Page>(`/api/events?limit=500&${qs}`);
      const want = await cliEvents(q);
      assert.ok(want.length > 0, 'the fixture has matching events');
      assert.deepEqual(page.events.map((e) => e.id), want.map((e) => e.id));
      // The page's JSON is written by the store (eventsPage): the same events, keys in the same order.
      assert.equal(JSON.stringify(page.events), JSON.stringify(want));
      if (check) for (const e of page.events) assert.ok(check(e), `${qs}: event ${e.id} does not match`);
      if (!q.negated) assert.ok(page.events.every((e) => !e.negated));
      if (!q.background) assert.ok(page.events.every((e) => e.background === undefined));
    });
  }

  for (const sort of ['date', 'date-asc', 'count'] as const) {
    it(`pages with the cursor through every event in ${sort} order`, async () => {
      const all = await getJson<Page>(`/api/events?limit=500&sort=${sort}`);
      const seen: number[] = [];
      let cursor: string | null = null;
      do {
        const page: Page = await getJson<Page>(`/api/events?limit=7&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`);
        assert.ok(page.events.length <= 7);
        seen.push(...page.events.map((e) => e.id));
        cursor = page.nextCursor;
      } while (cursor);
      assert.deepEqual(seen, all.events.map((e) => e.id));
      const key = (e: StoredEvent): string | number => (sort === 'count' ? e.group?.mentions ?? 0 : e.date?.value ?? '');
      for (let i = 1; i < all.events.length; i++) {
        const [a, b] = [key(all.events[i - 1]!), key(all.events[i]!)];
        assert.ok(sort === 'date-asc' ? a <= b : a >= b, `${sort}: ${a} then ${b}`);
      }
    });
  }
});

describe('the store under the API', () => {
  it('iterates the same query twice at once (two exports of one filter), each complete', async () => {
    const want = (await cliEvents({ actor: 'KEN' })).map((e) => e.id);
    const a = api.store.events({ actor: 'KEN' })[Symbol.asyncIterator]();
    const b = api.store.events({ actor: 'KEN' })[Symbol.asyncIterator]();
    const got: [number[], number[]] = [[], []];
    for (;;) {
      const [x, y] = [await a.next(), await b.next()];
      if (!x.done) got[0].push(x.value.id);
      if (!y.done) got[1].push(y.value.id);
      if (x.done && y.done) break;
    }
    assert.deepEqual(got, [want, want]);
  });
});

describe('GET /api/events/:id and /api/articles/:id', () => {
  it('gives the cross-article event with every mention and the spans of trigger, actors and attribution', async () => {
    const { events } = await getJson<Page>('/api/events?limit=500');
    const multi = events.find((e) => (e.group?.mentions ?? 0) > 1 && e.source && e.target);
    assert.ok(multi, 'the examples report one event in two articles');
    for (const id of [String(multi.id), multi.group?.id ?? '']) {
      const d = await getJson<{ group: { id: string; mentions: number }; mentions: { event: StoredEvent; articleId: number; sentence: { start: number; end: number; text: string }; spans: Record<string, [number, number] | null> }[] }>(`/api/events/${id}`);
      assert.equal(d.group.id, multi.group?.id);
      assert.equal(d.mentions.length, d.group.mentions);
      for (const m of d.mentions) {
        const article = await getJson<{ text: string }>(`/api/articles/${m.articleId}`);
        assert.equal(article.text.slice(m.sentence.start, m.sentence.end), m.sentence.text);
        const [ts, te] = m.spans['trigger']!;
        assert.ok(ts >= m.sentence.start && te <= m.sentence.end && te > ts);
        assert.equal(article.text.slice(...m.spans['source']!), m.event.source?.text);
        assert.equal(article.text.slice(...m.spans['target']!), m.event.target?.text);
      }
    }
    const attributed = events.find((e) => e.attribution);
    assert.ok(attributed, 'the examples have an attributed event');
    const d = await getJson<{ mentions: { event: StoredEvent; articleId: number; spans: { attribution: [number, number] | null } }[] }>(`/api/events/${attributed.id}`);
    const m = d.mentions.find((x) => x.event.id === attributed.id)!;
    const text = (await getJson<{ text: string }>(`/api/articles/${m.articleId}`)).text;
    assert.equal(text.slice(...m.spans.attribution!), attributed.attribution?.text);
  });

  it('gives an article by id or hash with its sentences, actor mentions and events', async () => {
    const a = await getJson<{ id: number; hash: string; text: string; sentences: [number, number][]; mentions: { start: number; end: number; text: string }[]; events: StoredEvent[] }>('/api/articles/1');
    assert.ok(a.sentences.length > 0 && a.events.length > 0);
    for (const m of a.mentions) assert.equal(a.text.slice(m.start, m.end), m.text);
    assert.deepEqual(await getJson(`/api/articles/${a.hash}`), a);
  });
});

describe('POST /api/code and /api/articles', () => {
  const text = 'Kenyan police arrested opposition supporters in Nairobi on Monday. Tanzania condemned the arrests.';

  it('codes without storing, in the `dyad code --jsonl` shape, with the explain view', async () => {
    const before = (await api.store.stats()).articles;
    const r = await api.app.inject({ method: 'POST', url: '/api/code', payload: { text, date: '2024-06-03' } });
    assert.equal(r.statusCode, 200, r.body);
    const body = r.json<{ events: unknown[]; explain: { sentences: { text: string }[]; actors: { code: string; rule: { file: string } }[] } }>();
    const lines: string[] = [];
    await codeJsonl(realCoder(), Readable.from([`${JSON.stringify({ id: 'x', text, date: '2024-06-03' })}\n`]), (l) => lines.push(l), { maxBytes: 1 << 20 });
    assert.deepEqual(body.events, (JSON.parse(lines[0] ?? '{}') as { events: unknown[] }).events);
    assert.ok(body.events.length > 0);
    assert.equal(body.explain.sentences.length, 2);
    assert.ok(body.explain.actors.some((a) => a.code.startsWith('KEN') && a.rule.file.length > 0));
    assert.equal((await api.store.stats()).articles, before);
  });

  it('stores one or many articles, skips duplicates, and the aggregates see them at once', async () => {
    const timeline = async (): Promise<number> => (await getJson<{ rows: { count: number }[] }>('/api/stats/timeline?interval=month')).rows.reduce((n, r) => n + r.count, 0);
    const t0 = await timeline();
    const one = await api.app.inject({ method: 'POST', url: '/api/articles', payload: { text, date: '2024-06-03', title: 'Arrests', source: 'Test Wire' } });
    assert.equal(one.statusCode, 200, one.body);
    const r1 = one.json<{ results: { inserted: boolean; events: number; id: number; hash: string }[] }>().results[0]!;
    assert.ok(r1.inserted && r1.events > 0 && r1.id > 0);
    assert.equal(await timeline(), t0 + r1.events);
    const many = await api.app.inject({ method: 'POST', url: '/api/articles', payload: { articles: [{ text }, { text: `${text} Kenya rejected the statement.`, date: '2024-06-04' }] } });
    const rs = many.json<{ results: { inserted: boolean }[] }>().results;
    assert.deepEqual(rs.map((x) => x.inserted), [false, true]);
    assert.equal((await getJson<{ meta: { title: string } }>(`/api/articles/${r1.hash}`)).meta.title, 'Arrests');
  });
});

describe('GET /api/stats/* and /api/export', () => {
  it('counts the timeline per day, week and month, split by QuadClass, consistently', async () => {
    const totals: number[] = [];
    for (const interval of ['day', 'week', 'month']) {
      const t = await getJson<{ rows: { period: string; count: number; quads: number[] }[] }>(`/api/stats/timeline?interval=${interval}&until=2024-05-31`);
      for (const r of t.rows) assert.equal(r.quads.reduce((a, b) => a + b, 0), r.count);
      if (interval === 'week') for (const r of t.rows) assert.equal(new Date(`${r.period}T00:00:00Z`).getUTCDay(), 1, `${r.period} is a Monday`);
      totals.push(t.rows.reduce((n, r) => n + r.count, 0));
    }
    const dated = (await cliEvents({ until: '2024-05-31' })).filter((e) => e.date?.precision === 'day').length;
    assert.deepEqual(totals.slice(0, 2), [dated, dated]);
    assert.ok((totals[2] ?? 0) >= dated);
  });

  it('lists dyads and places with shares and coordinates', async () => {
    const { dyads } = await getJson<{ dyads: { source: string; target: string; count: number; cooperation: number; conflict: number }[] }>('/api/stats/dyads?actor=KEN');
    assert.ok(dyads.length > 0);
    for (const d of dyads) {
      assert.ok(d.source.startsWith('KEN') || d.target.startsWith('KEN'));
      assert.ok(Math.abs(d.cooperation + d.conflict - 1) < 0.01);
    }
    const p = await getJson<{ places: { name: string; lat: number }[]; countries: { country: string; numeric: string; lat: number }[] }>('/api/stats/places');
    assert.ok(p.places.some((x) => x.name === 'Nairobi'));
    const ken = p.countries.find((c) => c.country === 'KEN');
    assert.equal(ken?.numeric, '404');
  });

  it('streams the export formats with the same filters as the listing', async () => {
    const want = await cliEvents({ actor: 'KEN' });
    const jsonl = await api.app.inject({ method: 'GET', url: '/api/export?format=jsonl&actor=KEN' });
    assert.match(String(jsonl.headers['content-type']), /ndjson/);
    assert.deepEqual(jsonl.body.trim().split('\n').map((l) => (JSON.parse(l) as StoredEvent).id), want.map((e) => e.id));
    const csv = await api.app.inject({ method: 'GET', url: '/api/export?format=csv&actor=KEN' });
    assert.equal(csv.body.trim().split('\n').length, want.length + 1);
    const gdelt = await api.app.inject({ method: 'GET', url: '/api/export?format=gdelt&actor=KEN' });
    assert.equal(gdelt.body.trim().split('\n').length, new Set(want.map((e) => e.group?.id)).size);
    const none = await api.app.inject({ method: 'GET', url: '/api/export?format=csv&actor=ZZZ' });
    assert.equal(none.body.trim().split('\n').length, 1, 'an empty CSV still has its header');
  });
});

describe('errors: every bad input is a 400 naming the field, unknown ids are 404s', () => {
  const bad: { method?: 'GET' | 'POST'; url: string; payload?: unknown; field: string; status?: number }[] = [
    { url: '/api/events?quad=7', field: 'quad' },
    { url: '/api/events?actor=K%20N', field: 'actor' },
    { url: '/api/events?code=abc', field: 'code' },
    { url: '/api/events?since=2024-13', field: 'since' },
    { url: '/api/events?since=2024-05-09&until=2024-05-01', field: 'until' },
    { url: '/api/events?limit=0', field: 'limit' },
    { url: '/api/events?limit=many', field: 'limit' },
    { url: '/api/events?sort=random', field: 'sort' },
    { url: '/api/events?cursor=abc', field: 'cursor' },
    { url: '/api/events?negated=maybe', field: 'negated' },
    { url: '/api/events?background=maybe', field: 'background' },
    { url: '/api/events?text=%22unclosed', field: 'text' },
    { url: `/api/events?place=${'x'.repeat(5000)}`, field: 'query' },
    { url: '/api/events/not-an-id', field: 'id' },
    { url: '/api/articles/xyz', field: 'id' },
    { url: '/api/stats/timeline?interval=year', field: 'interval' },
    { url: '/api/stats/dyads?limit=100000', field: 'limit' },
    { url: '/api/stats/places?text=AND', field: 'text' },
    { url: '/api/export?format=pdf', field: 'format' },
    { url: '/api/export', field: 'format' },
    { url: '/api/export?format=jsonl&text=%22', field: 'text' },
    { method: 'POST', url: '/api/code', payload: {}, field: 'text' },
    { method: 'POST', url: '/api/code', payload: { text: '' }, field: 'text' },
    { method: 'POST', url: '/api/code', payload: { text: 'x', date: '3 May' }, field: 'date' },
    { method: 'POST', url: '/api/code', payload: { text: 7 }, field: 'text' },
    { method: 'POST', url: '/api/code', payload: 'not json', field: 'body' },
    { method: 'POST', url: '/api/articles', payload: { articles: [] }, field: 'articles' },
    { method: 'POST', url: '/api/code', payload: { text: 'x'.repeat(3 * 1024 * 1024) }, field: 'body', status: 413 },
  ];
  for (const b of bad) {
    it(`${b.method ?? 'GET'} ${b.url.slice(0, 70)} → ${b.status ?? 400} on ${b.field}`, async () => {
      const r = await api.app.inject({ method: b.method ?? 'GET', url: b.url, ...(b.payload !== undefined ? { payload: b.payload as string, headers: { 'content-type': 'application/json' } } : {}) });
      assert.equal(r.statusCode, b.status ?? 400, r.body);
      const body = r.json<{ error: string; field?: string; message: string }>();
      if (b.field === 'articles' || b.field === 'text' && b.method === 'POST') assert.ok(body.field?.startsWith(b.field) || body.message.includes(b.field), r.body);
      else assert.equal(body.field, b.field, r.body);
      assert.doesNotMatch(r.body, /\bat .*\.js:\d+|node_modules/);
    });
  }

  for (const url of ['/api/events/999999', '/api/events/0123456789abcdef', '/api/articles/999999', `/api/articles/${'0'.repeat(64)}`, '/api/nothing', '/nothing.js']) {
    it(`GET ${url} → 404`, async () => {
      const r = await api.app.inject({ method: 'GET', url });
      assert.equal(r.statusCode, 404);
      assert.equal(r.json<{ error: string }>().error, 'not_found');
    });
  }
});

describe('response cache', () => {
  it('answers a repeated read from the cache, byte for byte, until the store changes', async () => {
    const url = '/api/events?actor=KEN&limit=3';
    const first = await api.app.inject({ method: 'GET', url });
    const again = await api.app.inject({ method: 'GET', url });
    assert.equal(again.headers['x-dyad-cache'], 'hit');
    assert.equal(again.body, first.body);
    await api.app.inject({ method: 'POST', url: '/api/articles', payload: { text: 'Kenya praised Tanzania on Friday for reopening the border.', date: '2024-06-07' } });
    const after = await api.app.inject({ method: 'GET', url });
    assert.equal(after.headers['x-dyad-cache'], undefined, 'a write empties the cache');
    const bad = await api.app.inject({ method: 'GET', url: '/api/events?quad=9' });
    assert.equal((await api.app.inject({ method: 'GET', url: '/api/events?quad=9' })).headers['x-dyad-cache'], undefined, 'errors are not cached');
    assert.equal(bad.statusCode, 400);
  });
});

describe('safety: headers, CORS, OpenAPI', () => {
  it('serves the dashboard with a CSP that allows no inline script and no remote origin', async () => {
    const r = await api.app.inject({ method: 'GET', url: '/' });
    assert.equal(r.statusCode, 200);
    const csp = String(r.headers['content-security-policy']);
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|https?:|\*/);
    assert.doesNotMatch(r.body, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script in the page');
    assert.doesNotMatch(r.body, /https?:\/\//, 'no remote origin in the page');
    assert.equal(r.headers['access-control-allow-origin'], undefined, 'CORS is off by default');
  });

  it('publishes a valid OpenAPI 3 document covering every API route, and the docs page', async () => {
    const spec = await getJson<{ openapi: string; paths: Record<string, Record<string, unknown>> }>('/openapi.json');
    await SwaggerParser.validate(structuredClone(spec) as unknown as OpenAPI.Document);
    assert.match(spec.openapi, /^3\./);
    const want = ['/api/events', '/api/events/{id}', '/api/articles/{id}', '/api/articles', '/api/code', '/api/stats/timeline', '/api/stats/dyads', '/api/stats/places', '/api/export'];
    assert.deepEqual(Object.keys(spec.paths).sort(), want.sort());
    for (const [path, ops] of Object.entries(spec.paths)) for (const [m, op] of Object.entries(ops)) {
      const o = op as { parameters?: unknown[]; requestBody?: unknown };
      if (path.includes('{') || path.includes('?') || m === 'get' && path !== '/api/events/{id}') assert.ok(o.parameters?.length, `${m} ${path} has parameters`);
      if (m === 'post') assert.ok(o.requestBody, `${m} ${path} has a body schema`);
    }
    const docs = await api.app.inject({ method: 'GET', url: '/docs/' });
    assert.equal(docs.statusCode, 200);
    assert.doesNotMatch(String(docs.headers['content-security-policy']), /https?:|validator/);
  });

  it('keeps 500s free of internals', async () => {
    const broken = await apiOver(api.db);
    broken.views.close();
    const r = await broken.app.inject({ method: 'GET', url: '/api/events/1' });
    assert.equal(r.statusCode, 500);
    assert.deepEqual(r.json(), { error: 'internal', message: 'internal error' });
    await broken.close();
  });

  it('bundles nothing remote in the dashboard build', () => {
    const js = readFileSync(join(packageRoot(), 'dist', 'web', 'app.js'), 'utf8');
    assert.doesNotMatch(js, /fetch\(\s*["'`]https?:/);
    assert.doesNotMatch(readFileSync(join(packageRoot(), 'dist', 'web', 'index.html'), 'utf8'), /https?:\/\//);
  });
});

describe('write-route token and CORS option', () => {
  let guarded: SeededApi;
  before(async () => { guarded = await apiOver(api.db, { token: 's3cret', cors: 'http://localhost:3000' }); });
  after(async () => { await guarded.close(); });
  const rows: { headers: Record<string, string>; status: number }[] = [
    { headers: {}, status: 401 },
    { headers: { authorization: 'Bearer wrong' }, status: 401 },
    { headers: { authorization: 's3cret' }, status: 401 },
    { headers: { authorization: 'Bearer s3cret' }, status: 200 },
  ];
  for (const { headers, status } of rows) {
    for (const url of ['/api/code', '/api/articles']) {
      it(`POST ${url} with ${JSON.stringify(headers)} → ${status}`, async () => {
        const r = await guarded.app.inject({ method: 'POST', url, headers, payload: { text: 'Kenya praised Tanzania.' } });
        assert.equal(r.statusCode, status, r.body);
        if (status === 401) assert.equal(r.json<{ error: string }>().error, 'unauthorized');
      });
    }
  }
  it('reads need no token, and CORS answers only the configured origin', async () => {
    const ok = await guarded.app.inject({ method: 'GET', url: '/api/events?limit=1', headers: { origin: 'http://localhost:3000' } });
    assert.equal(ok.statusCode, 200);
    assert.equal(ok.headers['access-control-allow-origin'], 'http://localhost:3000');
    const other = await guarded.app.inject({ method: 'GET', url: '/api/events?limit=1', headers: { origin: 'http://evil.example' } });
    assert.notEqual(other.headers['access-control-allow-origin'], 'http://evil.example');
  });
});
