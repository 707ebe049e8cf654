/** The analyst views (StoreViews) over a SQLite store, on their own read-only connection. */
import Database from 'better-sqlite3';
import type { EventGroup, StoredMention } from '../../model/stored.js';
import type { EventQuery } from '../store.js';
import type { ArticleDetail, DyadRow, EventDetail, Interval, MentionDetail, PlaceStats, Span, StoreViews, TimelineRow } from '../views.js';
import { mapForReads } from './connection.js';
import { eventFilters } from './query.js';
import { ACTOR_KEY_LENGTHS } from './schema.js';
import { rowToEvent, rowToGroup, type EventRow, type GroupRow } from './rows.js';

/** An event row with its article's store id and its sentence's place in the article. */
interface DetailRow extends EventRow { article_id: number; s_idx: number; s_start: number; s_end: number }

const SELECT_EVENT = `SELECT e.*, a.hash AS a_hash, a.ext_id AS a_ext_id, a.title AS a_title, a.url AS a_url, a.source AS a_source,
  a.published_at AS a_published_at, a.added_at AS a_added_at, s.text AS s_text, s.idx AS s_idx, s.start AS s_start, s."end" AS s_end,
  g.id AS g_id, g.mentions AS g_mentions, g.sources AS g_sources, g.articles AS g_articles
  FROM events e JOIN articles a ON a.id = e.article_id JOIN sentences s ON s.id = e.sentence_id
  LEFT JOIN event_groups g ON g.id = e.group_id`;

/** The date as events_order holds it: reading it (and not `e.date`) keeps aggregate scans inside the index. */
const D = "coalesce(e.date, '')";

/**
 * A date's timeline bucket in SQL, and the dates that have one (a date coarser than the bucket has none).
 * The week is the ISO week's Monday: back 6 days, then forward to the next Monday (a Monday stays put).
 */
const BUCKETS: Record<Interval, (d: string) => { key: string; has: string }> = {
  day: (d) => ({ key: d, has: `length(${d}) = 10` }),
  week: (d) => ({ key: `date(${d}, '-6 days', 'weekday 1')`, has: `length(${d}) = 10` }),
  month: (d) => ({ key: `substr(${d}, 1, 7)`, has: `length(${d}) >= 7` }),
};

const whereSql = (where: readonly string[]): string => (where.length ? `WHERE ${where.join(' AND ')}` : '');

/** The timeline grouped from the matching events: per exact date in events_order's order, then per bucket. */
function eventsTimeline(query: EventQuery, interval: Interval): { sql: string; params: (string | number)[] } {
  const { where, params } = eventFilters(query);
  const b = BUCKETS[interval]('d');
  const days = `SELECT ${D} AS d, count(*) AS n, sum(e.goldstein) AS g, sum(e.quad = 1) AS q1, sum(e.quad = 2) AS q2, sum(e.quad = 3) AS q3, sum(e.quad = 4) AS q4
    FROM events e ${whereSql([...where, `${D} <> ''`])} GROUP BY ${D}`;
  return { sql: `SELECT ${b.key} AS p, sum(n) AS n, sum(g) AS g, sum(q1) AS q1, sum(q2) AS q2, sum(q3) AS q3, sum(q4) AS q4 FROM (${days}) WHERE ${b.has} GROUP BY p ORDER BY p`, params };
}

/**
 * The timeline read from event_days when the query filters on nothing else than an actor prefix of a keyed
 * length, QuadClass, dates and negation; else null (grouped from the events themselves). Without date bounds the
 * rows of the interval's own kind are the buckets, in key order; with them, the dates in range are bucketed.
 */
