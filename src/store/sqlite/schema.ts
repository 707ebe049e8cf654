/** The SQLite schema: articles, sentences (with FTS5), mentions, events and cross-article event groups. */

/** Bumped when the schema changes; a store with another version is refused with a clear error. */
export const SCHEMA_VERSION = 4;

/** DDL, idempotent. Offsets are UTF-16 code units into articles.text, as everywhere in Dyad. */
export const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
  id INTEGER PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  ext_id TEXT NOT NULL,
  origin TEXT NOT NULL,
  title TEXT, url TEXT, source TEXT, published_at TEXT,
  source_key TEXT NOT NULL,
  text TEXT NOT NULL,
  -- The article's segmentation and actor mentions, as JSON: [[start, end], ...] and
  -- [{sentence, start, end, text, code, country, sector, name, rule}, ...]. Kept with the article
  -- (one row, not ~130) because nothing queries them row by row; json_each() reads them in SQL.
  sentences TEXT NOT NULL,
  mentions TEXT NOT NULL,
  coder_version TEXT NOT NULL,
  added_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_version ON articles(coder_version);
-- Sentences that carry events, with their text: what queries show and full-text search indexes.
CREATE TABLE IF NOT EXISTS sentences (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  coder_version TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sentences_article ON sentences(article_id, idx);
CREATE VIRTUAL TABLE IF NOT EXISTS sentence_fts USING fts5(text, content='sentences', content_rowid='id');
CREATE TABLE IF NOT EXISTS events (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  sentence_id INTEGER NOT NULL,
  trig_start INTEGER NOT NULL, trig_end INTEGER NOT NULL,
  source_code TEXT, source_text TEXT, source_country TEXT, source_sector TEXT, source_start INTEGER, source_end INTEGER,
  target_code TEXT, target_text TEXT, target_country TEXT, target_sector TEXT, target_start INTEGER, target_end INTEGER,
  cameo TEXT NOT NULL, goldstein REAL NOT NULL, quad INTEGER NOT NULL,
  plover_type TEXT, plover_mode TEXT, acled TEXT,
  negated INTEGER NOT NULL, modality TEXT NOT NULL,
  attr_text TEXT, attr_code TEXT, hedged INTEGER NOT NULL,
  date TEXT, date_precision TEXT, date_basis TEXT,
  place_name TEXT, place_country TEXT, place_lat REAL, place_lon REAL, place_geonameid INTEGER,
  rule_file TEXT NOT NULL, rule_line INTEGER NOT NULL, rule_id TEXT NOT NULL,
  coder_version TEXT NOT NULL,
  base_key TEXT,
  group_id TEXT
);
CREATE INDEX IF NOT EXISTS events_article ON events(article_id, seq);
CREATE INDEX IF NOT EXISTS events_source ON events(source_code);
CREATE INDEX IF NOT EXISTS events_target ON events(target_code);
CREATE INDEX IF NOT EXISTS events_cameo ON events(cameo);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE INDEX IF NOT EXISTS events_base ON events(base_key);
-- Pages in date order (the API, dyad events --limit) and the aggregates walk this covering index: in sort
-- order, with every filtered column, so a page stops at its last row and a timeline never reads the table
-- (and the date column itself: SQLite takes a column an expression is built from only from a plain index column).
CREATE INDEX IF NOT EXISTS events_order ON events(coalesce(date, '') DESC, article_id, seq, negated, quad, goldstein,
  cameo, source_code, target_code, place_country, place_name, sentence_id, date);
-- The mentions of one cross-article event (the API's event page).
CREATE INDEX IF NOT EXISTS events_group ON events(group_id);
-- No index of its own on place: the --place filter is a substring match, read from events_order.
CREATE TABLE IF NOT EXISTS event_groups (
  id TEXT PRIMARY KEY,
  global_id INTEGER NOT NULL,
  base_key TEXT NOT NULL,
  date TEXT, cameo TEXT NOT NULL, quad INTEGER NOT NULL, goldstein REAL NOT NULL,
  source_code TEXT, source_name TEXT, source_country TEXT, source_sector TEXT,
  target_code TEXT, target_name TEXT, target_country TEXT, target_sector TEXT,
  place_name TEXT, place_country TEXT, place_lat REAL, place_lon REAL, place_geonameid INTEGER,
  mentions INTEGER NOT NULL, sources INTEGER NOT NULL, articles INTEGER NOT NULL,
  in_lead INTEGER NOT NULL, first_url TEXT, first_added TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS event_groups_base ON event_groups(base_key);
-- Pages sorted by mention count walk this index (most reported first).
CREATE INDEX IF NOT EXISTS event_groups_mentions ON event_groups(mentions);
`;
