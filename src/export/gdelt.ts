/** GDELT 2.0 event-table rows (61 tab-separated columns, no header) from Dyad's cross-article events. */
import { join } from 'node:path';
import type { EventGroup } from '../model/stored.js';
import { DictionaryError } from '../dictionaries/errors.js';
import { readRequired } from '../dictionaries/files.js';
import { defaultDictionaryDir } from '../paths.js';
import { gdeltDateColumns } from './dates.js';

/** Column count of the GDELT 2.0 event table. */
export const GDELT_COLUMNS = 61;

const KNOWN_GROUP = new Set(['IGO', 'NGO', 'IMG', 'MNC', 'NGM']);

/** ISO-3 → FIPS 10-4 country codes and country names, from dictionaries/geo/fips.tsv (loaded once). */
export function loadFips(dir = defaultDictionaryDir()): Map<string, { fips: string; name: string }> {
  const m = new Map<string, { fips: string; name: string }>();
  const file = 'dictionaries/geo/fips.tsv';
  readRequired(join(dir, 'geo', 'fips.tsv'), file).split('\n').forEach((raw, n) => {
    const line = raw.replace(/\r$/, '');
    if (!line || line.startsWith('#')) return;
    const [iso = '', fips = '', name = '', ...rest] = line.split('\t');
    if (!/^[A-Z]{3}$/.test(iso) || !/^[A-Z0-9]{2}$/.test(fips) || name === '' || rest.length > 0) {
      throw new DictionaryError('DICT056', file, n + 1, `expected ISO3<TAB>FIPS<TAB>name, got "${line}"`);
    }
    if (!m.has(iso)) m.set(iso, { fips, name });
  });
  return m;
}

function actorCols(a: EventGroup['source']): string[] {
  if (!a) return Array<string>(10).fill('');
  const head = a.code.slice(0, 3);
  const known = KNOWN_GROUP.has(head) ? a.code.slice(3, 6) : '';
  // Role codes follow the country (or group) part in three-letter chunks: SYRGOVMIL → GOV, MIL.
  const roles = a.sector ? [a.sector] : [];
  for (let i = 3; i + 3 <= a.code.length && roles.length < 3; i += 3) {
    const r = a.code.slice(i, i + 3);
    if (r !== known && !roles.includes(r)) roles.push(r);
  }
  return [a.code, a.name.toUpperCase(), a.country ?? '', known, '', '', '', roles[0] ?? '', roles[1] ?? '', roles[2] ?? ''];
}

const num = (v: number): string => (Number.isInteger(v) ? v.toFixed(1) : String(v));

/** One GDELT row for a cross-article event; fields Dyad does not know (tone, actor geography) stay empty. */
export function gdeltRow(g: EventGroup, fips: ReadonlyMap<string, { fips: string; name: string }>): string {
  const date = gdeltDateColumns(g);
  const p = g.place;
  let geo = Array<string>(8).fill('');
  if (p) {
    const f = p.country ? fips.get(p.country) : undefined;
    // FIPS splits the Palestinian territories: the Gaza Strip lies west of 34.7°E, the West Bank east of it.
    const cc = p.country === 'PSE' && p.lon < 34.7 ? 'GZ' : f?.fips ?? '';
    const type = p.geonameId === null ? 1 : p.country === 'USA' ? 3 : 4;
    const full = p.geonameId === null ? (f?.name ?? p.name) : `${p.name}${f ? `, ${f.name}` : ''}`;
    geo = [String(type), full, cc, '', '', String(p.lat), String(p.lon), p.geonameId !== null ? String(p.geonameId) : ''];
  }
  const added = g.firstAdded.replace(/[-:T]/g, '').slice(0, 14);
  const cols = [
    String(g.globalId), ...date, ...actorCols(g.source), ...actorCols(g.target),
    g.inLead ? '1' : '0', g.cameo, g.cameo.slice(0, 3), g.cameo.slice(0, 2), String(g.quad), num(g.goldstein),
    String(g.mentions), String(g.sources), String(g.articles), '',
    ...Array<string>(16).fill(''), ...geo, added, g.firstUrl ?? '',
  ];
  return cols.map((c) => c.replace(/[\t\r\n]+/g, ' ')).join('\t');
}
