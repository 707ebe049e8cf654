/** Load the CAMEO code table, `cameo/codes.tsv`: every line checked, a bad one fails with file:line. */
import { join } from 'node:path';
import type { CameoCode, CameoTable } from '../ontology/cameo.js';
import { DictionaryError } from './errors.js';
import { readRequired } from './files.js';

const FILE = 'dictionaries/cameo/codes.tsv';

function parseRow(fields: readonly string[], line: number): CameoCode {
  const [code = '', quad = '', goldstein = '', pt = '', pm = '', name = ''] = fields;
  if (fields.length !== 6) throw new DictionaryError('DICT051', FILE, line, `expected 6 tab-separated fields (code, quad, goldstein, plover_type, plover_mode, name), got ${fields.length}`);
  if (!/^\d{2,4}$/.test(code)) throw new DictionaryError('DICT052', FILE, line, `bad CAMEO code "${code}"`);
  if (quad !== '1' && quad !== '2' && quad !== '3' && quad !== '4') throw new DictionaryError('DICT054', FILE, line, `QuadClass must be 1, 2, 3 or 4, got "${quad}"`);
  const g = Number(goldstein);
  if (goldstein.trim() === '' || !Number.isFinite(g) || g < -10 || g > 10) throw new DictionaryError('DICT055', FILE, line, `Goldstein value must be a number from -10 to 10, got "${goldstein}"`);
  return {
    code,
    quad: quad === '1' ? 1 : quad === '2' ? 2 : quad === '3' ? 3 : 4,
    goldstein: g,
    ploverType: pt && pt !== '-' ? pt : null,
    ploverMode: pm && pm !== '-' ? pm : null,
    name,
  };
}

/** Load `cameo/codes.tsv` from a dictionaries folder (the header line and `#` comments are skipped). */
export function loadCameo(dictDir: string): CameoTable {
  const table = new Map<string, CameoCode>();
  const text = readRequired(join(dictDir, 'cameo', 'codes.tsv'), FILE);
  text.split('\n').forEach((raw, n) => {
    const line = raw.replace(/\r$/, '');
    if (line.startsWith('#') || line.startsWith('code\t') || line.trim() === '') return;
    const row = parseRow(line.split('\t'), n + 1);
    if (table.has(row.code)) throw new DictionaryError('DICT053', FILE, n + 1, `CAMEO code ${row.code} listed twice`);
    table.set(row.code, row);
  });
  return table;
}
