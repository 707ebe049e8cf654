/** SQL for event queries: each filter maps to an indexed predicate; text goes through FTS5. */
import type { EventQuery, EventSort } from '../store.js';
import { EVENT_ROW_SELECT } from './rows.js';
import { ACTOR_KEY_LENGTHS } from './schema.js';

/** A prefix pattern for GLOB (which uses the index on a BINARY column), with GLOB's own wildcards escaped. */
function prefix(s: string): string {
  return `${s.replace(/[*?[\]]/g, (c) => `[${c}]`)}*`;
}

/** The stored place names that contain a substring (bound as a LIKE pattern). */
const PLACE_NAMES = "SELECT name FROM event_places WHERE n > 0 AND name LIKE ? ESCAPE '\\'";

/** The LIKE pattern of a place substring, with LIKE's own wildcards escaped. */
const placePattern = (place: string): string => `%${place.replace(/[%_\\]/g, (ch) => `\\${ch}`)}%`;

/** How a paged query reaches its rows: through the index of a selective filter, or by scanning events_order (events_count) in order. */
export type Access = 'seek' | 'scan';

/**
 * The WHERE predicates of `query` over `events e`, with bound parameters (shared by listing, stats and export).
 * With `scan`, the actor, code, place and full-text predicates are written `+col` so SQLite does not pick their indexes and
 * walks the covering events_order index in sort order instead, stopping at the page's last row. With `actorSide`,
 * the actor filter is on that side only (one branch of a page sought through both actor indexes).
 */
export function eventFilters(query: EventQuery, access: Access = 'seek', actorSide?: 'source_code' | 'target_code'): { where: string[]; params: (string | number)[] } {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const c = (col: string): string => (access === 'scan' ? `+${col}` : col);
  if (!query.negated) where.push('e.negated = 0');
  if (!query.background) where.push('e.background IS NULL');
  if (query.actor && actorSide) { where.push(`e.${actorSide} GLOB ?`); params.push(prefix(query.actor)); }
  else if (query.actor) { where.push(`(${c('e.source_code')} GLOB ? OR ${c('e.target_code')} GLOB ?)`); params.push(prefix(query.actor), prefix(query.actor)); }
  if (query.source) { where.push(`${c('e.source_code')} GLOB ?`); params.push(prefix(query.source)); }
  if (query.target) { where.push(`${c('e.target_code')} GLOB ?`); params.push(prefix(query.target)); }
  if (query.code) { where.push(`${c('e.cameo')} GLOB ?`); params.push(prefix(query.code)); }
  if (query.quad !== undefined) { where.push('e.quad = ?'); params.push(query.quad); }
  // Date bounds on the sort expression (as events_order holds it), so they are a range of that index; undated
  // events (the empty string there) are never inside.
  if (query.since) { where.push("coalesce(e.date, '') >= ?"); params.push(query.since); }
  // A month- or year-precision date ("2020-07") sorts before every day in it, so it stays inside the bound.
  if (query.until) { where.push("coalesce(e.date, '') <= ? AND coalesce(e.date, '') <> ''"); params.push(query.until); }
  if (query.place) {
    // The substring is matched against the distinct names (a few hundred), not against every event row.
    where.push(`(${c('e.place_name')} IN (${PLACE_NAMES}) OR ${c('e.place_country')} = ?)`);
    params.push(placePattern(query.place), query.place.toUpperCase());
  }
  if (query.text) { where.push(`${c('e.sentence_id')} IN (SELECT rowid FROM sentence_fts WHERE sentence_fts MATCH ?)`); params.push(query.text); }
  return { where, params };
}

/**
 * Below this many matches a filter's own index is the way in (seek, then sort); above it, scan in order. A seek
 * costs 1-2 µs a match, so it is bounded by this; a scan costs per 1/share of matches, and more when they
 * cluster in time. Where the two met on the 124,000-event bench:api store.
 */
export const SELECTIVE = 1500;

/**
 * Below this many matching sentences a full-text page is sought (read through events_sentence, then sorted);
 * above, scanned in order. On the 122,000-event bench:api store, 'ceasefire' (152 sentences) cost 1.0 ms sought
 * and 5.7 scanned, 'protest' (600) 2.3 and 1.2.
 */
export const TEXT_SELECTIVE = 500;

/** Below this many events of a place (or its country) a place page is sought through the covering place indexes. */
export const PLACE_SELECTIVE = 3000;

