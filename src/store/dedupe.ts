/**
 * Cross-article de-duplication: mentions of one real-world event share a day, source and target actors,
 * CAMEO code and modality, and the place when known. Grouping is recomputed from the whole set of
 * mentions of a key, so the result never depends on the order articles arrive in. Across reporters only exact
 * agreement groups, hence full codes here, unlike the sentence and article levels (docs/dedup.md).
 */
import { createHash } from 'node:crypto';
import type { EventJson } from '../model/event-json.js';

/** The part of the grouping key every mention of one event shares (place is decided by clustering). */
export function baseKey(e: EventJson): string | null {
  // Negated and background events are no news: they join no cross-article event and add to no count.
  if (e.negated || e.background !== undefined) return null;
  return `${e.date?.value ?? ''}|${e.source?.code ?? ''}|${e.target?.code ?? ''}|${e.cameo ?? `acled:${e.acled ?? ''}`}|${e.modality}`;
}

/** A place identity: the GeoNames id, or name and country when it has none; null when unknown. */
export function placeKey(name: string | null, country: string | null, geonameId: number | null): string | null {
  if (name === null) return null;
  return geonameId !== null ? `g${geonameId}` : `n${name.toLowerCase()}|${country ?? ''}`;
}

/** One mention to cluster: its id and place identity. */
export interface Member {
  readonly id: number;
  readonly place: string | null;
}

/**
 * Assign each mention of one base key to a place cluster. Mentions with a place group by place; those
 * without join the largest place cluster (ties: smallest key), or form the place-less group when none.
 */
export function clusterByPlace(members: readonly Member[]): Map<number, string> {
  const sizes = new Map<string, number>();
  for (const m of members) if (m.place !== null) sizes.set(m.place, (sizes.get(m.place) ?? 0) + 1);
  let best = '';
  let bestSize = 0;
  for (const [k, n] of sizes) if (n > bestSize || (n === bestSize && k < best)) { best = k; bestSize = n; }
  const out = new Map<number, string>();
  for (const m of members) out.set(m.id, m.place ?? best);
  return out;
}

/** The stable id of a group: hash of its base key and place key. */
export function groupId(base: string, place: string): string {
  return createHash('sha256').update(`${base}#${place}`).digest('hex').slice(0, 16);
}

/** GDELT's integer GLOBALEVENTID from a group id: the first 52 bits, so it stays an exact JS number. */
export function globalId(id: string): number {
  return parseInt(id.slice(0, 13), 16);
}
