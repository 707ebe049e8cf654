/** The SQLite schema: articles, sentences (with FTS5), mentions, events and cross-article event groups. */

/**
 * Bumped when the schema changes. An older store is migrated on its first writable open (MIGRATIONS, in
 * migrate.ts); one older than the first migration, or written by a newer Dyad, is refused with a clear error.
 */
export const SCHEMA_VERSION = 5;

/**
 * The actor-code prefix lengths event_days keys. An actor filter of one of these lengths is one key: every code
 * it matches is at least that long, so has that prefix as a key. CAMEO codes are made of 3-letter parts.
 */
export const ACTOR_KEY_LENGTHS: readonly number[] = [3, 6, 9, 12];

/**
 * The distinct event_days keys of the events row `r` (NEW or OLD in a trigger) as a compound SELECT: '' (every
 * event) and each keyed prefix of either actor code, once even when both sides share it (so a sum never counts
 * an event twice for one key).
 */
function actorKeys(r: string): string {
  const arms = ["SELECT '' AS k"];
  for (const side of ['source_code', 'target_code']) {
    for (const n of ACTOR_KEY_LENGTHS) arms.push(`SELECT substr(${r}.${side}, 1, ${n}) WHERE length(${r}.${side}) >= ${n}`);
  }
  return arms.join(' UNION ');
}

/**
 * The periods a date (SQL expression) counts in, as (kind, period) rows: 'd' the date itself (any precision), 'w'
 * the Monday of its ISO week (back 6 days, then on to a Monday), 'm' its month; none for a missing date.
 */
function periods(date: string): string {
  return `SELECT 'd' AS kind, ${date} AS period WHERE coalesce(${date}, '') <> ''
    UNION ALL SELECT 'w', date(${date}, '-6 days', 'weekday 1') WHERE length(${date}) = 10
    UNION ALL SELECT 'm', substr(${date}, 1, 7) WHERE length(${date}) >= 7`;
}

/** Quad columns of event_days: 0 holds events without a QuadClass. */
const QUADS = [0, 1, 2, 3, 4] as const;

/** Add one event row (`r`) to event_days (sign 1) or take it away (sign -1). */
function daysDelta(r: 'NEW' | 'OLD', sign: 1 | -1): string {
  const q = `coalesce(${r}.quad, 0)`;
  const g = `coalesce(${r}.goldstein, 0)`;
  const set = QUADS.map((i) => `n${i} = n${i} + ${sign} * (${q} = ${i}), g${i} = g${i} + ${sign} * (${q} = ${i}) * ${g}`).join(', ');
  if (sign === 1) {
    return `INSERT INTO event_days(actor, negated, kind, period, ${QUADS.map((i) => `n${i}, g${i}`).join(', ')})
    SELECT k.k, ${r}.negated, p.kind, p.period, ${QUADS.map((i) => `(${q} = ${i}), (${q} = ${i}) * ${g}`).join(', ')}
    FROM (${actorKeys(r)}) k CROSS JOIN (${periods(`${r}.date`)}) p WHERE true
    ON CONFLICT(actor, negated, kind, period) DO UPDATE SET ${set};`;
  }
  return `UPDATE event_days SET ${set}
    WHERE actor IN (${actorKeys(r)}) AND negated = ${r}.negated AND (kind, period) IN (${periods(`${r}.date`)});`;
}

/**
 * Event counts and Goldstein sums per QuadClass (columns n0..n4, g0..g4; 0: no QuadClass) per date, ISO week and
 * month (kind d, w, m), for all events (actor '') and for each keyed actor-code prefix, negated events apart: a
 * timeline reads one row per bucket, in order, instead of grouping every matching event. Triggers keep it exact in
 * the writing transaction, whatever writes events (the store, a migration, bench/derive.ts). Rows whose counts
 * fall to 0 stay, and readers skip them.
 */
export const EVENT_DAYS = `
CREATE TABLE IF NOT EXISTS event_days (
  actor TEXT NOT NULL, negated INTEGER NOT NULL, kind TEXT NOT NULL, period TEXT NOT NULL,
  ${QUADS.map((i) => `n${i} INTEGER NOT NULL, g${i} REAL NOT NULL`).join(', ')},
  PRIMARY KEY (actor, negated, kind, period)
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS events_days_insert AFTER INSERT ON events BEGIN
  ${daysDelta('NEW', 1)}
END;
CREATE TRIGGER IF NOT EXISTS events_days_delete AFTER DELETE ON events BEGIN
  ${daysDelta('OLD', -1)}
END;
CREATE TRIGGER IF NOT EXISTS events_days_update AFTER UPDATE OF date, quad, negated, goldstein, source_code, target_code ON events BEGIN
  ${daysDelta('OLD', -1)}
  ${daysDelta('NEW', 1)}
END;
-- The distinct place names, with how many events each has: a --place substring is matched against these few
-- hundred names, not against every event row (the rows are then found by name or country).
CREATE TABLE IF NOT EXISTS event_places (name TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS events_places_insert AFTER INSERT ON events WHEN NEW.place_name IS NOT NULL BEGIN
  INSERT INTO event_places(name, n) VALUES (NEW.place_name, 1) ON CONFLICT(name) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER IF NOT EXISTS events_places_delete AFTER DELETE ON events WHEN OLD.place_name IS NOT NULL BEGIN
  UPDATE event_places SET n = n - 1 WHERE name = OLD.place_name;
END;
CREATE TRIGGER IF NOT EXISTS events_places_update AFTER UPDATE OF place_name ON events BEGIN
  UPDATE event_places SET n = n - 1 WHERE name = OLD.place_name;
  INSERT INTO event_places(name, n) SELECT NEW.place_name, 1 WHERE NEW.place_name IS NOT NULL ON CONFLICT(name) DO UPDATE SET n = n + 1;
END;
`;

