/** Conversions between stored rows and model records for the SQLite backend. */
import { BackgroundReason, EventDate, Modality, Quad } from '../../model/event.js';
import type { EventJson } from '../../model/event-json.js';
import type { EventGroup, StoredEvent } from '../../model/stored.js';
import { checked } from '../checked.js';

/** One schema object, so checked() remembers the values it accepted. */
const QuadOrNull = Quad.nullable();

/** An events row joined with its article, sentence and group, as the query selects it. */
export interface EventRow {
  id: number; sentence: number; trig_start: number; trig_end: number;
  source_code: string | null; source_text: string | null; source_country: string | null; source_sector: string | null; source_start: number | null; source_end: number | null;
  target_code: string | null; target_text: string | null; target_country: string | null; target_sector: string | null; target_start: number | null; target_end: number | null;
  cameo: string | null; goldstein: number | null; quad: number | null; plover_type: string | null; plover_mode: string | null; acled: string | null;
  negated: number; modality: string; attr_text: string | null; attr_code: string | null; hedged: number;
  date: string | null; date_precision: string | null; date_basis: string | null;
  place_name: string | null; place_country: string | null; place_lat: number | null; place_lon: number | null; place_geonameid: number | null;
  rule_file: string; rule_line: number; rule_id: string; coder_version: string; background: string | null;
  a_hash: string; a_ext_id: string; a_title: string | null; a_url: string | null; a_source: string | null; a_published_at: string | null; a_added_at: string;
  s_text: string; g_id: string | null; g_mentions: number | null; g_sources: number | null; g_articles: number | null;
}

/**
 * The select list of an EventRow over `events e`, `articles a`, `sentences s` and `event_groups g`, in the order
 * eventRowOf reads it (a test checks the two agree).
 */
export const EVENT_ROW_SELECT = `e.id, e.sentence, e.trig_start, e.trig_end, e.source_code, e.source_text, e.source_country, e.source_sector,
  e.source_start, e.source_end, e.target_code, e.target_text, e.target_country, e.target_sector, e.target_start,
  e.target_end, e.cameo, e.goldstein, e.quad, e.plover_type, e.plover_mode, e.acled, e.negated, e.modality,
  e.attr_text, e.attr_code, e.hedged, e.date, e.date_precision, e.date_basis, e.place_name, e.place_country,
  e.place_lat, e.place_lon, e.place_geonameid, e.rule_file, e.rule_line, e.rule_id, e.coder_version,
  a.hash AS a_hash, a.ext_id AS a_ext_id, a.title AS a_title, a.url AS a_url, a.source AS a_source,
  a.published_at AS a_published_at, a.added_at AS a_added_at, s.text AS s_text, g.id AS g_id,
  g.mentions AS g_mentions, g.sources AS g_sources, g.articles AS g_articles, e.background`;

/**
 * An EventRow from a raw (array) row of EVENT_ROW_SELECT: better-sqlite3 builds an object per row property by
 * property, and on a page of events that cost more than the query.
 */
export function eventRowOf(a: readonly unknown[]): EventRow {
  return {
    id: a[0] as number, sentence: a[1] as number, trig_start: a[2] as number, trig_end: a[3] as number,
    source_code: a[4] as string | null, source_text: a[5] as string | null, source_country: a[6] as string | null,
    source_sector: a[7] as string | null, source_start: a[8] as number | null, source_end: a[9] as number | null,
    target_code: a[10] as string | null, target_text: a[11] as string | null, target_country: a[12] as string | null,
    target_sector: a[13] as string | null, target_start: a[14] as number | null, target_end: a[15] as number | null,
    cameo: a[16] as string | null, goldstein: a[17] as number | null, quad: a[18] as number | null,
    plover_type: a[19] as string | null, plover_mode: a[20] as string | null, acled: a[21] as string | null,
    negated: a[22] as number, modality: a[23] as string, attr_text: a[24] as string | null,
    attr_code: a[25] as string | null, hedged: a[26] as number, date: a[27] as string | null,
    date_precision: a[28] as string | null, date_basis: a[29] as string | null, place_name: a[30] as string | null,
    place_country: a[31] as string | null, place_lat: a[32] as number | null, place_lon: a[33] as number | null,
    place_geonameid: a[34] as number | null, rule_file: a[35] as string, rule_line: a[36] as number,
    rule_id: a[37] as string, coder_version: a[38] as string, a_hash: a[39] as string, a_ext_id: a[40] as string,
    a_title: a[41] as string | null, a_url: a[42] as string | null, a_source: a[43] as string | null,
    a_published_at: a[44] as string | null, a_added_at: a[45] as string, s_text: a[46] as string,
    g_id: a[47] as string | null, g_mentions: a[48] as number | null, g_sources: a[49] as number | null,
    g_articles: a[50] as number | null, background: a[51] as string | null,
  };
}

