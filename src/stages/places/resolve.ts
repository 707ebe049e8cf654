import type { KnownPlace } from '../../dictionaries/places.js';
import type { GeoEntry, Gazetteer } from './gazetteer.js';

/** Why a name was taken for this place. */
export type PlaceReason = 'known' | 'country' | 'capital' | 'context' | 'size';

/** A name resolved to one place. */
export interface ResolvedPlace {
  readonly country: string | null;
  readonly lat: number;
  readonly lon: number;
  readonly geonameId: number | null;
  readonly reason: PlaceReason;
  /** The town a seat of government stands in ("Kremlin" → Moscow), when the name is a seat. */
  readonly town?: string;
}

/** What the resolver knows besides the gazetteer. */
export interface PlaceKnowledge {
  readonly gazetteer: Gazetteer;
  /** Seats of government, English capital names, disputed territories, regions (dictionaries/geo). */
  readonly known: ReadonlyMap<string, KnownPlace>;
  /** Capital name (lower case) → country, from the actor dictionary. */
  readonly capitals: ReadonlyMap<string, string>;
}

/** What the text says around the name. */
export interface PlaceContext {
  /** Countries of the article's actors. */
  readonly countries: ReadonlySet<string>;
  /** The actor the name was recognised as, if any (a country code, "SYRGOV", "USALEG"…). */
  readonly actor: string | null;
}

// A town outside the article's countries is taken only when it dwarfs the alternatives: at least this
// big and this many times the next candidate. A candidate in the article's countries loses only to
// one this many times larger ("Paris" in an article about Texans is still the capital of France).
const MIN_SIZE = 100_000;
const DWARFS = 10;
const CONTEXT_DWARFED = 20;

const fromEntry = (e: GeoEntry, reason: PlaceReason): ResolvedPlace => ({ country: e.country || null, lat: e.lat, lon: e.lon, geonameId: e.geonameId, reason });

function largest(cands: readonly GeoEntry[]): GeoEntry | undefined {
  let best: GeoEntry | undefined;
  for (const c of cands) if (!best || c.population > best.population || (c.population === best.population && c.capital && !best.capital)) best = c;
  return best;
}

/** The capital reading of a name: the actor dictionary says it is a capital, or the gazetteer does. */
function capitalOf(key: string, cands: readonly GeoEntry[], know: PlaceKnowledge, ctx: PlaceContext): GeoEntry | undefined {
  const country = know.capitals.get(key);
  if (country) return largest(cands.filter((c) => c.country === country)) ?? know.gazetteer.country(country);
  // An actor word is a capital only when the actor dictionary says so ("Assad" is no town).
  return ctx.actor ? undefined : largest(cands.filter((c) => c.capital));
}

/**
 * Resolve a place name in context, or say it is no place. In order: a well-known place; a country;
 * an actor word that is not a country or capital is no place ("Congress"); a capital; a town in the
 * article's countries unless something far larger shares its name; a town far larger than the rest.
 */
export function resolvePlace(key: string, know: PlaceKnowledge, ctx: PlaceContext): ResolvedPlace | null {
  const k = know.known.get(key);
  if (k) return { country: k.country, lat: k.lat, lon: k.lon, geonameId: null, reason: 'known', ...(k.town !== null ? { town: k.town } : {}) };
  const cands = know.gazetteer.lookup(key) ?? [];
  const country = cands.find((c) => c.isCountry);
  if (country) return fromEntry(country, 'country');
  // A bare country code is a country's reading, except on a capital that names its town ("a Damascus suburb").
  if (ctx.actor && /^[A-Z]{3}$/.test(ctx.actor) && !know.capitals.has(key)) {
    const c = know.gazetteer.country(ctx.actor);
    return c ? fromEntry(c, 'country') : null;
  }
  const inContext = largest(cands.filter((c) => ctx.countries.has(c.country)));
  const capital = capitalOf(key, cands, know, ctx);
  // A capital outside the article's countries yields to a namesake inside them it does not dwarf.
  if (capital && (!inContext || capital.country === inContext.country || capital.population >= CONTEXT_DWARFED * inContext.population)) {
    return fromEntry(capital, capital.isCountry ? 'country' : 'capital');
  }
  if (ctx.actor) return null;
  const top = largest(cands);
  if (!top) return null;
  if (inContext && top.population < CONTEXT_DWARFED * Math.max(1, inContext.population)) return fromEntry(inContext, 'context');
  const second = largest(cands.filter((c) => c !== top));
  if (top.capital && (!second || !second.capital)) return fromEntry(top, 'capital');
  if (top.population >= MIN_SIZE && (!second || top.population >= DWARFS * second.population)) return fromEntry(top, 'size');
  return inContext ? fromEntry(inContext, 'context') : null;
}