function daysQuery(query: EventQuery, interval: Interval): { sql: string; params: (string | number)[] } | null {
  // event_days counts news only: a timeline with background events is grouped from the events.
  if (query.source || query.target || query.code || query.place || query.text || query.background) return null;
  // The QuadClass names a column below: only the four there are (the API and CLI validate it; this keeps SQL fixed).
  if (query.quad !== undefined && ![1, 2, 3, 4].includes(query.quad)) return null;
  const actor = query.actor ?? '';
  if (actor !== '' && !ACTOR_KEY_LENGTHS.includes(actor.length)) return null;
  const bounded = Boolean(query.since || query.until);
  const b = bounded || interval === 'day' ? BUCKETS[interval]('period') : { key: 'period', has: '1' };
  const where = ['actor = ?', 'kind = ?', b.has];
  const params: (string | number)[] = [actor, bounded ? 'd' : interval.charAt(0)];
  if (!query.negated) where.push('negated = 0');
  if (query.since) { where.push('period >= ?'); params.push(query.since); }
  if (query.until) { where.push('period <= ?'); params.push(query.until); }
  // Without bounds or negated events, each bucket is one row (the key is actor, negated, kind, period): no grouping.
  const single = !bounded && !query.negated;
  const agg = (x: string): string => (single ? `(${x})` : `sum(${x})`);
  const quads = query.quad !== undefined ? [query.quad] : [0, 1, 2, 3, 4];
  const n = agg(quads.map((i) => `n${i}`).join(' + '));
  const per = [1, 2, 3, 4].map((i) => `${quads.includes(i) ? agg(`n${i}`) : '0'} AS q${i}`).join(', ');
  const select = `SELECT ${b.key} AS p, ${n} AS n, ${agg(quads.map((i) => `g${i}`).join(' + '))} AS g, ${per} FROM event_days`;
  return {
    sql: single ? `${select} WHERE ${[...where, `${n} <> 0`].join(' AND ')} ORDER BY p` : `${select} WHERE ${where.join(' AND ')} GROUP BY p HAVING ${n} <> 0 ORDER BY p`,
    params,
  };
}

/**
 * The buckets (p, n, g, q1..q4) of `buckets` as one JSON array of [period, count, mean Goldstein in thousandths,
 * q1..q4], in period order: one value reaches JavaScript, not seven a bucket (a day timeline has thousands), and
 * the mean is an integer (SQLite writes a REAL as text slowly). The thousandths are round()'s: floor(x * 1000 + 0.5)
 * is Math.round(x * 1000) but within 2^-53 of a half.
 */
const bucketsJson = (buckets: string): string =>
  `SELECT json_group_array(json_array(p, n, CAST(floor(coalesce(g, 0) * 1.0 / n * 1000 + 0.5) AS INTEGER), q1, q2, q3, q4) ORDER BY p) FROM (${buckets})`;

/** Where the attribution's words sit in the sentence (the store keeps its text, not its offsets). */
function attributionSpan(r: DetailRow): Span | null {
  if (r.attr_text === null || r.attr_text === '') return null;
  const at = r.s_text.indexOf(r.attr_text);
  return at < 0 ? null : [r.s_start + at, r.s_start + at + r.attr_text.length];
}

function mentionDetail(r: DetailRow): MentionDetail {
  const event = rowToEvent(r);
  return {
    event, articleId: r.article_id,
    sentence: { index: r.s_idx, start: r.s_start, end: r.s_end, text: r.s_text },
    spans: { trigger: event.span, source: event.source?.span ?? null, target: event.target?.span ?? null, attribution: attributionSpan(r) },
  };
}

/** Open the views of the SQLite store at `path` (which must exist). */
export function openSqliteViews(path: string): StoreViews {
  return new SqliteViews(new Database(path, { readonly: true, fileMustExist: true }));
}

class SqliteViews implements StoreViews {
  private readonly q;
  private readonly cache = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {
    db.pragma('busy_timeout = 5000');
    mapForReads(db);
    const p = (sql: string): Database.Statement => db.prepare(sql);
    this.q = {
      mention: p(`${SELECT_EVENT} WHERE e.id = ?`),
      groupOfMention: p('SELECT group_id FROM events WHERE id = ?'),
      group: p('SELECT * FROM event_groups WHERE id = ?'),
      members: p(`${SELECT_EVENT} WHERE e.group_id = ? ORDER BY coalesce(a.published_at, ''), a.hash, e.seq`),
      articleById: p('SELECT * FROM articles WHERE id = ?'),
      articleByHash: p('SELECT * FROM articles WHERE hash = ?'),
      articleEvents: p(`${SELECT_EVENT} WHERE e.article_id = ? ORDER BY e.seq`),
    };
  }

  /** Aggregate statements by SQL text (it depends only on which filters are set, so they are few). */
  private stmt(sql: string): Database.Statement {
    let s = this.cache.get(sql);
    if (!s) { s = this.db.prepare(sql); this.cache.set(sql, s); }
    return s;
  }

  eventDetail(id: string): EventDetail | null {
    let gid: string | null = id;
    if (/^\d+$/.test(id)) {
      const row = this.q.groupOfMention.get(Number(id)) as { group_id: string | null } | undefined;
      if (!row) return null;
      if (row.group_id === null) {
        const m = this.q.mention.get(Number(id)) as DetailRow | undefined;
        return m ? { group: null, mentions: [mentionDetail(m)] } : null;
      }
      gid = row.group_id;
    }
    const g = this.q.group.get(gid) as GroupRow | undefined;
    if (!g) return null;
    return { group: rowToGroup(g), mentions: (this.q.members.all(gid) as DetailRow[]).map(mentionDetail) };
  }

