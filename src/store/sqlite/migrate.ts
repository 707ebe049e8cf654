/**
 * SQLite schema migrations: each step takes a store from one version to the next in one transaction, on the
 * first writable open of an older store, so an interrupted migration leaves the store at the version it had.
 */
import type Database from 'better-sqlite3';
import { derivedDelta, EVENT_DAYS, SCHEMA, SCHEMA_VERSION } from './schema.js';

/** One step: the version it starts from, and what it does (SCHEMA, with the new indexes and triggers, runs after the last). */
interface Migration {
  readonly from: number;
  readonly run: (db: Database.Database) => void;
}

/** Every step, oldest first. Append new steps; never edit a released one. */
const MIGRATIONS: readonly Migration[] = [
  {
    // 4 → 5: events carry their group's mention count (count-sorted pages walk events_count), the actor indexes
    // cover every filter and sort column (SCHEMA recreates them), and event_days
    // holds per-period counts for the timeline, event_places the distinct place names. The indexes and triggers come from SCHEMA, after this step.
    from: 4,
    run: (db) => {
      db.exec('ALTER TABLE events ADD COLUMN mentions INTEGER NOT NULL DEFAULT 0');
      db.exec('UPDATE events SET mentions = coalesce((SELECT g.mentions FROM event_groups g WHERE g.id = events.group_id), 0) WHERE group_id IS NOT NULL');
      for (const i of ['event_groups_mentions', 'events_source', 'events_target']) db.exec(`DROP INDEX IF EXISTS ${i}`);
      db.exec(EVENT_DAYS);
      // Before schema 6 every event was news (no background column yet): all are counted.
      for (const sql of derivedDelta('1', 1, '1')) db.exec(sql);
    },
  },
  {
    // 5 → 6: events say why they are background (ADR 0010; NULL, news, for every event stored before), and the
    // covering indexes hold the column, so the default filter (news only) stays index-only. SCHEMA recreates them.
    from: 5,
    run: (db) => {
      db.exec('ALTER TABLE events ADD COLUMN background TEXT');
      for (const i of ['events_source', 'events_target', 'events_order', 'events_count']) db.exec(`DROP INDEX IF EXISTS ${i}`);
    },
  },
];

const squash = (sql: string): string => sql.replace(/\s+/g, ' ').trim();

/** SCHEMA's indexes by name, each as sqlite_master keeps its definition (no IF NOT EXISTS), whitespace collapsed. */
const SCHEMA_INDEXES = new Map([...SCHEMA.matchAll(/CREATE INDEX IF NOT EXISTS (\w+) ON ([^;]+);/g)].map((m) => [m[1] ?? '', squash(`CREATE INDEX ${m[1] ?? ''} ON ${m[2] ?? ''}`)]));

/**
 * The store's indexes that SCHEMA now defines otherwise (more columns to cover a query, say). They are dropped
 * and SCHEMA creates them anew: an index is derived data, so changing one needs no schema step.
 */
export function redefinedIndexes(db: Database.Database): string[] {
  const rows = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").all() as { name: string; sql: string }[];
  return rows.filter((r) => SCHEMA_INDEXES.has(r.name) && SCHEMA_INDEXES.get(r.name) !== squash(r.sql)).map((r) => r.name);
}

/** The schema version recorded in the store, or null when it has none (a new file). */
export function storedVersion(db: Database.Database): number | null {
  const v = db.prepare('SELECT value FROM meta WHERE key = ?').get('schema') as { value: string } | undefined;
  return v === undefined ? null : Number(v.value);
}

/**
 * Bring the store at `path` to SCHEMA_VERSION, creating it when new. Throws STORE001 for a version no step
 * starts from (too old, or newer than this Dyad).
 */
export function migrate(db: Database.Database, path: string): void {
  db.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
  const found = storedVersion(db);
  // Every step and the current SCHEMA in one transaction: the store is at its old version or the new one. BEGIN
  // IMMEDIATE takes the write lock first and waits for it (busy_timeout): a deferred transaction that reads and then
  // writes fails at once with "database is locked" when another process (a `dyad serve` worker) opens the store too.
  db.transaction(() => {
    for (let v = found ?? SCHEMA_VERSION; v !== SCHEMA_VERSION; v++) {
      const step = MIGRATIONS.find((m) => m.from === v);
      if (!step) throw new Error(`[STORE001] ${path}: schema version ${v}, this Dyad needs ${SCHEMA_VERSION} (${v > SCHEMA_VERSION ? 'upgrade Dyad' : 'ingest into a new --db'})`);
      step.run(db);
    }
    for (const name of redefinedIndexes(db)) db.exec(`DROP INDEX ${name}`);
    db.exec(SCHEMA);
    db.prepare('INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run('schema', String(SCHEMA_VERSION));
  }).immediate();
}
