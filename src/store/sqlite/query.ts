/** SQL for event queries: each filter maps to an indexed predicate; text goes through FTS5. */
import type { EventQuery } from '../store.js';

/** A prefix pattern for GLOB (which uses the index on a BINARY column), with GLOB's own wildcards escaped. */
function prefix(s: string): string {
  return `${s.replace(/[*?[\]]/g, (c) => `[${c}]`)}*`;
}

/** Build the SELECT for `query`; parameters are bound, never spliced. */
export function buildEventQuery(query: EventQuery): { sql: string; params: (string | number)[] } {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (!query.negated) where.push('e.negated = 0');
  if (query.actor) { where.push('(e.source_code GLOB ? OR e.target_code GLOB ?)'); params.push(prefix(query.actor), prefix(query.actor)); }
  if (query.source) { where.push('e.source_code GLOB ?'); params.push(prefix(query.source)); }
  if (query.target) { where.push('e.target_code GLOB ?'); params.push(prefix(query.target)); }
  if (query.code) { where.push('e.cameo GLOB ?'); params.push(prefix(query.code)); }
  if (query.quad !== undefined) { where.push('e.quad = ?'); params.push(query.quad); }
  if (query.since) { where.push('e.date >= ?'); params.push(query.since); }
  // A month- or year-precision date ("2020-07") sorts before every day in it, so it stays inside the bound.
  if (query.until) { where.push('e.date <= ?'); params.push(query.until); }
  if (query.place) { where.push('(e.place_name LIKE ? ESCAPE \'\\\' OR e.place_country = ?)'); params.push(`%${query.place.replace(/[%_\\]/g, (c) => `\\${c}`)}%`, query.place.toUpperCase()); }
  if (query.text) { where.push('e.sentence_id IN (SELECT rowid FROM sentence_fts WHERE sentence_fts MATCH ?)'); params.push(query.text); }
  const sql = `SELECT e.*, a.hash AS a_hash, a.ext_id AS a_ext_id, a.title AS a_title, a.url AS a_url, a.source AS a_source,
    a.published_at AS a_published_at, a.added_at AS a_added_at, s.text AS s_text, g.id AS g_id, g.mentions AS g_mentions, g.sources AS g_sources, g.articles AS g_articles
    FROM events e JOIN articles a ON a.id = e.article_id JOIN sentences s ON s.id = e.sentence_id
    LEFT JOIN event_groups g ON g.id = e.group_id
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY coalesce(e.date, '') DESC, e.article_id, e.seq
    ${query.limit !== undefined ? `LIMIT ${Math.max(0, Math.floor(query.limit))}` : ''}`;
  return { sql, params };
}
