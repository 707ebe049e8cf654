/** Core data types that flow through the coder. All readonly and JSON-serialisable. */
import type { Event, Mention, Span } from './event.js';

// The event family is defined once, with zod, in event.ts; stages keep importing it from here.
export type { ActorCoding, Attribution, Event, EventDate, Mention, Modality, Place, Quad, RuleRef, Span } from './event.js';

/** An input article. Every offset in Dyad indexes `text`. */
export interface Article {
  readonly id: string;
  readonly text: string;
  readonly title?: string;
  readonly url?: string;
  readonly source?: string;
  /** Publication date, YYYY-MM-DD. */
  readonly publishedAt?: string;
}

/** One token with its character offsets and tags. */
export interface Token {
  readonly i: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower-cased surface form. */
  readonly norm: string;
  readonly lemma: string;
  readonly pos: string;
  readonly sentence: number;
}

/** A sentence: character range and token range [tokenStart, tokenEnd). */
export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

/** A problem with one article: data, not an exception. */
export interface Diagnostic {
  readonly code: string;
  readonly stage: string;
  readonly message: string;
  readonly span?: Span;
}

/** An article as it moves through the stages; each stage returns a new Doc with its layer filled. */
export interface Doc {
  readonly article: Article;
  readonly boilerplate: readonly Span[];
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
  readonly events: readonly Event[];
  readonly diagnostics: readonly Diagnostic[];
}

/** A pipeline stage: compiled once, `run` is pure and synchronous. */
export interface Stage {
  readonly name: string;
  readonly version: string;
  run(doc: Doc): Doc;
}
