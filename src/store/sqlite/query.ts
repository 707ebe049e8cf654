/** SQL for event queries: each filter maps to an indexed predicate; text goes through FTS5. */
import type { EventQuery, EventSort } from '../store.js';

/** A prefix pattern for GLOB (which uses the index on a BINARY column), with GLOB's own wildcards escaped. */
function prefix(s: string): string {
  return `${s.replace(/[*?[\]]/g, (c) => `[${c}]`)}*`;
}

/** How a paged query reaches its rows: through the index of a selective filter, or by scanning events_order in order. */
export type Access = 'seek' | 'scan';

/**
 * The WHERE predicates of `query` over `events e`, with bound parameters (shared by listing, stats and export).
 * With `scan`, the actor and code predicates are written `+col` so SQLite does not pick their indexes and
 * walks the covering events_order index in sort order instead, stopping at the page's last row.
 */
export function eventFilters(query: EventQuery, access: Access = 'seek'): { where: string[]; params: (string | number)[] } {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const c = (col: string): string => (access === 'scan' ? `+${col}` : col);
  if (!query.negated) where.push('e.negated = 0');
  if (query.actor) { where.push(`(${c('e.source_code')} GLOB ? OR ${c('e.target_code')} GLOB ?)`); params.push(prefix(query.actor), prefix(query.actor)); }
  if (query.source) { where.push(`${c('e.source_code')} GLOB ?`); params.push(prefix(query.source)); }
  if (query.target) { where.push(`${c('e.target_code')} GLOB ?`); params.push(prefix(query.target)); }
  if (query.code) { where.push(`${c('e.cameo')} GLOB ?`); params.push(prefix(query.code)); }
  if (query.quad !== undefined) { where.push('e.quad = ?'); params.push(query.quad); }
  // Date bounds on the sort expression (as events_order holds it), so they are a range of that index; undated
  // events (the empty string there) are never inside.
  if (query.since) { where.push("coalesce(e.date, '') >= ?"); params.push(query.since); }
  // A month- or year-precision date ("2020-07") sorts before every day in it, so it stays inside the bound.
  if (query.until) { where.push("coalesce(e.date, '') <= ? AND coalesce(e.date, '') <> ''"); params.push(query.until); }
  if (query.place) { where.push('(e.place_name LIKE ? ESCAPE \'\\\' OR e.place_country = ?)'); params.push(`%${query.place.replace(/[%_\\]/g, (ch) => `\\${ch}`)}%`, query.place.toUpperCase()); }
  if (query.text) { where.push('e.sentence_id IN (SELECT rowid FROM sentence_fts WHERE sentence_fts MATCH ?)'); params.push(query.text); }
  return { where, params };
}

/** Below this many matches a filter's own index is the way in (seek, then sort); above it, scan in order. */
export const SELECTIVE = 2000;

/**
 * Probes that count, up to SELECTIVE, the rows each indexed filter of `query` matches (index-only, so each
 * costs at most SELECTIVE index entries). A page is sought through an index when some probe stays below.
 */
export function selectivityProbes(query: EventQuery): { sql: string; params: string[] }[] {
  const count = (col: string): string => `(SELECT count(*) FROM (SELECT 1 FROM events WHERE ${col} GLOB ? LIMIT ${SELECTIVE}))`;
  const probe = (col: string, v: string): { sql: string; params: string[] } => ({ sql: `SELECT ${count(col)} AS n`, params: [prefix(v)] });
  const out: { sql: string; params: string[] }[] = [];
  if (query.actor) out.push({ sql: `SELECT ${count('source_code')} + ${count('target_code')} AS n`, params: [prefix(query.actor), prefix(query.actor)] });
  if (query.source) out.push(probe('source_code', query.source));
  if (query.target) out.push(probe('target_code', query.target));
  if (query.code) out.push(probe('cameo', query.code));
  return out;
}

/** The sort keys of each order, as [SQL expression, direction]; the last keys make every row's position unique. */
const SORT_KEYS: Record<EventSort, readonly (readonly [string, 'ASC' | 'DESC'])[]> = {
  date: [["coalesce(e.date, '')", 'DESC'], ['e.article_id', 'ASC'], ['e.seq', 'ASC']],
  // The exact reverse of `date`, so the same index serves it read backwards.
  'date-asc': [["coalesce(e.date, '')", 'ASC'], ['e.article_id', 'DESC'], ['e.seq', 'DESC']],
  count: [['coalesce(g.mentions, 0)', 'DESC'], ["coalesce(e.date, '')", 'DESC'], ['e.article_id', 'ASC'], ['e.seq', 'ASC']],
};

/**
 * Rows strictly after event `id` in the order of `keys`: k1 > v1 OR (k1 = v1 AND (k2 > v2 OR ...)), each value
 * read from that event's own row (a constant subquery, evaluated once), so a cursor is just an event id.
 */
function keyset(keys: readonly (readonly [string, 'ASC' | 'DESC'])[], id: number, params: (string | number)[]): string {
  const [head, ...rest] = keys;
  if (!head) return '0';
  const value = `(SELECT ${head[0]} FROM events e LEFT JOIN event_groups g ON g.id = e.group_id WHERE e.id = ?)`;
  const op = head[1] === 'ASC' ? '>' : '<';
  if (rest.length === 0) { params.push(id); return `${head[0]} ${op} ${value}`; }
  params.push(id, id);
  return `(${head[0]} ${op} ${value} OR (${head[0]} = ${value} AND ${keyset(rest, id, params)}))`;
}

const SELECT = `SELECT e.*, a.hash AS a_hash, a.ext_id AS a_ext_id, a.title AS a_title, a.url AS a_url, a.source AS a_source,
    a.published_at AS a_published_at, a.added_at AS a_added_at, s.text AS s_text, g.id AS g_id, g.mentions AS g_mentions, g.sources AS g_sources, g.articles AS g_articles
    FROM events e JOIN articles a ON a.id = e.article_id JOIN sentences s ON s.id = e.sentence_id
    LEFT JOIN event_groups g ON g.id = e.group_id`;

/**
 * Build the SELECT for `query`; parameters are bound, never spliced. With a limit (a page), the page's event
 * ids are chosen first from the events table alone, and only those rows are joined to their (wide) article
 * rows: sorting every match with its article attached cost a second on the corpus.
 */
export function buildEventQuery(query: EventQuery, access: Access = 'seek'): { sql: string; params: (string | number)[] } {
  const { where, params } = eventFilters(query, access);
  const sort = query.sort ?? 'date';
  // Most reported first, paged by scanning the cross-article events by mention count (grouped events only).
  const byGroups = sort === 'count' && access === 'scan' && query.limit !== undefined;
  const keys = byGroups ? [['g.mentions', 'DESC'] as const, ...SORT_KEYS.date] : SORT_KEYS[sort];
  if (query.after !== undefined) where.push(keyset(keys, query.after, params));
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const order = `ORDER BY ${keys.map(([k, d]) => `${k} ${d}`).join(', ')}`;
  if (query.limit === undefined) return { sql: `${SELECT} ${whereSql} ${order}`, params };
  const limit = `LIMIT ${Math.max(0, Math.floor(query.limit))}`;
  const from = byGroups ? 'event_groups g INDEXED BY event_groups_mentions CROSS JOIN events e ON e.group_id = g.id'
    : sort === 'count' ? 'events e LEFT JOIN event_groups g ON g.id = e.group_id' : 'events e';
  return { sql: `${SELECT} WHERE e.id IN (SELECT e.id FROM ${from} ${whereSql} ${order} ${limit}) ${order}`, params };
}
