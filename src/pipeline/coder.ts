import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Article, Doc, Stage } from '../model/types.js';
import { dictionaryFiles, loadActorDictionary, oneWordCountries } from '../dictionaries/actors.js';
import { loadKnownPlaces } from '../dictionaries/places.js';
import { loadVerbDictionary } from '../dictionaries/verbs.js';
import { loadCameo } from '../dictionaries/cameo.js';
import { loadLexicon, orgPrefixTest } from '../dictionaries/lexicon.js';
import { loadGrammar } from '../dictionaries/grammar.js';
import { defaultDictionaryDir, packageRoot } from '../paths.js';
import { createCleanStage } from '../stages/clean/clean.js';
import { createSegmenter, createSegmentStage, type Segmenter, type SegmenterWords } from '../stages/segment/segment.js';
import { createActorRecognizer } from '../stages/actors/recognize.js';
import { createEventCoder } from '../stages/events/events.js';
import { createIncidentTyper, type IncidentMode } from '../stages/incidents/incidents.js';
import { loadCueDictionary } from '../dictionaries/cues.js';
import { createDateResolver } from '../stages/dates/dates.js';
import { createPlaceResolver } from '../stages/places/places.js';
import { createAttributionStage } from '../stages/attribution/attribution.js';
import { createConsolidator } from '../stages/consolidate/consolidate.js';
import { createModalityFilter } from '../stages/modality/modality.js';
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
  /** Folder with lexicon/ word classes and grammar/ rule tables (default: the bundled dictionaries). */
  readonly lexiconDir?: string;
  /** Which incidents the dyad coder found no event for become events without a dyad (default `sideless`). */
  readonly incidents?: IncidentMode;
  /** Keep hypothetical events ("could strike", "would sign if …"); by default they are left out. */
  readonly hypothetical?: boolean;
  /** Keep background events, flagged with why (relative clauses, the pluperfect, earlier years); by default they are left out. */
  readonly background?: boolean;
  /** Keep statements, appeals, demands and threats (CAMEO 01-13) with a source and no target or of no known country; by default they are left out. */
  readonly oneSided?: boolean;
}

/** Compile every dictionary the stages use. Whatever this returns is what the build snapshots. */
function compileDictionaries(src: DictionarySource, segmenterFor: (words: SegmenterWords) => Segmenter) {
  const cameo = loadCameo(src.cameoDir);
  const lexicon = loadLexicon(src.lexiconDir);
  // Actor phrases are tokenised as text is, so the segmenter reads the same lexicon.
  const actors = loadActorDictionary(src.dir, segmenterFor(lexicon).tokenize, orgPrefixTest(lexicon));
  return { cameo, lexicon, actors, verbs: loadVerbDictionary(src.dir, cameo), places: loadKnownPlaces(src.dir) };
}
type Dictionaries = ReturnType<typeof compileDictionaries>;

/** Where the dictionaries come from, and the snapshot key their compiled form is filed under. */
interface DictionarySource { readonly dir: string; readonly cameoDir: string; readonly lexiconDir: string; readonly key: string }

/** Where the compiled dictionaries come from, and the snapshot key they are filed under. */
function dictionarySource(opts: CoderOptions): DictionarySource {
  const dir = opts.dictionaryDir ?? defaultDictionaryDir();
  const cameoDir = opts.cameoDir ?? defaultDictionaryDir();
  const lexiconDir = opts.lexiconDir ?? defaultDictionaryDir();
  const files = [...new Set([...dictionaryFiles(dir), ...dictionaryFiles(cameoDir), ...dictionaryFiles(lexiconDir)])].sort();
  // The tokenizer that compiles phrases is part of the result, so its library versions are too.
  const key = snapshotKey('dictionaries', { files, packages: ['wink-nlp', 'wink-eng-lite-web-model'], extra: `${relative(dir, cameoDir)}|${relative(dir, lexiconDir)}` });
  return { dir, cameoDir, lexiconDir, key };
}

/** Compile the dictionaries and write their snapshot (the build step); false if they cannot be snapshot. */
export function buildDictionarySnapshot(opts: CoderOptions = {}): boolean {
  const src = dictionarySource(opts);
  return writeSnapshot('dictionaries', src.key, compileDictionaries(src, createSegmenter));
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
  // A stale snapshot is compiled with a segmenter that the coder then keeps (wink-nlp loads once).
  let compiledWith: Segmenter | undefined;
  const dicts = fromSnapshot<Dictionaries>('dictionaries', src.key, () => compileDictionaries(src, (words) => (compiledWith = createSegmenter(words))));
  const segmenter = compiledWith ?? createSegmenter(dicts.lexicon);
  const lexicon = dicts.lexicon;
  // Cue classes compile to a scanner (a function, which a snapshot cannot hold); they load in milliseconds.
  // They are general English: a dictionary folder without acled/ (the fictional test one) uses the bundled ones.
  const cues = loadCueDictionary(existsSync(join(src.dir, 'acled')) ? src.dir : defaultDictionaryDir());
  const places = createPlaceResolver({ knowledge: { gazetteer: lazyGazetteer(), known: dicts.places, capitals: dicts.actors.capitals }, lexicon });
  const stages: Stage[] = [
    createCleanStage(),
    createSegmentStage(segmenter),
    createActorRecognizer({ dictionary: dicts.actors, lexicon, grammar: loadGrammar(src.lexiconDir, 'actors') }),
    createEventCoder({ verbs: dicts.verbs, cameo: dicts.cameo, lexicon, grammar: loadGrammar(src.lexiconDir, 'events'), oneSided: opts.oneSided === true, countries: oneWordCountries(dicts.actors) }),
    createIncidentTyper({ cues, cameo: dicts.cameo, lexicon, mode: opts.incidents ?? 'sideless' }),
    createDateResolver({ lexicon }),
    places.sentencePlaces,
    createAttributionStage({ lexicon }),
    createConsolidator(),
    places.articlePlaces,
    createModalityFilter({ keepHypothetical: opts.hypothetical === true, keepBackground: opts.background === true }),
  ];
  const version = coderVersion(stages, src.dir);
  return {
    version,
    stages,
    code(article: Article): Doc {
      let doc: Doc = { article, boilerplate: [], sentences: [], tokens: [], mentions: [], events: [], reports: [], triggers: [], diagnostics: [] };
      for (const s of stages) doc = s.run(doc);
      return doc;
    },
  };
}
