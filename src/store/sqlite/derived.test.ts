/**
 * The tables the SQLite store derives from its events (event_days, event_places, events.mentions), kept up
 * article by article, equal their recomputation from all events through inserts, recoding and regrouping; a schema-4 store is migrated to them on its first writable open (and a schema-5 one gains the background column); and
 * the timeline read from them equals one counted from the events themselves.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { coded } from '../../../testdata/store-contract.js';
import type { EventQuery, Store } from '../store.js';
import type { Interval } from '../views.js';
import { openSqliteStore } from './sqlite-store.js';
import { openSqliteViews } from './views.js';
import { eventDaysFromEvents, SCHEMA_VERSION } from './schema.js';
import { redefinedIndexes } from './migrate.js';
import { EVENT_ROW_SELECT, eventRowOf } from './rows.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-derived-'));
let n = 0;
after(() => rmSync(dir, { recursive: true, force: true }));

/** Fictional actors with sub-codes (government, military) on both sides, several days, a place, a negation. */
async function fill(s: Store): Promise<void> {
  const at = (date: string, extra: { negated?: boolean; background?: 'clause'; place?: 'Lyon' | 'Marseille' } = {}) => ({ sentence: 0, trigger: 'attacked', cameo: '190', date, ...extra });
  await s.putArticle(coded('d1', 'FRDGOV attacked SYLMIL.', [{ ...at('2024-05-06', { place: 'Lyon' }), source: 'FRDGOV', target: 'SYLMIL' }]));
  await s.putArticle(coded('d2', 'FRDGOV attacked SYLMIL again.', [{ ...at('2024-05-06', { place: 'Lyon' }), source: 'FRDGOV', target: 'SYLMIL' }]));
  await s.putArticle(coded('d3', 'Freedonia attacked FRDMIL.', [{ ...at('2024-05-12'), source: 'FRD', target: 'FRDMIL' }]));
  await s.putArticle(coded('d4', 'Osterlich criticized Sylvania.', [{ sentence: 0, trigger: 'criticized', cameo: '111', date: '2024-06-01', source: 'OST', target: 'SYL', place: 'Marseille' }]));
  await s.putArticle(coded('d5', 'Sylvania attacked Osterlich.', [{ ...at('2024-06-03', { negated: true }), source: 'SYL', target: 'OST' }]));
  // Background (ADR 0010) counts in no timeline: only the news event of d7 does.
  await s.putArticle(coded('d7', 'OSTGOV praised Freedonia, which attacked SYLMIL.', [{ sentence: 0, trigger: 'praised', cameo: '036', date: '2024-06-02', source: 'OSTGOV', target: 'FRD' }, { ...at('2024-06-02', { place: 'Lyon' }), source: 'FRD', target: 'SYLMIL', background: 'clause' }]));
  await s.putArticle(coded('d6', 'OSTGOV praised Freedonia.', [{ sentence: 0, trigger: 'praised', cameo: '036', date: '2024-06', source: 'OSTGOV', target: 'FRD' }]));
  // Recoding drops d2's event and moves it: the delete triggers and the regrouping of the key it shared with d1.
  await s.replaceCoding(coded('d2', 'FRDGOV attacked SYLMIL again.', [{ ...at('2024-05-20', { place: 'Marseille' }), source: 'FRDGOV', target: 'SYLMIL' }]));
}

/** Assert the derived tables equal what the events and groups say now. */
function assertDerived(path: string): void {
  const db = new Database(path, { readonly: true });
  try {
    const key = 'actor, negated, kind, period';
    const live = db.prepare(`SELECT * FROM event_days WHERE n0 + n1 + n2 + n3 + n4 <> 0 ORDER BY ${key}`).all();
    const want = db.prepare(`SELECT * FROM (${eventDaysFromEvents()}) ORDER BY ${key}`).all();
    assert.deepEqual(live, want);
    assert.ok(want.length > 0);
    const places = db.prepare('SELECT name, n FROM event_places WHERE n > 0 ORDER BY name').all();
    assert.deepEqual(places, db.prepare('SELECT place_name AS name, count(*) AS n FROM events WHERE place_name IS NOT NULL GROUP BY place_name ORDER BY name').all());
    const off = db.prepare('SELECT count(*) AS n FROM events e LEFT JOIN event_groups g ON g.id = e.group_id WHERE e.mentions <> coalesce(g.mentions, 0)').get() as { n: number };
    assert.equal(off.n, 0, 'every event carries its group\'s mention count');
  } finally {
    db.close();
  }
}

