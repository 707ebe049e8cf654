/** Conversions between stored rows and model records for the SQLite backend. */
import { EventDate, Modality, Quad } from '../../model/event.js';
import type { EventJson } from '../../model/event-json.js';
import type { EventGroup, StoredEvent } from '../../model/stored.js';
import { checked } from '../checked.js';

/** An events row joined with its article, sentence and group, as the query selects it. */
export interface EventRow {
  id: number; sentence: number; trig_start: number; trig_end: number;
  source_code: string | null; source_text: string | null; source_country: string | null; source_sector: string | null; source_start: number | null; source_end: number | null;
  target_code: string | null; target_text: string | null; target_country: string | null; target_sector: string | null; target_start: number | null; target_end: number | null;
  cameo: string; goldstein: number; quad: number; plover_type: string | null; plover_mode: string | null; acled: string | null;
  negated: number; modality: string; attr_text: string | null; attr_code: string | null; hedged: number;
  date: string | null; date_precision: string | null; date_basis: string | null;
  place_name: string | null; place_country: string | null; place_lat: number | null; place_lon: number | null; place_geonameid: number | null;
  rule_file: string; rule_line: number; rule_id: string; coder_version: string;
  a_hash: string; a_ext_id: string; a_title: string | null; a_url: string | null; a_source: string | null; a_published_at: string | null; a_added_at: string;
  s_text: string; g_id: string | null; g_mentions: number | null; g_sources: number | null; g_articles: number | null;
}

/** The columns an event is written with, in SCHEMA order after sentence_id (see INSERT_EVENT). */
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
    e.rule.file, e.rule.line, e.rule.id,
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
    quad: checked(Quad, r.quad, 'quad class'),
    plover: { type: r.plover_type, mode: r.plover_mode },
    acled: r.acled,
    negated: r.negated === 1,
    modality: checked(Modality, r.modality, 'modality'),
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
  id: string; global_id: number; date: string | null; cameo: string; quad: number; goldstein: number;
  source_code: string | null; source_name: string | null; source_country: string | null; source_sector: string | null;
  target_code: string | null; target_name: string | null; target_country: string | null; target_sector: string | null;
  place_name: string | null; place_country: string | null; place_lat: number | null; place_lon: number | null; place_geonameid: number | null;
  mentions: number; sources: number; articles: number; in_lead: number; first_url: string | null; first_added: string;
}

/** Rebuild a cross-article event from its row. */
export function rowToGroup(r: GroupRow): EventGroup {
  return {
    id: r.id, globalId: r.global_id, date: r.date, cameo: r.cameo, quad: checked(Quad, r.quad, 'quad class'), goldstein: r.goldstein,
    source: r.source_code !== null ? { code: r.source_code, name: r.source_name ?? '', country: r.source_country, sector: r.source_sector } : null,
    target: r.target_code !== null ? { code: r.target_code, name: r.target_name ?? '', country: r.target_country, sector: r.target_sector } : null,
    place: r.place_name !== null ? { name: r.place_name, country: r.place_country, lat: r.place_lat ?? 0, lon: r.place_lon ?? 0, geonameId: r.place_geonameid } : null,
    mentions: r.mentions, sources: r.sources, articles: r.articles, inLead: r.in_lead === 1, firstUrl: r.first_url, firstAdded: r.first_added,
  };
}