/**
 * Probes that count, up to SELECTIVE, the rows a filter's index leads to (index-only, so each costs at most
 * SELECTIVE index entries). The actor indexes cover every filter but the full text, so their probes count what a
 * page would really match. A page is sought through an index when some probe stays below.
 */
export function selectivityProbes(query: EventQuery): { sql: string; params: (string | number)[] }[] {
  const covered = (index: string, side?: 'source_code' | 'target_code'): { sql: string; params: (string | number)[] } => {
    const { text: _text, ...indexed } = query;
    const { where, params } = eventFilters(indexed, 'seek', side);
    return { sql: `(SELECT count(*) FROM (SELECT 1 FROM events e INDEXED BY ${index} WHERE ${where.join(' AND ')} LIMIT ${SELECTIVE}))`, params };
  };
  const probe = (col: string, v: string): { sql: string; params: string[] } => ({ sql: `SELECT count(*) AS n FROM (SELECT 1 FROM events WHERE ${col} GLOB ? LIMIT ${SELECTIVE})`, params: [prefix(v)] });
  const out: { sql: string; params: (string | number)[] }[] = [];
  if (query.actor) {
    const [src, tgt] = [covered('events_source', 'source_code'), covered('events_target', 'target_code')];
    out.push({ sql: `SELECT ${src.sql} + ${tgt.sql} AS n`, params: [...src.params, ...tgt.params] });
  }
  for (const [side, index] of [['source', 'events_source'], ['target', 'events_target']] as const) {
    if (query[side]) { const c = covered(index); out.push({ sql: `SELECT ${c.sql} AS n`, params: c.params }); }
  }
  if (query.code) out.push(probe('cameo', query.code));
  // The sentences a full-text query matches, sought through events_sentence when fewer than TEXT_SELECTIVE (the
  // count scaled to compare with SELECTIVE): each is a table row read (3-4 µs), where an index entry costs 0.2.
  if (query.text) {
    const sql = `SELECT count(*) * ${SELECTIVE} / ${TEXT_SELECTIVE} AS n FROM (SELECT 1 FROM sentence_fts WHERE sentence_fts MATCH ? LIMIT ${TEXT_SELECTIVE})`;
    out.push({ sql, params: [query.text] });
  }
  if (query.place) {
    // Scaled as the text probe: a place seek is index-only (0.3 µs a match), where a scan of a place whose events
    // cluster in the past reads far (place=EGY on the bench store: 0.9 ms sought, 5.2 scanned).
    const sql = `SELECT count(*) * ${SELECTIVE} / ${PLACE_SELECTIVE} AS n FROM (SELECT 1 FROM events WHERE place_name IN (${PLACE_NAMES}) OR place_country = ? LIMIT ${PLACE_SELECTIVE})`;
    out.push({ sql, params: [placePattern(query.place), query.place.toUpperCase()] });
  }
  return out;
}

/**
 * A lower bound, read from event_days' monthly counts (a few hundred rows), of what the actor probe would count,
 * or null where event_days cannot say: the actor probe stops at SELECTIVE after reading up to twice as many index
 * entries, and far more when a QuadClass filter skips most of them. Only for a query that filters on nothing else
 * the probe counts (an actor prefix of a keyed length, QuadClass, negation); undated events are not in the months.
 */
export function actorLowerBound(query: EventQuery): { sql: string; params: (string | number)[] } | null {
  const { actor, quad } = query;
  if (!actor || !ACTOR_KEY_LENGTHS.includes(actor.length)) return null;
  if (query.source || query.target || query.code || query.place || query.since || query.until) return null;
  // The QuadClass names a column: only the four there are (validated before; this keeps the SQL fixed).
  if (quad !== undefined && ![1, 2, 3, 4].includes(quad)) return null;
  const n = (quad !== undefined ? [quad] : [0, 1, 2, 3, 4]).map((i) => `n${i}`).join(' + ');
  return { sql: `SELECT coalesce(sum(${n}), 0) AS n FROM event_days WHERE actor = ? AND kind = 'm'${query.negated ? '' : ' AND negated = 0'}`, params: [actor] };
}

/** The sort keys of each order, as [SQL expression, direction]; the last keys make every row's position unique. */
const SORT_KEYS: Record<EventSort, readonly (readonly [string, 'ASC' | 'DESC'])[]> = {
  date: [["coalesce(e.date, '')", 'DESC'], ['e.article_id', 'ASC'], ['e.seq', 'ASC']],
  // The exact reverse of `date`, so the same index serves it read backwards.
  'date-asc': [["coalesce(e.date, '')", 'ASC'], ['e.article_id', 'DESC'], ['e.seq', 'DESC']],
  // The group's mention count as the event row holds it (0 without a group): the events_count index's order.
  count: [['e.mentions', 'DESC'], ["coalesce(e.date, '')", 'DESC'], ['e.article_id', 'ASC'], ['e.seq', 'ASC']],
};

