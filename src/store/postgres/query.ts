/** SQL for event queries on PostgreSQL: prefix filters use text_pattern_ops indexes; text goes through tsvector. */
import type { EventQuery } from '../store.js';

/** A LIKE prefix pattern with LIKE's own wildcards escaped. */
function prefix(s: string): string {
  return `${s.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
}

/** The select list every event read shares (the row shape of the SQLite backend's EventRow). */
export const EVENT_SELECT = `SELECT e.*, a.hash AS a_hash, a.ext_id AS a_ext_id, a.title AS a_title, a.url AS a_url, a.source AS a_source,
    a.published_at AS a_published_at, a.added_at AS a_added_at, s.text AS s_text, g.id AS g_id, g.mentions AS g_mentions, g.sources AS g_sources, g.articles AS g_articles
    FROM events e JOIN articles a ON a.id = e.article_id JOIN sentences s ON s.id = e.sentence_id
    LEFT JOIN event_groups g ON g.id = e.group_id`;

/**
 * Build the SELECT for `query`; parameters are bound, never spliced. Full text uses websearch syntax
 * ("a OR b", "quoted phrase", -word), the closest match to the FTS5 queries the SQLite backend takes.
 */
export function buildPgEventQuery(query: EventQuery): { sql: string; params: (string | number)[] } {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const p = (v: string | number): string => { params.push(v); return `$${params.length}`; };
  if (!query.negated) where.push('e.negated = 0');
  if (!query.background) where.push('e.background IS NULL');
  if (query.actor) { const x = p(prefix(query.actor)); where.push(`(e.source_code LIKE ${x} OR e.target_code LIKE ${x})`); }
  if (query.source) where.push(`e.source_code LIKE ${p(prefix(query.source))}`);
  if (query.target) where.push(`e.target_code LIKE ${p(prefix(query.target))}`);
  if (query.code) where.push(`e.cameo LIKE ${p(prefix(query.code))}`);
  if (query.quad !== undefined) where.push(`e.quad = ${p(query.quad)}`);
  if (query.since) where.push(`e.date >= ${p(query.since)}`);
  if (query.until) where.push(`e.date <= ${p(query.until)}`);
  if (query.place) {
    const like = p(`%${query.place.replace(/[%_\\]/g, (c) => `\\${c}`)}%`);
    where.push(`(e.place_name ILIKE ${like} OR e.place_country = ${p(query.place.toUpperCase())})`);
  }
  if (query.text) where.push(`s.tsv @@ websearch_to_tsquery('simple', ${p(query.text)})`);
  const sql = `${EVENT_SELECT}
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY coalesce(e.date, '') COLLATE "C" DESC, e.article_id, e.seq
    ${query.limit !== undefined ? `LIMIT ${Math.max(0, Math.floor(query.limit))}` : ''}`;
  return { sql, params };
}