/** Undo schema 6 on a store: what a Dyad of schema 5 wrote (its indexes, no background column). */
function downgradeTo5(db: Database.Database): void {
  for (const i of ['events_count', 'events_source', 'events_target', 'events_order', 'events_place_country', 'events_place_name']) db.exec(`DROP INDEX ${i}`);
  db.exec('ALTER TABLE events DROP COLUMN background');
  // Schema 5's place indexes were narrow; SCHEMA's covering ones are rebuilt on the next writable open.
  db.exec('CREATE INDEX events_place_country ON events(place_country); CREATE INDEX events_place_name ON events(place_name)');
  db.exec(`CREATE INDEX events_order ON events(coalesce(date, '') DESC, article_id, seq, negated, quad, goldstein,
    cameo, source_code, target_code, place_country, place_name, sentence_id, date)`);
  db.prepare("UPDATE meta SET value = '5' WHERE key = 'schema'").run();
}

/** Undo schemas 6 and 5 on a store: what a Dyad of schema 4 wrote (its indexes, no derived tables, no mentions column). */
function downgradeTo4(path: string): void {
  const db = new Database(path);
  downgradeTo5(db);
  for (const i of ['events_place_country', 'events_place_name']) db.exec(`DROP INDEX ${i}`);
  db.exec('DROP TABLE event_days; DROP TABLE event_places; ALTER TABLE events DROP COLUMN mentions');
  db.exec('CREATE INDEX events_source ON events(source_code); CREATE INDEX events_target ON events(target_code); CREATE INDEX event_groups_mentions ON event_groups(mentions)');
  db.prepare("UPDATE meta SET value = '4' WHERE key = 'schema'").run();
  db.close();
}