/**
 * Rows strictly after event `id` in the order of `keys`: k1 > v1 OR (k1 = v1 AND (k2 > v2 OR ...)), each value
 * read from that event's own row (a constant subquery, evaluated once), so a cursor is just an event id.
 */
function keyset(keys: readonly (readonly [string, 'ASC' | 'DESC'])[], id: number, params: (string | number)[]): string {
  const [head, ...rest] = keys;
  if (!head) return '0';
  const value = `(SELECT ${head[0]} FROM events e WHERE e.id = ?)`;
  const op = head[1] === 'ASC' ? '>' : '<';
  if (rest.length === 0) { params.push(id); return `${head[0]} ${op} ${value}`; }
  params.push(id, id);
  return `(${head[0]} ${op} ${value} OR (${head[0]} = ${value} AND ${keyset(rest, id, params)}))`;
}

/**
 * The articles of a page as the store reads them where it has the articles_meta index (schema.ts): SQLite would
 * take the table's own rowid lookup, and reach added_at through the article text's overflow pages.
 */
export const ARTICLE_META = 'articles a INDEXED BY articles_meta';

/** An event read selects `columns` (by default EVENT_ROW_SELECT: rows come back as arrays; eventRowOf names them). */
const select = (columns: string, articles: string): string => `SELECT ${columns}
    FROM events e JOIN ${articles} ON a.id = e.article_id JOIN sentences s ON s.id = e.sentence_id
    LEFT JOIN event_groups g ON g.id = e.group_id`;

/**
 * Build the SELECT for `query`; parameters are bound, never spliced. With a limit (a page), the page's event
 * ids are chosen first from the events table alone, and only those rows are joined to their (wide) article
 * rows: sorting every match with its article attached cost a second on the corpus. `columns` is the select list
 * over `events e`, `articles a`, `sentences s` and `event_groups g` (a page as JSON selects EVENT_JSON_SELECT);
 * `articles` the table `a` as it is read (ARTICLE_META where the store has that index).
 */
export function buildEventQuery(query: EventQuery, access: Access = 'seek', columns = EVENT_ROW_SELECT, articles = 'articles a'): { sql: string; params: (string | number)[] } {
  const SELECT = select(columns, articles);
  const keys = SORT_KEYS[query.sort ?? 'date'];
  const order = `ORDER BY ${keys.map(([k, d]) => `${k} ${d}`).join(', ')}`;
  const filtered = (side?: 'source_code' | 'target_code'): { whereSql: string; params: (string | number)[] } => {
    const { where, params } = eventFilters(query, access, side);
    // The target branch leaves out what the source branch finds (source_code is in events_target too), so the
    // branches are disjoint and UNION ALL needs no de-duplicating sorts.
    if (side === 'target_code' && query.actor) { where.push('NOT coalesce(e.source_code GLOB ?, 0)'); params.push(prefix(query.actor)); }
    if (query.after !== undefined) where.push(keyset(keys, query.after, params));
    return { whereSql: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
  };
  if (query.limit === undefined) {
    const { whereSql, params } = filtered();
    return { sql: `${SELECT} ${whereSql} ${order}`, params };
  }
  const limit = `LIMIT ${Math.max(0, Math.floor(query.limit))}`;
  if (access === 'seek' && query.actor) {
    // Either side: one branch per actor index, each index-only (the indexes cover every filter and sort column),
    // carrying its sort keys, disjoint, then one bounded sort. An OR would look up every match's table row.
    const cols = `e.id AS id, ${keys.map(([k], i) => `${k} AS k${i}`).join(', ')}`;
    const [src, tgt] = [filtered('source_code'), filtered('target_code')];
    const merged = `SELECT id FROM (SELECT ${cols} FROM events e ${src.whereSql} UNION ALL SELECT ${cols} FROM events e ${tgt.whereSql})
      ORDER BY ${keys.map(([, d], i) => `k${i} ${d}`).join(', ')} ${limit}`;
    return { sql: `${SELECT} WHERE e.id IN (${merged}) ${order}`, params: [...src.params, ...tgt.params] };
  }
  const { whereSql, params } = filtered();
  return { sql: `${SELECT} WHERE e.id IN (SELECT e.id FROM events e ${whereSql} ${order} ${limit}) ${order}`, params };
}