/** A 0/1 column as a JSON boolean. */
const bool = (col: string): string => `CASE WHEN ${col} = 1 THEN json('true') ELSE json('false') END`;

/** One actor side as rowToEvent writes it (null without a code). */
const sideJson = (p: 'source' | 'target'): string => `CASE WHEN e.${p}_code IS NULL THEN NULL ELSE json_object('text', coalesce(e.${p}_text, ''),
  'code', e.${p}_code, 'country', e.${p}_country, 'sector', e.${p}_sector, 'span', json_array(coalesce(e.${p}_start, 0), coalesce(e.${p}_end, 0))) END`;

/**
 * The select list of a page as JSON: the event's id, then the event as rowToEvent makes it, written by SQLite as
 * UTF-8 bytes (a BLOB: never a JavaScript string, so neither decoded nor encoded again on its way to the socket),
 * then the columns rowToEvent checks against the model (a test checks the two agree). The object is written in two
 * halves around `background`, which, like rowToEvent, it leaves out for news (modality is never null, and the
 * second half starts with `attribution`, so trimming one brace from each is exact).
 */
export const EVENT_JSON_SELECT = `e.id, CAST(rtrim(json_object('id', e.id, 'sentence', e.sentence, 'span', json_array(e.trig_start, e.trig_end),
  'source', ${sideJson('source')}, 'target', ${sideJson('target')},
  'cameo', e.cameo, 'goldstein', e.goldstein, 'quad', e.quad, 'plover', json_object('type', e.plover_type, 'mode', e.plover_mode), 'acled', e.acled,
  'negated', ${bool('e.negated')}, 'modality', e.modality), '}')
  || CASE WHEN e.background IS NULL THEN ',' ELSE ',"background":' || json_quote(e.background) || ',' END
  || ltrim(json_object('attribution', CASE WHEN e.attr_text IS NULL THEN NULL ELSE json_object('text', e.attr_text, 'code', e.attr_code) END, 'hedged', ${bool('e.hedged')},
  'date', CASE WHEN e.date IS NULL THEN NULL ELSE json_object('value', e.date, 'precision', coalesce(e.date_precision, 'day'), 'basis', coalesce(e.date_basis, 'publication')) END,
  'place', CASE WHEN e.place_name IS NULL THEN NULL ELSE json_object('name', e.place_name, 'country', e.place_country, 'lat', coalesce(e.place_lat, 0),
    'lon', coalesce(e.place_lon, 0), 'geonameId', e.place_geonameid) END,
  'rule', json_object('file', e.rule_file, 'line', e.rule_line, 'id', e.rule_id),
  'article', json_object('hash', a.hash, 'id', a.ext_id, 'title', a.title, 'url', a.url, 'source', a.source, 'publishedAt', a.published_at, 'addedAt', a.added_at),
  'sentenceText', s.text, 'coderVersion', e.coder_version,
  'group', CASE WHEN g.id IS NULL THEN NULL ELSE json_object('id', g.id, 'mentions', g.mentions, 'sources', g.sources, 'articles', g.articles) END), '{') AS BLOB),
  e.quad, e.modality, e.background, e.date IS NOT NULL, e.date_precision, e.date_basis`;

/** A row of EVENT_JSON_SELECT: id, JSON bytes, and the checked columns. */
export type EventJsonRow = [number, Buffer, number | null, string, string | null, number, string | null, string | null];

/** Check an EVENT_JSON_SELECT row's enumerated columns against the model, as rowToEvent does (a damaged store throws). */
export function checkJsonRow(r: EventJsonRow): void {
  checked(QuadOrNull, r[2], 'quad class');
  checked(Modality, r[3], 'modality');
  if (r[4] !== null) checked(BackgroundReason, r[4], 'background');
  if (r[5] === 1) {
    checked(EventDate.shape.precision, r[6] ?? 'day', 'date precision');
    checked(EventDate.shape.basis, r[7] ?? 'publication', 'date basis');
  }
}

const OPEN = Buffer.from('{"events":[');
const COMMA = Buffer.from(',');

/**
 * The page of EVENT_JSON_SELECT rows (up to limit + 1 read) as the API sends it: the first `limit` events and, when
 * there are more, the cursor (the last event's id) — the bytes of `{"events":[...],"nextCursor":"ID"|null}`.
 */
export function pageBytes(rows: readonly EventJsonRow[], limit: number): Buffer {
  const parts: Buffer[] = [OPEN];
  const page = rows.slice(0, limit);
  page.forEach((r, i) => {
    checkJsonRow(r);
    if (i > 0) parts.push(COMMA);
    parts.push(r[1]);
  });
  const last = page[page.length - 1];
  parts.push(Buffer.from(`],"nextCursor":${rows.length > limit && last ? `"${last[0]}"` : 'null'}}`));
  return Buffer.concat(parts);
}

