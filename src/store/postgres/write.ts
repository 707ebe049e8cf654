/**
 * Writing one coded article inside an open PostgreSQL transaction: sentences, events and the cross-article
 * groups of its keys. The caller holds the advisory locks of every key the article touches, so the groups
 * of a key are recomputed by one writer at a time from every committed mention: the result does not
 * depend on arrival order, even with many workers writing at once.
 */
import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import type { CodedArticle } from '../../model/stored.js';
import { baseKey, clusterByPlace, globalId, groupId, placeKey } from '../dedupe.js';
import { eventParams } from '../sqlite/rows.js';

/** A mention of a grouping key, as grouping reads it. */
interface Member {
  id: number; sentence: number; article_id: number;
  source_code: string | null; source_text: string | null; source_country: string | null; source_sector: string | null;
  target_code: string | null; target_text: string | null; target_country: string | null; target_sector: string | null;
  cameo: string | null; quad: number | null; goldstein: number | null; date: string | null;
  place_name: string | null; place_country: string | null; place_lat: number | null; place_lon: number | null; place_geonameid: number | null;
  source_key: string; url: string | null; added_at: string;
}

const EVENT_COLS = ['article_id', 'seq', 'sentence', 'sentence_id', 'trig_start', 'trig_end', 'source_code', 'source_text', 'source_country', 'source_sector',
  'source_start', 'source_end', 'target_code', 'target_text', 'target_country', 'target_sector', 'target_start', 'target_end', 'cameo', 'goldstein', 'quad',
  'plover_type', 'plover_mode', 'acled', 'negated', 'modality', 'attr_text', 'attr_code', 'hedged', 'date', 'date_precision', 'date_basis',
  'place_name', 'place_country', 'place_lat', 'place_lon', 'place_geonameid', 'rule_file', 'rule_line', 'rule_id', 'background', 'coder_version', 'base_key'];

const GROUP_COLS = ['id', 'global_id', 'base_key', 'date', 'cameo', 'quad', 'goldstein', 'source_code', 'source_name', 'source_country', 'source_sector',
  'target_code', 'target_name', 'target_country', 'target_sector', 'place_name', 'place_country', 'place_lat', 'place_lon', 'place_geonameid',
  'mentions', 'sources', 'articles', 'in_lead', 'first_url', 'first_added'];

type Value = string | number | null;

/** A multi-row INSERT of `rows` (each `cols.length` values) with numbered parameters. */
function insertSql(table: string, cols: readonly string[], rows: readonly Value[][], suffix = ''): { text: string; values: Value[] } {
  const values: Value[] = [];
  const tuples = rows.map((r) => `(${r.map((v) => { values.push(v); return `$${values.length}`; }).join(',')})`);
  return { text: `INSERT INTO ${table}(${cols.map((c) => `"${c}"`).join(',')}) VALUES ${tuples.join(',')} ${suffix}`, values };
}

/** The key that counts distinct sources: the outlet, else the URL's host, else the article itself. */
export function sourceKey(a: CodedArticle): string {
  if (a.meta.source) return a.meta.source;
  if (a.meta.url) {
    try { return new URL(a.meta.url).host; } catch { /* not a URL: fall through */ }
  }
  return a.hash;
}

/** The advisory-lock id of a grouping key: 64 bits of its hash, as a decimal string for a bigint parameter. */
export function lockId(key: string): bigint {
  return createHash('sha256').update(key).digest().readBigInt64BE(0);
}

