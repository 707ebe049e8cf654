/**
 * The PostgreSQL schema as versioned migrations, applied in order on start under an advisory lock, so
 * that many workers starting at once migrate the database exactly once.
 */
import type { PoolClient } from 'pg';

/** One schema step: its version number and DDL (run in one transaction with the version bump). */
export interface Migration {
  readonly version: number;
  readonly sql: string;
}

/** Every migration, oldest first. Append new steps; never edit a released one. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
CREATE TABLE articles (
  id BIGSERIAL PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  ext_id TEXT NOT NULL,
  origin TEXT NOT NULL,
  title TEXT, url TEXT, source TEXT, published_at TEXT,
  source_key TEXT NOT NULL,
  text TEXT NOT NULL,
  -- Segmentation and actor mentions as JSON (see the SQLite schema): one row per article, not ~130.
  sentences JSONB NOT NULL,
  mentions JSONB NOT NULL,
  coder_version TEXT NOT NULL,
  added_at TEXT NOT NULL
);
CREATE INDEX articles_version ON articles(coder_version);
CREATE TABLE sentences (
  id BIGSERIAL PRIMARY KEY,
  article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  coder_version TEXT NOT NULL,
  tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED
);
CREATE INDEX sentences_article ON sentences(article_id, idx);
CREATE INDEX sentences_tsv ON sentences USING GIN (tsv);
CREATE TABLE events (
  id BIGSERIAL PRIMARY KEY,
  article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  sentence_id BIGINT NOT NULL,
  trig_start INTEGER NOT NULL, trig_end INTEGER NOT NULL,
  source_code TEXT, source_text TEXT, source_country TEXT, source_sector TEXT, source_start INTEGER, source_end INTEGER,
  target_code TEXT, target_text TEXT, target_country TEXT, target_sector TEXT, target_start INTEGER, target_end INTEGER,
  cameo TEXT, goldstein DOUBLE PRECISION, quad INTEGER,
  plover_type TEXT, plover_mode TEXT, acled TEXT,
  negated INTEGER NOT NULL, modality TEXT NOT NULL,
  attr_text TEXT, attr_code TEXT, hedged INTEGER NOT NULL,
  date TEXT, date_precision TEXT, date_basis TEXT,
  place_name TEXT, place_country TEXT, place_lat DOUBLE PRECISION, place_lon DOUBLE PRECISION, place_geonameid BIGINT,
  rule_file TEXT NOT NULL, rule_line INTEGER NOT NULL, rule_id TEXT NOT NULL,
  coder_version TEXT NOT NULL,
  base_key TEXT,
  group_id TEXT
);
CREATE INDEX events_article ON events(article_id, seq);
CREATE INDEX events_source ON events(source_code text_pattern_ops);
CREATE INDEX events_target ON events(target_code text_pattern_ops);
CREATE INDEX events_cameo ON events(cameo text_pattern_ops);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_base ON events(base_key);
CREATE TABLE event_groups (
  id TEXT PRIMARY KEY,
  global_id BIGINT NOT NULL,
  base_key TEXT NOT NULL,
  date TEXT, cameo TEXT, quad INTEGER, goldstein DOUBLE PRECISION,
  source_code TEXT, source_name TEXT, source_country TEXT, source_sector TEXT,
  target_code TEXT, target_name TEXT, target_country TEXT, target_sector TEXT,
  place_name TEXT, place_country TEXT, place_lat DOUBLE PRECISION, place_lon DOUBLE PRECISION, place_geonameid BIGINT,
  mentions INTEGER NOT NULL, sources INTEGER NOT NULL, articles INTEGER NOT NULL,
  in_lead INTEGER NOT NULL, first_url TEXT, first_added TEXT NOT NULL
);
CREATE INDEX event_groups_base ON event_groups(base_key);
`,
  },
  {
    // The SQLite store's schema 5 equivalents that this backend's queries use: pages in date order read one index
    // in the query's ORDER BY (and stop at the page's end), and --place finds a country's events by index.
    version: 2,
    sql: `
CREATE INDEX events_order ON events ((coalesce(date, '') COLLATE "C") DESC, article_id, seq);
CREATE INDEX events_place_country ON events(place_country);
`,
  },
  {
    // Why an event is background, not news (ADR 0010); NULL, news, for every event stored before.
    version: 3,
    sql: `
ALTER TABLE events ADD COLUMN background TEXT;
`,
  },
];

/** The schema version this Dyad writes and reads. */
export const PG_SCHEMA_VERSION = MIGRATIONS.reduce((v, m) => Math.max(v, m.version), 0);

// A fixed advisory-lock key (ASCII "dyadmig") that serialises migrations across processes.
const MIGRATION_LOCK = 0x647961646d6967;

/**
 * Bring the schema up to PG_SCHEMA_VERSION; refuses a database written by a newer Dyad. Each step commits
 * with its version row, so an interrupted migration resumes at the step that failed.
 */
export async function migrate(client: PoolClient, where: string): Promise<void> {
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    await client.query('CREATE TABLE IF NOT EXISTS dyad_schema (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
    const r = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM dyad_schema');
    const current = r.rows[0]?.v ?? 0;
    if (current > PG_SCHEMA_VERSION) throw new Error(`[STORE001] ${where}: schema version ${current}, this Dyad needs ${PG_SCHEMA_VERSION} (upgrade Dyad)`);
    for (const m of MIGRATIONS) {
      if (m.version <= current) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO dyad_schema(version) VALUES ($1)', [m.version]);
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK');
        throw e;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
}
