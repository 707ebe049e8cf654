/** Dyad's library entry point: build a coder once, code articles, read events with their provenance. */
export { createCoder, type Coder, type CoderOptions } from './pipeline/coder.js';
export { eventToJson, EventJson, ActorJson } from './model/event-json.js';
export { CodedArticle, EventGroup, StoredEvent } from './model/stored.js';
export { htmlToText, type HtmlArticle } from './ingest/html.js';
export { DictionaryError } from './dictionaries/errors.js';
export { score, type GoldRecord, type PredRecord, type ScoreResult } from './eval/score.js';
export type * from './model/types.js';
