import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One CAMEO code with the values every event carries. */
export interface CameoCode {
  readonly code: string;
  readonly quad: 1 | 2 | 3 | 4;
  readonly goldstein: number;
  readonly ploverType: string | null;
  readonly ploverMode: string | null;
  readonly name: string;
}

/** The CAMEO table: code → facts. */
export type CameoTable = ReadonlyMap<string, CameoCode>;

/** Load `cameo/codes.tsv` from a dictionaries folder. */
export function loadCameo(dictDir: string): CameoTable {
  const table = new Map<string, CameoCode>();
  const text = readFileSync(join(dictDir, 'cameo', 'codes.tsv'), 'utf8');
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.startsWith('code\t') || line.trim() === '') continue;
    const [code, quad, goldstein, pt, pm, name] = line.split('\t');
    if (!code || !quad || !goldstein) continue;
    const q = Number(quad);
    table.set(code, {
      code,
      quad: (q >= 1 && q <= 4 ? q : 1) as 1 | 2 | 3 | 4,
      goldstein: Number(goldstein),
      ploverType: pt && pt !== '-' ? pt : null,
      ploverMode: pm && pm !== '-' ? pm : null,
      name: name ?? '',
    });
  }
  return table;
}

/** Phoenix PentaClass of a CAMEO code (0 statement … 4 material conflict). */
export function pentaClass(code: string): number {
  const r = Number(code.slice(0, 2));
  return r <= 2 ? 0 : r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 || r === 16 ? 3 : 4;
}
