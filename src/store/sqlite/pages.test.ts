/**
 * Paged event queries give the same events in the same order whichever way they reach their rows (sought
 * through a filter's index, or scanned in order) and however the store chooses: every page, followed by its
 * cursor, lists exactly what the unpaged query lists. Over a store of fictional actors with sub-codes on both
 * sides (one event can match an actor filter on both), several days, places, negations and mention counts.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { coded } from '../../../testdata/store-contract.js';
import type { StoredEvent } from '../../model/stored.js';
import type { EventQuery, EventSort, Store } from '../store.js';
import { buildEventQuery, type Access } from './query.js';
import { openSqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-pages-'));
const path = join(dir, 'pages.db');
after(() => rmSync(dir, { recursive: true, force: true }));

const ACTORS = ['FRD', 'FRDGOV', 'FRDMIL', 'SYL', 'SYLGOV', 'OST', 'OSTGOVLEG'];
const CODES = ['190', '111', '036'];
/** How the fixture writes an actor in the text (store-contract names the country codes). */
const NAME: Readonly<Record<string, string>> = { FRD: 'Freedonia', SYL: 'Sylvania', OST: 'Osterlich' };
const named = (code: string): string => NAME[code] ?? code;

/** 60 articles of three events each; some repeat an earlier article's events (so groups have several mentions). */
async function fill(s: Store): Promise<void> {
  for (let i = 0; i < 60; i++) {
    const k = i % 40;
    const a = ACTORS[k % ACTORS.length] ?? 'FRD';
    const b = ACTORS[(k * 3 + 1) % ACTORS.length] ?? 'SYL';
    const c = ACTORS[(k * 5 + 2) % ACTORS.length] ?? 'OST';
    const day = `2024-0${1 + (k % 6)}-${String(1 + ((k * 7) % 28)).padStart(2, '0')}`;
    const text = `${named(a)} hit ${named(b)}. ${named(b)} hit ${named(c)}. ${named(c)} hit ${named(a)}. Report ${i}.`;
    const ev = (sentence: number, source: string, target: string, n: number) => ({
      sentence, trigger: 'hit', source, target, cameo: CODES[(k + n) % 3] ?? '190',
      date: n === 2 && k % 5 === 0 ? '2024-03' : day, negated: (k + n) % 9 === 0,
      ...((k + n) % 4 === 0 ? { place: (k % 2 ? 'Lyon' : 'Marseille') as 'Lyon' | 'Marseille' } : {}),
      ...(i % 10 === 9 && n === 1 ? { background: 'clause' as const } : {}),
    });
    await s.putArticle(coded(`p${i}`, text, [ev(0, a, b, 0), ev(1, b, c, 1), ev(2, c, a, 2)]));
  }
}

const QUERIES: EventQuery[] = [
  {}, { negated: true }, { actor: 'FRD' }, { actor: 'FRDGOV' }, { actor: 'SYL', quad: 4 }, { actor: 'OST', negated: true },
  { source: 'FRD' }, { target: 'SYLGOV' }, { source: 'SYL', target: 'FRD' }, { actor: 'FRD', source: 'OST' },
  { code: '19' }, { code: '036', actor: 'SYL' }, { quad: 3 }, { place: 'lyo' }, { place: 'FRA', actor: 'FRD' },
  { since: '2024-03-01', until: '2024-04-30' }, { actor: 'FRD', since: '2024-02-01' }, { until: '2024-03-31', quad: 1 },
  { text: 'hit' }, { text: 'Freedonia', actor: 'OST' },
  { background: true }, { background: true, actor: 'FRD' }, { background: true, place: 'lyo' }, { background: true, quad: 4 },
];

/** Every event id of `query`, read page by page (7 a page) with `access`, each page after the last one's id. */
function paged(db: Database.Database, query: EventQuery, access: Access): number[] {
  const ids: number[] = [];
  for (let afterId: number | undefined, guard = 0; guard < 1000; guard++) {
    const { sql, params } = buildEventQuery({ ...query, limit: 7, ...(afterId !== undefined ? { after: afterId } : {}) }, access);
    const page = db.prepare(sql).pluck().all(...params) as number[];
    ids.push(...page);
    if (page.length < 7) return ids;
    afterId = page[page.length - 1];
  }
  throw new Error('paging did not end');
}

describe('sqlite event pages', () => {
  let db: Database.Database;
  let store: Store;
  before(async () => {
    const s = openSqliteStore(path);
    await fill(s);
    await s.close();
    db = new Database(path, { readonly: true });
    store = openSqliteStore(path, { readonly: true });
  });
  after(async () => { db.close(); await store.close(); });

  for (const sort of ['date', 'date-asc', 'count'] as EventSort[]) {
    it(`lists the same events, sought or scanned, page by page, as the unpaged query (${sort})`, async () => {
      for (const q of QUERIES) {
        const query = { ...q, sort };
        const { sql, params } = buildEventQuery(query);
        const want = db.prepare(sql).pluck().all(...params) as number[];
        assert.ok(want.length > 0, `${JSON.stringify(query)} matches something`);
        assert.deepEqual(paged(db, query, 'seek'), want, `${JSON.stringify(query)} sought`);
        assert.deepEqual(paged(db, query, 'scan'), want, `${JSON.stringify(query)} scanned`);
        const viaStore: number[] = [];
        for await (const e of store.events({ ...query, limit: 1000 })) viaStore.push(e.id);
        assert.deepEqual(viaStore, want, `${JSON.stringify(query)} through the store`);
      }
    });
  }

  it('writes a page as JSON bytes (eventsPage) exactly as the events are serialised, key order included, with the cursor', async () => {
    for (const q of QUERIES) {
      for (const sort of ['date', 'count'] as EventSort[]) {
        let after: number | undefined;
        for (let n = 0; n < 3; n++) {
          const query = { ...q, sort, ...(after !== undefined ? { after } : {}) };
          const events: StoredEvent[] = [];
          for await (const e of store.events({ ...query, limit: 8 })) events.push(e);
          const more = events.length > 7;
          const want = JSON.stringify({ events: events.slice(0, 7), nextCursor: more ? String(events[6]?.id) : null });
          const got = (await store.eventsPage?.(query, 7))?.toString('utf8') ?? '';
          assert.equal(JSON.stringify(JSON.parse(got)), want, JSON.stringify(query));
          if (!more) break;
          after = events[6]?.id;
        }
      }
    }
  });
});
