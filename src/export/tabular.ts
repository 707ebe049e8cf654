/** Flat renderings of stored events: CSV columns, JSON Lines, and a readable table. */
import type { StoredEvent } from '../model/stored.js';
import { exportDate } from './dates.js';

/** CSV header of the event export. */
export const CSV_COLUMNS = [
  'id', 'date', 'date_precision', 'date_basis', 'source_code', 'source_text', 'source_country', 'source_sector', 'cameo', 'target_code', 'target_text',
  'target_country', 'target_sector', 'quad', 'goldstein', 'plover_type', 'plover_mode', 'acled', 'modality', 'negated', 'background', 'hedged', 'attribution',
  'place_name', 'place_country', 'lat', 'lon', 'geonameid', 'group_id', 'group_mentions', 'group_sources', 'group_articles',
  'article_id', 'article_url', 'article_title', 'published', 'sentence', 'trigger_start', 'trigger_end', 'rule', 'sentence_text',
] as const;

function csvCell(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV line for an event (RFC 4180 quoting). */
export function csvRow(e: StoredEvent): string {
  const d = exportDate(e);
  return [
    e.id, d.value, d.precision, d.basis, e.source?.code, e.source?.text, e.source?.country, e.source?.sector, e.cameo, e.target?.code, e.target?.text,
    e.target?.country, e.target?.sector, e.quad, e.goldstein, e.plover.type, e.plover.mode, e.acled, e.modality, e.negated, e.background, e.hedged, e.attribution?.code ?? e.attribution?.text,
    e.place?.name, e.place?.country, e.place?.lat, e.place?.lon, e.place?.geonameId, e.group?.id, e.group?.mentions, e.group?.sources, e.group?.articles,
    e.article.id, e.article.url, e.article.title, e.article.publishedAt, e.sentence, e.span[0], e.span[1], `${e.rule.file}:${e.rule.line}`, e.sentenceText,
  ].map(csvCell).join(',');
}

function pad(s: string, n: number): string {
  return s.length >= n ? s.slice(0, n) : s + ' '.repeat(n - s.length);
}

/** Header of the readable table. */
export function tableHeader(): string {
  return `${pad('date', 10)} ${pad('source', 12)} ${pad('cameo', 5)} ${pad('target', 12)} q ${pad('place', 14)} ${pad('m/s/a', 7)} sentence`;
}

/** One readable table line: the event and the sentence it came from (trimmed to the terminal). */
export function tableRow(e: StoredEvent, width = 160): string {
  const flags = [e.modality !== 'asserted' ? e.modality : '', e.hedged ? 'hedged' : '', e.negated ? 'negated' : '', e.background ? `background:${e.background}` : ''].filter(Boolean).join(',');
  const counts = e.group ? `${e.group.mentions}/${e.group.sources}/${e.group.articles}` : '-';
  const head = `${pad(e.date?.value ?? '-', 10)} ${pad(e.source?.code ?? '-', 12)} ${pad(e.cameo ?? '-', 5)} ${pad(e.target?.code ?? '-', 12)} ${e.quad ?? '-'} ${pad(e.place?.name ?? '-', 14)} ${pad(counts, 7)} `;
  const sentence = `${flags ? `[${flags}] ` : ''}${e.sentenceText.replace(/\s+/g, ' ')}`;
  const room = Math.max(20, width - head.length);
  return head + (sentence.length > room ? `${sentence.slice(0, room - 1)}…` : sentence);
}
