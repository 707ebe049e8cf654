/** The SQLite schema: articles, sentences (with FTS5), mentions, events and cross-article event groups. */

/**
 * Bumped when the schema changes. An older store is migrated on its first writable open (MIGRATIONS, in
 * migrate.ts); one older than the first migration, or written by a newer Dyad, is refused with a clear error.
 * An index defined anew needs no bump: the first writable open recreates it (redefinedIndexes, migrate.ts).
 */
export const SCHEMA_VERSION = 6;

/**
 * The actor-code prefix lengths event_days keys. An actor filter of one of these lengths is one key: every code
 * it matches is at least that long, so has that prefix as a key. CAMEO codes are made of 3-letter parts.
 */
export const ACTOR_KEY_LENGTHS: readonly number[] = [3, 6, 9, 12];

/** The events event_days counts: news, not background (ADR 0010). */
const NEWS = 'background IS NULL';

/** Quad columns of event_days: 0 holds events without a QuadClass. */
const QUADS = [0, 1, 2, 3, 4] as const;

/**
 * The event_days rows of the events `where` selects (a predicate over `events`), aggregated: each event counts
 * once for '' and once for each keyed prefix of either actor code (UNION: once even when both sides share it), in
 * its date (any precision, kind d), its ISO week's Monday (back 6 days, on to a Monday; kind w) and its month (m).
 * Returns the WITH clause and the SELECT apart, so an INSERT can stand between them.
 */
function eventDaysParts(where: string, sign: 1 | -1, news: string): { with: string; select: string } {
  const lens = ACTOR_KEY_LENGTHS.map((n) => `(${n})`).join(', ');
  const side = (col: string): string => `SELECT id, substr(${col}, 1, n) FROM ev, lens WHERE length(${col}) >= n`;
  const per = (kind: string, period: string, has: string): string => `SELECT id, '${kind}', ${period} FROM ev WHERE ${has}`;
  const q = 'coalesce(e.quad, 0)';
  const sums = QUADS.map((i) => `${sign} * sum(${q} = ${i}) AS n${i}, ${sign} * sum((${q} = ${i}) * coalesce(e.goldstein, 0)) AS g${i}`).join(', ');
  return {
    with: `WITH ev AS MATERIALIZED (SELECT id, negated, date, quad, goldstein, source_code, target_code FROM events WHERE ${where} AND ${news}),
    lens(n) AS (VALUES ${lens}),
    keyed(id, k) AS (SELECT id, '' FROM ev UNION ${side('source_code')} UNION ${side('target_code')}),
    periods(id, kind, period) AS (${per('d', 'date', "coalesce(date, '') <> ''")} UNION ALL ${per('w', "date(date, '-6 days', 'weekday 1')", 'length(date) = 10')}
      UNION ALL ${per('m', 'substr(date, 1, 7)', 'length(date) >= 7')})`,
    select: `SELECT keyed.k AS actor, e.negated AS negated, p.kind AS kind, p.period AS period, ${sums}
    FROM keyed JOIN periods p ON p.id = keyed.id JOIN ev e ON e.id = keyed.id GROUP BY keyed.k, e.negated, p.kind, p.period`,
  };
}

/** The rows of event_days computed from all events (tests compare the table, kept up write by write, with it). */
export function eventDaysFromEvents(): string {
  const p = eventDaysParts('1', 1, NEWS);
  return `${p.with} ${p.select}`;
}

/**
 * SQL adding (sign 1) or taking away (sign -1) the events `where` selects to event_days and event_places; the
 * store runs it for each article it writes (after its events go in) or recodes (before they go), in the same
 * transaction; event_days counts the `news` among them (the 4 → 5 migration, older than the background column,
 * counts every event). Aggregated first: an article's events share days and actors, so this is a few upserts, not
 * fifteen per event as a trigger would make.
 */
export function derivedDelta(where: string, sign: 1 | -1, news = NEWS): string[] {
  const p = eventDaysParts(where, sign, news);
  const add = QUADS.map((i) => `n${i} = n${i} + excluded.n${i}, g${i} = g${i} + excluded.g${i}`).join(', ');
  return [
    `${p.with} INSERT INTO event_days SELECT * FROM (${p.select}) WHERE true ON CONFLICT(actor, negated, kind, period) DO UPDATE SET ${add}`,
    `INSERT INTO event_places(name, n) SELECT * FROM (SELECT place_name, ${sign} * count(*) FROM events WHERE ${where} AND place_name IS NOT NULL GROUP BY place_name) WHERE true
      ON CONFLICT(name) DO UPDATE SET n = n + excluded.n`,
  ];
}

