/**
 * Top a store up with derived events for the API benchmark: whole copies of the stored articles (sentences,
 * full-text index, events, cross-article events) shifted by k years, so the copy is new data with the real
 * shape and distribution of the corpus. Runs in SQL, one transaction per copy. The store must be of the current
 * schema (open it with the store once, which migrates it).
 */
import Database from 'better-sqlite3';
import { derivedDelta } from '../src/store/sqlite/schema.js';

/** Column names of a table, in order. */
function columns(db: Database.Database, table: string): string[] {
  return (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
}

/** The SELECT list copying `table`, with some columns replaced by expressions. */
function copyList(db: Database.Database, table: string, replace: Record<string, string>): { cols: string; select: string } {
  const cols = columns(db, table);
  return { cols: cols.map((c) => `"${c}"`).join(', '), select: cols.map((c) => replace[c] ?? `"${c}"`).join(', ') };
}

/** Shift a YYYY[-MM[-DD]] date column by :k years, in SQL. */
const shifted = (col: string): string => `CASE WHEN ${col} IS NULL THEN NULL ELSE printf('%04d', CAST(substr(${col}, 1, 4) AS INTEGER) + :k) || substr(${col}, 5) END`;

/** Add derived copies until the store holds at least `minEvents` events; returns the count. */
export function deriveEvents(path: string, minEvents: number): number {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  const count = (): number => (db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
  const max = (t: string): number => (db.prepare(`SELECT coalesce(max(id), 0) AS n FROM ${t}`).get() as { n: number }).n;
  const base = { articles: max('articles'), sentences: max('sentences'), events: max('events') };
  const a = copyList(db, 'articles', { id: 'id + :k * :A', hash: "hash || '-derived-' || :k", ext_id: "ext_id || '#derived-' || :k", published_at: shifted('published_at') });
  const s = copyList(db, 'sentences', { id: 'id + :k * :S', article_id: 'article_id + :k * :A' });
  const e = copyList(db, 'events', {
    id: 'id + :k * :E', article_id: 'article_id + :k * :A', sentence_id: 'sentence_id + :k * :S', date: shifted('date'),
    base_key: "base_key || '#' || :k", group_id: "substr(group_id, 1, 14) || printf('%02x', :k)",
  });
  const g = copyList(db, 'event_groups', { id: "substr(id, 1, 14) || printf('%02x', :k)", global_id: 'global_id + :k', base_key: "base_key || '#' || :k", date: shifted('date') });
  const copy = db.transaction((k: number) => {
    const p = { k, A: base.articles, S: base.sentences, E: base.events };
    db.prepare(`INSERT INTO articles(${a.cols}) SELECT ${a.select} FROM articles WHERE id <= :A`).run(p);
    db.prepare(`INSERT INTO sentences(${s.cols}) SELECT ${s.select} FROM sentences WHERE id <= :S`).run(p);
    db.prepare('INSERT INTO sentence_fts(rowid, text) SELECT id, text FROM sentences WHERE id > :k * :S AND id <= (:k + 1) * :S').run({ k, S: base.sentences });
    db.prepare(`INSERT INTO events(${e.cols}) SELECT ${e.select} FROM events WHERE id <= :E`).run(p);
    db.prepare(`INSERT OR IGNORE INTO event_groups(${g.cols}) SELECT ${g.select} FROM event_groups WHERE base_key NOT LIKE '%#%'`).run({ k });
    // The store's per-period counts and place names, for the copied events (what the store does per article).
    for (const sql of derivedDelta('id > :k * :E AND id <= (:k + 1) * :E', 1)) db.prepare(sql).run({ k, E: base.events });
  });
  for (let k = 1; count() < minEvents; k++) {
    if (k > 250) throw new Error('derive: the store has too few events to top up');
    copy(k);
  }
  const n = count();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return n;
}
