import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchKey } from '../text/normalize.js';
import { DictionaryError } from './errors.js';
import { stripComment } from './lines.js';

/** What kind of well-known place an entry is. */
export type KnownPlaceKind = 'seat' | 'capital' | 'city' | 'territory' | 'region';

/** A well-known political place from dictionaries/geo/places.tsv. */
export interface KnownPlace {
  readonly name: string;
  readonly kind: KnownPlaceKind;
  readonly country: string | null;
  readonly lat: number;
  readonly lon: number;
  /** The town a seat of government stands in ("Kremlin" → Moscow); null for every other place. */
  readonly town: string | null;
  readonly line: number;
}

const KINDS: ReadonlySet<string> = new Set(['seat', 'capital', 'city', 'territory', 'region']);
const FILE = 'dictionaries/geo/places.tsv';

/** Load the well-known places, keyed by the match key of every name; fails loudly on a bad line. */
export function loadKnownPlaces(dir: string): ReadonlyMap<string, KnownPlace> {
  const out = new Map<string, KnownPlace>();
  let text: string;
  try {
    text = readFileSync(join(dir, 'geo', 'places.tsv'), 'utf8');
  } catch {
    return out;
  }
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const body = stripComment(lines[n] ?? '').trimEnd();
    if (body.trim() === '') continue;
    const line = n + 1;
    const [name = '', kind = '', country = '', lat = '', lon = '', aka = '', town = ''] = body.split('\t');
    if (!name || !KINDS.has(kind)) throw new DictionaryError('DICT080', FILE, line, `expected name<TAB>kind (seat, capital, city, territory, region), got "${body}"`);
    if (country !== '-' && !/^[A-Z]{3}$/.test(country)) throw new DictionaryError('DICT081', FILE, line, `country must be an ISO alpha-3 code or -, got "${country}"`);
    const la = Number(lat);
    const lo = Number(lon);
    if (lat === '' || lon === '' || !(Math.abs(la) <= 90) || !(Math.abs(lo) <= 180)) throw new DictionaryError('DICT082', FILE, line, `bad coordinates "${lat}", "${lon}"`);
    // A seat is a building or street: where it stands is the town an analyst counts events in.
    if ((kind === 'seat') !== (town.trim() !== '')) throw new DictionaryError('DICT084', FILE, line, kind === 'seat' ? `a seat needs the town it stands in (or -) after its other names` : `only a seat names a town it stands in, got "${town}"`);
    const place: KnownPlace = { name, kind: kind as KnownPlaceKind, country: country === '-' ? null : country, lat: la, lon: lo, town: town.trim() === '' || town.trim() === '-' ? null : town.trim(), line };
    for (const alias of [name, ...aka.split(';')].map((a) => a.trim()).filter(Boolean)) {
      const key = matchKey(alias);
      const prev = out.get(key);
      if (prev === place) continue; // spellings that differ only in accents
      if (prev) throw new DictionaryError('DICT083', FILE, line, `"${alias}" is already listed`);
      out.set(key, place);
    }
  }
  return out;
}