  article(id: string): ArticleDetail | null {
    const r = (/^\d+$/.test(id) ? this.q.articleById.get(Number(id)) : this.q.articleByHash.get(id)) as ArticleRow | undefined;
    if (!r) return null;
    return {
      id: r.id, hash: r.hash, text: r.text, coderVersion: r.coder_version,
      meta: { id: r.ext_id, title: r.title, url: r.url, source: r.source, publishedAt: r.published_at, origin: r.origin },
      sentences: JSON.parse(r.sentences) as Span[],
      mentions: JSON.parse(r.mentions) as StoredMention[],
      events: (this.q.articleEvents.all(r.id) as DetailRow[]).map(rowToEvent),
    };
  }

  timeline(query: EventQuery, interval: Interval): TimelineRow[] {
    // From event_days when it can answer; else per exact date in events_order, then per bucket. Either way the
    // buckets are made in SQL and reach JavaScript as one JSON array (bucketsJson).
    const { sql, params } = daysQuery(query, interval) ?? eventsTimeline(query, interval);
    const rows = JSON.parse(this.stmt(bucketsJson(sql)).pluck(true).get(...params) as string) as [string, number, number, number, number, number, number][];
    return rows.map(([period, n, milli, q1, q2, q3, q4]) => ({ period, count: n, goldstein: milli / 1000, quads: [q1, q2, q3, q4] }));
  }

  dyads(query: EventQuery, limit: number): DyadRow[] {
    const { where, params } = eventFilters(query);
    const sql = `SELECT e.source_code AS s, e.target_code AS t, count(*) AS n, avg(e.goldstein) AS g,
      avg(e.quad IN (1, 2)) AS coop, avg(e.quad IN (3, 4)) AS conf
      FROM events e ${whereSql([...where, 'e.source_code IS NOT NULL', 'e.target_code IS NOT NULL'])}
      GROUP BY e.source_code, e.target_code ORDER BY n DESC, s, t LIMIT ?`;
    const rows = this.stmt(sql).all(...params, limit) as { s: string; t: string; n: number; g: number; coop: number; conf: number }[];
    return rows.map((r) => ({ source: r.s, target: r.t, count: r.n, goldstein: round(r.g), cooperation: round(r.coop), conflict: round(r.conf) }));
  }

  places(query: EventQuery, limit: number): PlaceStats {
    const { where, params } = eventFilters(query);
    const placed = whereSql([...where, 'e.place_name IS NOT NULL']);
    const places = this.stmt(`SELECT e.place_name AS name, e.place_country AS country, e.place_lat AS lat, e.place_lon AS lon, count(*) AS n, avg(e.goldstein) AS g
      FROM events e ${placed} GROUP BY e.place_name, e.place_country, e.place_lat, e.place_lon ORDER BY n DESC, name LIMIT ?`)
      .all(...params, limit) as { name: string; country: string | null; lat: number; lon: number; n: number; g: number }[];
    const countries = this.stmt(`SELECT e.place_country AS country, count(*) AS n, avg(e.goldstein) AS g
      FROM events e ${whereSql([...where, 'e.place_country IS NOT NULL'])} GROUP BY e.place_country ORDER BY n DESC, country`)
      .all(...params) as { country: string; n: number; g: number }[];
    return {
      places: places.map((r) => ({ name: r.name, country: r.country, lat: r.lat, lon: r.lon, count: r.n, goldstein: round(r.g) })),
      countries: countries.map((r) => ({ country: r.country, count: r.n, goldstein: round(r.g) })),
    };
  }

  *groups(query: EventQuery): Iterable<EventGroup> {
    const { where, params } = eventFilters(query);
    const sql = `SELECT * FROM event_groups WHERE id IN (SELECT e.group_id FROM events e ${whereSql([...where, 'e.group_id IS NOT NULL'])})
      ORDER BY coalesce(date, ''), id`;
    for (const r of this.stmt(sql).iterate(...params)) yield rowToGroup(r as GroupRow);
  }

  version(): number {
    return this.db.pragma('data_version', { simple: true }) as number;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

interface ArticleRow {
  id: number; hash: string; ext_id: string; origin: string; title: string | null; url: string | null; source: string | null;
  published_at: string | null; text: string; sentences: string; mentions: string; coder_version: string;
}

/** Means to three decimals: enough for a chart, and stable in tests. */
function round(x: number | null): number {
  return x === null ? 0 : Math.round(x * 1000) / 1000;
}