/** Take the transaction-scoped locks of `keys`, in one global order so that two writers never deadlock. */
export async function lockKeys(c: PoolClient, keys: Iterable<string>): Promise<void> {
  const ids = [...new Set([...keys].map(lockId))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (ids.length === 0) return;
  await c.query('SELECT count(pg_advisory_xact_lock(k)) FROM unnest($1::bigint[]) AS k', [ids.map(String)]);
}

/** Every grouping key of an article's events. */
export function keysOf(a: CodedArticle): Set<string> {
  const out = new Set<string>();
  for (const e of a.events) { const k = baseKey(e); if (k !== null) out.add(k); }
  return out;
}

/** Insert the event sentences and events of an article, then regroup every key it touches. */
export async function insertCoding(c: PoolClient, articleId: number, a: CodedArticle): Promise<void> {
  const withEvents = [...new Set(a.events.map((e) => e.sentence))].filter((i) => a.sentences[i] !== undefined);
  const sentenceIds = new Map<number, number>();
  if (withEvents.length) {
    const rows = withEvents.map((i): Value[] => {
      const [start, end] = a.sentences[i] ?? [0, 0];
      return [articleId, i, start, end, a.text.slice(start, end), a.coderVersion];
    });
    const q = insertSql('sentences', ['article_id', 'idx', 'start', 'end', 'text', 'coder_version'], rows, 'RETURNING id, idx');
    for (const r of (await c.query<{ id: number; idx: number }>(q.text, q.values)).rows) sentenceIds.set(r.idx, r.id);
  }
  if (a.events.length === 0) return;
  const rows = a.events.map((e, seq): Value[] => [articleId, seq, e.sentence, sentenceIds.get(e.sentence) ?? 0, ...eventParams(e), a.coderVersion, baseKey(e)]);
  const q = insertSql('events', EVENT_COLS, rows);
  await c.query(q.text, q.values);
  await regroup(c, keysOf(a));
}

/** Recompute the groups of `keys` from all their mentions in the store (order-independent). */
export async function regroup(c: PoolClient, keys: ReadonlySet<string>): Promise<void> {
  if (keys.size === 0) return;
  const list = [...keys];
  const members = await c.query<Member>(`SELECT e.id, e.sentence, e.article_id, e.source_code, e.source_text, e.source_country, e.source_sector,
      e.target_code, e.target_text, e.target_country, e.target_sector, e.cameo, e.quad, e.goldstein, e.date, e.base_key,
      e.place_name, e.place_country, e.place_lat, e.place_lon, e.place_geonameid, a.source_key, a.url, a.added_at
    FROM events e JOIN articles a ON a.id = e.article_id WHERE e.base_key = ANY($1::text[])
    ORDER BY e.base_key, coalesce(a.published_at, '') COLLATE "C", a.hash COLLATE "C", e.seq`, [list]);
  const byKey = new Map<string, Member[]>();
  for (const m of members.rows as (Member & { base_key: string })[]) {
    const l = byKey.get(m.base_key);
    if (l) l.push(m); else byKey.set(m.base_key, [m]);
  }
  const groups: Value[][] = [];
  const ids: number[] = [];
  const gids: string[] = [];
  for (const [base, rows] of byKey) {
    for (const [g, ms] of clusterGroups(base, rows)) {
      groups.push(g);
      for (const m of ms) { ids.push(m.id); gids.push(String(g[0])); }
    }
  }
  await c.query('DELETE FROM event_groups WHERE base_key = ANY($1::text[])', [list]);
  if (groups.length) {
    const q = insertSql('event_groups', GROUP_COLS, groups);
    await c.query(q.text, q.values);
  }
  await c.query('UPDATE events e SET group_id = v.g FROM unnest($1::bigint[], $2::text[]) AS v(id, g) WHERE e.id = v.id AND e.group_id IS DISTINCT FROM v.g', [ids, gids]);
}

/** Cluster the mentions of one key by place; one group row (GROUP_COLS order) with its members per cluster. */
function clusterGroups(base: string, rows: readonly Member[]): [Value[], Member[]][] {
  const assign = clusterByPlace(rows.map((r) => ({ id: r.id, place: placeKey(r.place_name, r.place_country, r.place_geonameid) })));
  const buckets = new Map<string, Member[]>();
  for (const r of rows) {
    const k = assign.get(r.id) ?? '';
    const list = buckets.get(k);
    if (list) list.push(r); else buckets.set(k, [r]);
  }
  const out: [Value[], Member[]][] = [];
  for (const [pk, ms] of buckets) {
    const rep = ms[0];
    if (!rep) continue;
    const placed = ms.find((m) => m.place_name !== null) ?? null;
    const id = groupId(base, pk);
    let firstAdded = rep.added_at;
    for (const m of ms) if (m.added_at < firstAdded) firstAdded = m.added_at;
    out.push([[id, globalId(id), base, rep.date, rep.cameo, rep.quad, rep.goldstein,
      rep.source_code, rep.source_text, rep.source_country, rep.source_sector,
      rep.target_code, rep.target_text, rep.target_country, rep.target_sector,
      placed?.place_name ?? null, placed?.place_country ?? null, placed?.place_lat ?? null, placed?.place_lon ?? null, placed?.place_geonameid ?? null,
      ms.length, new Set(ms.map((m) => m.source_key)).size, new Set(ms.map((m) => m.article_id)).size,
      ms.some((m) => m.sentence === 0) ? 1 : 0, ms.find((m) => m.url !== null)?.url ?? null, firstAdded], ms]);
  }
  return out;
}
