/** CAMEO facts: the table of codes (loaded by dictionaries/cameo.ts) and the PentaClass of a code. */

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

/** Phoenix PentaClass of a CAMEO code (0 statement … 4 material conflict). */
export function pentaClass(code: string): number {
  const r = Number(code.slice(0, 2));
  return r <= 2 ? 0 : r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 || r === 16 ? 3 : 4;
}