/** The timeline counted from the events a query lists: the oracle for views.timeline. */
async function countedTimeline(s: Store, query: EventQuery, interval: Interval): Promise<string[]> {
  const monday = (d: string): string => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return new Date(t - ((new Date(t).getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
  };
  const out = new Map<string, { n: number; g: number; q: number[] }>();
  for await (const e of s.events(query)) {
    const d = e.date?.value ?? '';
    const p = interval === 'month' ? (d.length >= 7 ? d.slice(0, 7) : null) : d.length !== 10 ? null : interval === 'day' ? d : monday(d);
    if (p === null) continue;
    const b = out.get(p) ?? { n: 0, g: 0, q: [0, 0, 0, 0] };
    b.n++; b.g += e.goldstein ?? 0;
    if (e.quad) b.q[e.quad - 1] = (b.q[e.quad - 1] ?? 0) + 1;
    out.set(p, b);
  }
  return [...out].sort(([a], [b]) => a.localeCompare(b)).map(([p, b]) => `${p} ${b.n} ${Math.round((b.g / b.n) * 1000) / 1000} ${b.q.join('/')}`);
}

describe('sqlite derived tables', () => {
  it('stay exact through inserts, recoding and regrouping', async () => {
    const path = join(dir, `s${n++}.db`);
    const s = openSqliteStore(path);
    await fill(s);
    await s.close();
    assertDerived(path);
  });

  it('migrates a schema-4 store on its first writable open, and refuses it read-only until then', async () => {
    const path = join(dir, `s${n++}.db`);
    const s = openSqliteStore(path);
    await fill(s);
    await s.close();
    downgradeTo4(path);
    assert.throws(() => openSqliteStore(path, { readonly: true }), new RegExp(`\\[STORE001\\].*schema version 4, this Dyad needs ${SCHEMA_VERSION} \\(open it once for writing`));
    await openSqliteStore(path).close();
    assertDerived(path);
    const db = new Database(path, { readonly: true });
    assert.equal((db.prepare("SELECT value FROM meta WHERE key = 'schema'").get() as { value: string }).value, String(SCHEMA_VERSION));
    db.close();
    // The migrated store keeps its derived tables exact on later writes too.
    const w = openSqliteStore(path);
    await w.putArticle(coded('m1', 'FRDGOV attacked SYLMIL once more.', [{ sentence: 0, trigger: 'attacked', cameo: '190', date: '2024-05-06', source: 'FRDGOV', target: 'SYLMIL', place: 'Lyon' }]));
    await w.close();
    assertDerived(path);
  });

  it('migrates a schema-5 store: every stored event is news, and background ones can be written after', async () => {
    const path = join(dir, `s${n++}.db`);
    const s = openSqliteStore(path);
    await s.putArticle(coded('v1', 'Freedonia attacked Sylvania.', [{ sentence: 0, trigger: 'attacked', cameo: '190', date: '2024-05-06', source: 'FRD', target: 'SYL' }]));
    await s.close();
    const old = new Database(path);
    downgradeTo5(old);
    old.close();
    const w = openSqliteStore(path);
    await w.putArticle(coded('v2', 'Osterlich met Sylvania, which Freedonia attacked.', [
      { sentence: 0, trigger: 'met', cameo: '036', date: '2024-05-07', source: 'OST', target: 'SYL' },
      { sentence: 0, trigger: 'attacked', cameo: '190', date: '2024-05-06', source: 'FRD', target: 'SYL', background: 'clause' },
    ]));
    const seen: string[] = [];
    for await (const e of w.events({ background: true })) seen.push(`${e.source?.code}>${e.cameo} ${e.background ?? 'news'}`);
    assert.deepEqual(seen.sort(), ['FRD>190 clause', 'FRD>190 news', 'OST>036 news']);
    await w.close();
    assertDerived(path);
    const db = new Database(path, { readonly: true });
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT count(*) FROM events WHERE source_code GLOB 'FRD*' AND negated = 0 AND background IS NULL").all() as { detail: string }[];
    assert.match(plan.map((p) => p.detail).join(' '), /COVERING INDEX events_source/, 'the default filter stays index-only');
    db.close();
  });

  it('recreates an index SCHEMA now defines otherwise on the first writable open (the place indexes, narrow before)', async () => {
    const path = join(dir, `s${n++}.db`);
    await openSqliteStore(path).close();
    const db = new Database(path);
    db.exec('DROP INDEX events_place_country; DROP INDEX events_place_name');
    db.exec('CREATE INDEX events_place_country ON events(place_country); CREATE INDEX events_place_name ON events(place_name)');
    assert.deepEqual(redefinedIndexes(db).sort(), ['events_place_country', 'events_place_name']);
    db.close();
    await openSqliteStore(path).close();
    const after = new Database(path, { readonly: true });
    assert.deepEqual(redefinedIndexes(after), [], 'every index as SCHEMA defines it');
    const sql = (name: string): string => (after.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(name) as { sql: string }).sql;
    for (const name of ['events_place_country', 'events_place_name']) assert.match(sql(name), /negated, background, quad, mentions, coalesce\(date, ''\), article_id, seq/, name);
    after.close();
  });

  it('answers the timeline as counting the listed events does, from event_days or from the events', async () => {
    const path = join(dir, `s${n++}.db`);
    const s = openSqliteStore(path);
    await fill(s);
    const views = openSqliteViews(path);
    const queries: EventQuery[] = [
      {}, { actor: 'FRD' }, { actor: 'FRDGOV' }, { actor: 'SYL', negated: true }, { quad: 4 }, { actor: 'OST', quad: 3 },
      { since: '2024-05-10', until: '2024-06-30' }, { actor: 'FRD', since: '2024-05-01', until: '2024-05-31' },
      // Not keyed (a prefix of another length, a code, a place): counted from the events.
      { actor: 'FR' }, { actor: 'FRDG' }, { code: '19' }, { place: 'lyo' },
      // Background events included: counted from the events (event_days holds news only).
      { background: true }, { actor: 'FRD', background: true },
    ];
    for (const q of queries) {
      for (const interval of ['day', 'week', 'month'] as const) {
        const got = views.timeline(q, interval).map((r) => `${r.period} ${r.count} ${r.goldstein} ${r.quads.join('/')}`);
        assert.deepEqual(got, await countedTimeline(s, q, interval), `${JSON.stringify(q)} per ${interval}`);
      }
    }
    views.close();
    await s.close();
  });

  it('reads page rows by position in the order EVENT_ROW_SELECT names them', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE events (id, sentence, trig_start, trig_end, source_code, source_text, source_country, source_sector, source_start, source_end, target_code, target_text, target_country, target_sector, target_start, target_end, cameo, goldstein, quad, plover_type, plover_mode, acled, negated, modality, attr_text, attr_code, hedged, date, date_precision, date_basis, place_name, place_country, place_lat, place_lon, place_geonameid, rule_file, rule_line, rule_id, coder_version, article_id, sentence_id, group_id, background); CREATE TABLE articles (id, hash, ext_id, title, url, source, published_at, added_at); CREATE TABLE sentences (id, text); CREATE TABLE event_groups (id, mentions, sources, articles)');
    const st = db.prepare(`SELECT ${EVENT_ROW_SELECT} FROM events e JOIN articles a ON a.id = e.article_id JOIN sentences s ON s.id = e.sentence_id LEFT JOIN event_groups g ON g.id = e.group_id`);
    const names = st.columns().map((c) => c.name);
    assert.deepEqual(Object.keys(eventRowOf(names)), names);
    assert.deepEqual(Object.values(eventRowOf(names)), names, 'each field reads its own column');
    db.close();
  });
});