/** The rows of event_days computed from the events themselves (a migration fills the table with this; tests compare). */
export function eventDaysFromEvents(): string {
  const lens = ACTOR_KEY_LENGTHS.map((n) => `(${n})`).join(', ');
  const side = (col: string): string => `SELECT id, substr(${col}, 1, n) FROM events, lens WHERE length(${col}) >= n`;
  const q = 'coalesce(e.quad, 0)';
  const sums = QUADS.map((i) => `sum(${q} = ${i}) AS n${i}, sum((${q} = ${i}) * coalesce(e.goldstein, 0)) AS g${i}`).join(', ');
  const per = (kind: string, period: string, has: string): string => `SELECT id, '${kind}', ${period} FROM events WHERE ${has}`;
  return `WITH lens(n) AS (VALUES ${lens}),
    keyed(id, k) AS (SELECT id, '' FROM events UNION ${side('source_code')} UNION ${side('target_code')}),
    periods(id, kind, period) AS (${per('d', 'date', "coalesce(date, '') <> ''")} UNION ALL ${per('w', "date(date, '-6 days', 'weekday 1')", 'length(date) = 10')}
      UNION ALL ${per('m', 'substr(date, 1, 7)', 'length(date) >= 7')})
    SELECT keyed.k AS actor, e.negated AS negated, p.kind AS kind, p.period AS period, ${sums}
    FROM keyed JOIN periods p ON p.id = keyed.id JOIN events e ON e.id = keyed.id GROUP BY keyed.k, e.negated, p.kind, p.period`;
}

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
  cameo TEXT, goldstein REAL, quad INTEGER,
  plover_type TEXT, plover_mode TEXT, acled TEXT,
  negated INTEGER NOT NULL, modality TEXT NOT NULL,
  attr_text TEXT, attr_code TEXT, hedged INTEGER NOT NULL,
  date TEXT, date_precision TEXT, date_basis TEXT,
  place_name TEXT, place_country TEXT, place_lat REAL, place_lon REAL, place_geonameid INTEGER,
  rule_file TEXT NOT NULL, rule_line INTEGER NOT NULL, rule_id TEXT NOT NULL,
  coder_version TEXT NOT NULL,
  base_key TEXT,
  group_id TEXT,
  -- The mention count of the event's cross-article group (0 without one), kept with the event so pages sorted
  -- by it walk one index (events_count) in order, as date-sorted ones walk events_order.
  mentions INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS events_article ON events(article_id, seq);
-- Pages sought by actor read these alone (they hold every filter and sort column), never the table rows.
CREATE INDEX IF NOT EXISTS events_source ON events(source_code, negated, quad, mentions, coalesce(date, ''), article_id, seq,
  target_code, cameo, place_country, place_name, sentence_id, date);
CREATE INDEX IF NOT EXISTS events_target ON events(target_code, negated, quad, mentions, coalesce(date, ''), article_id, seq,
  source_code, cameo, place_country, place_name, sentence_id, date);
CREATE INDEX IF NOT EXISTS events_cameo ON events(cameo);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE INDEX IF NOT EXISTS events_base ON events(base_key);
-- Pages in date order (the API, dyad events --limit) and the aggregates walk this covering index: in sort
-- order, with every filtered column, so a page stops at its last row and a timeline never reads the table
-- (and the date column itself: SQLite takes a column an expression is built from only from a plain index column).
CREATE INDEX IF NOT EXISTS events_order ON events(coalesce(date, '') DESC, article_id, seq, negated, quad, goldstein,
  cameo, source_code, target_code, place_country, place_name, sentence_id, date);
-- Pages most reported first: the order of events_order with the group's mention count in front.
CREATE INDEX IF NOT EXISTS events_count ON events(mentions DESC, coalesce(date, '') DESC, article_id, seq, negated, quad, goldstein,
  cameo, source_code, target_code, place_country, place_name, sentence_id, date);
-- The mentions of one cross-article event (the API's event page).
CREATE INDEX IF NOT EXISTS events_group ON events(group_id);
-- The --place filter: events of a country, and of the place names (event_places) that match the substring.
CREATE INDEX IF NOT EXISTS events_place_country ON events(place_country);
CREATE INDEX IF NOT EXISTS events_place_name ON events(place_name);
CREATE TABLE IF NOT EXISTS event_groups (
  id TEXT PRIMARY KEY,
  global_id INTEGER NOT NULL,
  base_key TEXT NOT NULL,
  date TEXT, cameo TEXT, quad INTEGER, goldstein REAL,
  source_code TEXT, source_name TEXT, source_country TEXT, source_sector TEXT,
  target_code TEXT, target_name TEXT, target_country TEXT, target_sector TEXT,
  place_name TEXT, place_country TEXT, place_lat REAL, place_lon REAL, place_geonameid INTEGER,
  mentions INTEGER NOT NULL, sources INTEGER NOT NULL, articles INTEGER NOT NULL,
  in_lead INTEGER NOT NULL, first_url TEXT, first_added TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS event_groups_base ON event_groups(base_key);
${EVENT_DAYS}`;