/** The columns an event is written with, in EVENT_COLS order (see insertEvent). */
export function eventParams(e: EventJson): (string | number | null)[] {
  const s = e.source;
  const t = e.target;
  return [
    e.span[0], e.span[1],
    s?.code ?? null, s?.text ?? null, s?.country ?? null, s?.sector ?? null, s?.span[0] ?? null, s?.span[1] ?? null,
    t?.code ?? null, t?.text ?? null, t?.country ?? null, t?.sector ?? null, t?.span[0] ?? null, t?.span[1] ?? null,
    e.cameo, e.goldstein, e.quad, e.plover.type, e.plover.mode, e.acled,
    e.negated ? 1 : 0, e.modality, e.attribution?.text ?? null, e.attribution?.code ?? null, e.hedged ? 1 : 0,
    e.date?.value ?? null, e.date?.precision ?? null, e.date?.basis ?? null,
    e.place?.name ?? null, e.place?.country ?? null, e.place?.lat ?? null, e.place?.lon ?? null, e.place?.geonameId ?? null,
    e.rule.file, e.rule.line, e.rule.id, e.background ?? null,
  ];
}

function side(code: string | null, text: string | null, country: string | null, sector: string | null, start: number | null, end: number | null): EventJson['source'] {
  if (code === null) return null;
  return { text: text ?? '', code, country, sector, span: [start ?? 0, end ?? 0] };
}

/** Rebuild the public event record (plus article, sentence, group) from a joined row. */
export function rowToEvent(r: EventRow): StoredEvent {
  return {
    id: r.id,
    sentence: r.sentence,
    span: [r.trig_start, r.trig_end],
    source: side(r.source_code, r.source_text, r.source_country, r.source_sector, r.source_start, r.source_end),
    target: side(r.target_code, r.target_text, r.target_country, r.target_sector, r.target_start, r.target_end),
    cameo: r.cameo,
    goldstein: r.goldstein,
    quad: checked(QuadOrNull, r.quad, 'quad class'),
    plover: { type: r.plover_type, mode: r.plover_mode },
    acled: r.acled,
    negated: r.negated === 1,
    modality: checked(Modality, r.modality, 'modality'),
    ...(r.background !== null ? { background: checked(BackgroundReason, r.background, 'background') } : {}),
    attribution: r.attr_text !== null ? { text: r.attr_text, code: r.attr_code } : null,
    hedged: r.hedged === 1,
    date: r.date !== null ? { value: r.date, precision: checked(EventDate.shape.precision, r.date_precision ?? 'day', 'date precision'), basis: checked(EventDate.shape.basis, r.date_basis ?? 'publication', 'date basis') } : null,
    place: r.place_name !== null ? { name: r.place_name, country: r.place_country, lat: r.place_lat ?? 0, lon: r.place_lon ?? 0, geonameId: r.place_geonameid } : null,
    rule: { file: r.rule_file, line: r.rule_line, id: r.rule_id },
    article: { hash: r.a_hash, id: r.a_ext_id, title: r.a_title, url: r.a_url, source: r.a_source, publishedAt: r.a_published_at, addedAt: r.a_added_at },
    sentenceText: r.s_text,
    coderVersion: r.coder_version,
    group: r.g_id !== null ? { id: r.g_id, mentions: r.g_mentions ?? 0, sources: r.g_sources ?? 0, articles: r.g_articles ?? 0 } : null,
  };
}

/** An event_groups row. */
export interface GroupRow {
  id: string; global_id: number; date: string | null; cameo: string | null; quad: number | null; goldstein: number | null;
  source_code: string | null; source_name: string | null; source_country: string | null; source_sector: string | null;
  target_code: string | null; target_name: string | null; target_country: string | null; target_sector: string | null;
  place_name: string | null; place_country: string | null; place_lat: number | null; place_lon: number | null; place_geonameid: number | null;
  mentions: number; sources: number; articles: number; in_lead: number; first_url: string | null; first_added: string;
}

/** Rebuild a cross-article event from its row. */
export function rowToGroup(r: GroupRow): EventGroup {
  return {
    id: r.id, globalId: r.global_id, date: r.date, cameo: r.cameo, quad: checked(QuadOrNull, r.quad, 'quad class'), goldstein: r.goldstein,
    source: r.source_code !== null ? { code: r.source_code, name: r.source_name ?? '', country: r.source_country, sector: r.source_sector } : null,
    target: r.target_code !== null ? { code: r.target_code, name: r.target_name ?? '', country: r.target_country, sector: r.target_sector } : null,
    place: r.place_name !== null ? { name: r.place_name, country: r.place_country, lat: r.place_lat ?? 0, lon: r.place_lon ?? 0, geonameId: r.place_geonameid } : null,
    mentions: r.mentions, sources: r.sources, articles: r.articles, inLead: r.in_lead === 1, firstUrl: r.first_url, firstAdded: r.first_added,
  };
}