/**
 * Event counts and Goldstein sums per QuadClass (columns n0..n4, g0..g4; 0: no QuadClass) per date, ISO week and
 * month (kind d, w, m), for all events (actor '') and for each keyed actor-code prefix, negated events apart: a
 * timeline reads one row per bucket, in order, instead of grouping every matching event. And the distinct place
 * names, with how many events each has: a --place substring is matched against these few hundred names, not
 * against every event row. Both kept exact by derivedDelta in each writing transaction; rows whose counts fall
 * to 0 stay, and readers skip them.
 */
export const EVENT_DAYS = `
CREATE TABLE IF NOT EXISTS event_days (
  actor TEXT NOT NULL, negated INTEGER NOT NULL, kind TEXT NOT NULL, period TEXT NOT NULL,
  ${QUADS.map((i) => `n${i} INTEGER NOT NULL, g${i} REAL NOT NULL`).join(', ')},
  PRIMARY KEY (actor, negated, kind, period)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS event_places (name TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
`;

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
-- The article columns an event row shows, apart from the article's text and JSON: a page reads them here
-- (INDEXED BY, see ARTICLE_META) instead of walking each article row's overflow pages to added_at, its last column.
CREATE INDEX IF NOT EXISTS articles_meta ON articles(id, hash, ext_id, title, url, source, published_at, added_at);
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
  mentions INTEGER NOT NULL DEFAULT 0,
  -- Why the event is background, not news (clause, pluperfect, earlier-year; ADR 0010); NULL for news.
  background TEXT
);
CREATE INDEX IF NOT EXISTS events_article ON events(article_id, seq);
-- Pages sought by actor read these alone (they hold every filter and sort column), never the table rows.
CREATE INDEX IF NOT EXISTS events_source ON events(source_code, negated, background, quad, mentions, coalesce(date, ''), article_id, seq,
  target_code, cameo, place_country, place_name, sentence_id, date);
CREATE INDEX IF NOT EXISTS events_target ON events(target_code, negated, background, quad, mentions, coalesce(date, ''), article_id, seq,
  source_code, cameo, place_country, place_name, sentence_id, date);
CREATE INDEX IF NOT EXISTS events_cameo ON events(cameo);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE INDEX IF NOT EXISTS events_base ON events(base_key);
-- Pages in date order (the API, dyad events --limit) and the aggregates walk this covering index: in sort
-- order, with every filtered column, so a page stops at its last row and a timeline never reads the table
-- (and the date column itself: SQLite takes a column an expression is built from only from a plain index column).
CREATE INDEX IF NOT EXISTS events_order ON events(coalesce(date, '') DESC, article_id, seq, negated, background, quad, goldstein,
  cameo, source_code, target_code, place_country, place_name, sentence_id, date);
-- Pages most reported first: the order of events_order with the group's mention count in front.
CREATE INDEX IF NOT EXISTS events_count ON events(mentions DESC, coalesce(date, '') DESC, article_id, seq, negated, background, quad, goldstein,
  cameo, source_code, target_code, place_country, place_name, sentence_id, date);
-- The mentions of one cross-article event (the API's event page).
CREATE INDEX IF NOT EXISTS events_group ON events(group_id);
-- The events of the sentences a full-text query matches: a page of a rare word is sought through it, not scanned for.
CREATE INDEX IF NOT EXISTS events_sentence ON events(sentence_id);
-- The --place filter: events of a country, and of the place names (event_places) that match the substring. Like the
-- actor indexes they hold every filter and sort column, so a page sought through them never reads the table rows.
CREATE INDEX IF NOT EXISTS events_place_country ON events(place_country, negated, background, quad, mentions, coalesce(date, ''), article_id, seq,
  source_code, target_code, cameo, place_name, sentence_id, date);
CREATE INDEX IF NOT EXISTS events_place_name ON events(place_name, negated, background, quad, mentions, coalesce(date, ''), article_id, seq,
  source_code, target_code, cameo, place_country, sentence_id, date);
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
