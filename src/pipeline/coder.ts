import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Article, Doc, Stage } from '../model/types.js';
import { dictionaryFiles, loadActorDictionary } from '../dictionaries/actors.js';
import { loadKnownPlaces } from '../dictionaries/places.js';
import { loadVerbDictionary } from '../dictionaries/verbs.js';
import { loadCameo } from '../dictionaries/cameo.js';
import { defaultDictionaryDir, packageRoot } from '../paths.js';
import { createCleanStage } from '../stages/clean/clean.js';
import { createSegmenter, createSegmentStage, type Segmenter } from '../stages/segment/segment.js';
import { createActorRecognizer } from '../stages/actors/recognize.js';
import { createEventCoder } from '../stages/events/events.js';
import { createDateResolver } from '../stages/dates/dates.js';
import { createPlaceResolver } from '../stages/places/places.js';
import { createAttributionStage } from '../stages/attribution/attribution.js';
import { createConsolidator } from '../stages/consolidate/consolidate.js';
import { lazyGazetteer } from './resources.js';
import { fromSnapshot, snapshotKey, writeSnapshot } from './snapshot.js';

/** A compiled coder: all dictionaries loaded once; `code` is pure. */
export interface Coder {
  /** Hash of the code version and the dictionaries: what the store records to find stale codings. */
  readonly version: string;
  readonly stages: readonly Stage[];
  /** Code one article through every stage. */
  code(article: Article): Doc;
}

/** Options for building a coder. */
export interface CoderOptions {
  /** Folder with actors/ and verbs/ (default: the bundled dictionaries). */
  readonly dictionaryDir?: string;
  /** Folder with cameo/codes.tsv (default: the bundled dictionaries). */
  readonly cameoDir?: string;
}

/** Compile every dictionary the stages use. Whatever this returns is what the build snapshots. */
function compileDictionaries(dir: string, cameoDir: string, segmenter: Segmenter) {
  const cameo = loadCameo(cameoDir);
  return { cameo, actors: loadActorDictionary(dir, segmenter.tokenize), verbs: loadVerbDictionary(dir, cameo), places: loadKnownPlaces(dir) };
}
type Dictionaries = ReturnType<typeof compileDictionaries>;

/** Where the compiled dictionaries come from, and the snapshot key they are filed under. */
function dictionarySource(opts: CoderOptions): { dir: string; cameoDir: string; files: string[]; key: string } {
  const dir = opts.dictionaryDir ?? defaultDictionaryDir();
  const cameoDir = opts.cameoDir ?? defaultDictionaryDir();
  const files = [...new Set([...dictionaryFiles(dir), ...dictionaryFiles(cameoDir)])].sort();
  // The tokenizer that compiles phrases is part of the result, so its library versions are too.
  const key = snapshotKey('dictionaries', { files, packages: ['wink-nlp', 'wink-eng-lite-web-model'], extra: `${relative(dir, cameoDir)}` });
  return { dir, cameoDir, files, key };
}

/** Compile the dictionaries and write their snapshot (the build step); false if they cannot be snapshot. */
export function buildDictionarySnapshot(opts: CoderOptions = {}): boolean {
  const src = dictionarySource(opts);
  return writeSnapshot('dictionaries', src.key, compileDictionaries(src.dir, src.cameoDir, createSegmenter()));
}

/** The coder version: the package version, every stage's name and version, and the dictionary bytes. */
function coderVersion(stages: readonly Stage[], dir: string): string {
  const hash = createHash('sha256');
  const pkg = JSON.parse(readFileSync(`${packageRoot()}/package.json`, 'utf8')) as { version?: string };
  hash.update(`dyad ${pkg.version ?? '0'}\n`);
  for (const s of stages) hash.update(`${s.name}@${s.version}\n`);
  for (const f of dictionaryFiles(dir)) {
    hash.update(relative(dir, f));
    hash.update(readFileSync(f));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Build the coder: dictionaries come from the build's snapshot when it matches their sources, else
 * are loaded, validated (throws DictionaryError with file:line) and compiled; the gazetteer is loaded
 * only when the first place phrase is looked up.
 */
export function createCoder(opts: CoderOptions = {}): Coder {
  const src = dictionarySource(opts);
  const segmenter = createSegmenter();
  const dicts = fromSnapshot<Dictionaries>('dictionaries', src.key, () => compileDictionaries(src.dir, src.cameoDir, segmenter));
  const places = createPlaceResolver({ knowledge: { gazetteer: lazyGazetteer(), known: dicts.places, capitals: dicts.actors.capitals } });
  const stages: Stage[] = [
    createCleanStage(),
    createSegmentStage(segmenter),
    createActorRecognizer({ dictionary: dicts.actors }),
    createEventCoder({ verbs: dicts.verbs, cameo: dicts.cameo }),
    createDateResolver(),
    places.sentencePlaces,
    createAttributionStage(),
    createConsolidator(),
    places.articlePlaces,
  ];
  const version = coderVersion(stages, src.dir);
  return {
    version,
    stages,
    code(article: Article): Doc {
      let doc: Doc = { article, boilerplate: [], sentences: [], tokens: [], mentions: [], events: [], diagnostics: [] };
      for (const s of stages) doc = s.run(doc);
      return doc;
    },
  };
}
