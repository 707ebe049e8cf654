import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Article, Doc, Stage } from '../model/types.js';
import { dictionaryFiles, loadActorDictionary } from '../dictionaries/actors.js';
import { loadVerbDictionary } from '../dictionaries/verbs.js';
import { loadCameo } from '../dictionaries/cameo.js';
import { defaultDictionaryDir, packageRoot } from '../paths.js';
import { createCleanStage } from '../stages/clean/clean.js';
import { createSegmenter, createSegmentStage } from '../stages/segment/segment.js';
import { createActorRecognizer } from '../stages/actors/recognize.js';
import { createEventCoder } from '../stages/events/events.js';
import { createDateResolver } from '../stages/dates/dates.js';
import { loadGazetteer } from '../stages/places/gazetteer.js';
import { createPlaceResolver } from '../stages/places/places.js';
import { createAttributionStage } from '../stages/attribution/attribution.js';
import { createConsolidator } from '../stages/consolidate/consolidate.js';

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

/** Build the coder: load and validate dictionaries (throws DictionaryError with file:line), compile stages. */
export function createCoder(opts: CoderOptions = {}): Coder {
  const dir = opts.dictionaryDir ?? defaultDictionaryDir();
  const segmenter = createSegmenter();
  const cameo = loadCameo(opts.cameoDir ?? defaultDictionaryDir());
  const actors = loadActorDictionary(dir, segmenter.tokenize);
  const verbs = loadVerbDictionary(dir, cameo);
  const stages: Stage[] = [
    createCleanStage(),
    createSegmentStage(segmenter),
    createActorRecognizer({ dictionary: actors }),
    createEventCoder({ verbs, cameo }),
    createDateResolver(),
    createPlaceResolver({ gazetteer: loadGazetteer() }),
    createAttributionStage(),
    createConsolidator(),
  ];
  const hash = createHash('sha256');
  const pkg = JSON.parse(readFileSync(`${packageRoot()}/package.json`, 'utf8')) as { version?: string };
  hash.update(`dyad ${pkg.version ?? '0'}\n`);
  for (const s of stages) hash.update(`${s.name}@${s.version}\n`);
  for (const f of dictionaryFiles(dir)) {
    hash.update(relative(dir, f));
    hash.update(readFileSync(f));
  }
  const version = hash.digest('hex').slice(0, 16);
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
