/** Core data types that flow through the coder. All readonly and JSON-serialisable. */
import type { Event, Mention, Span } from './event.js';

// The event family is defined once, with zod, in event.ts; stages keep importing it from here.
export type { ActorCoding, Attribution, BackgroundReason, Event, EventDate, Mention, Modality, Place, PlaceBasis, Quad, RuleRef, Span, Typing, TypingCue } from './event.js';

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

/**
 * Who a sentence cites: the source of "according to X", or the speaker of a verb of saying ("X said",
 * inverted ", X said"). The events stage finds them with its clause map; the attribution stage reads them.
 */
export interface Report {
  readonly sentence: number;
  /** Token of the verb of saying, or of the first cited mention for "according to". */
  readonly token: number;
  readonly kind: 'according' | 'speech' | 'inverted';
  /** Who is cited, in reading order. */
  readonly speakers: readonly Mention[];
}

/**
 * A coded trigger and its grammatical subject. An event's source is usually that subject, but a
 * meeting coded both ways or a compound subject's pair has the partner as source; attribution
 * ("none when the one cited is the subject itself") reads the subject.
 */
export interface Trigger {
  readonly sentence: number;
  readonly span: Span;
  readonly subject: Mention | null;
}

/** An article as it moves through the stages; each stage returns a new Doc with its layer filled. */
export interface Doc {
  readonly article: Article;
  readonly boilerplate: readonly Span[];
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
  readonly events: readonly Event[];
  readonly reports: readonly Report[];
  readonly triggers: readonly Trigger[];
  readonly diagnostics: readonly Diagnostic[];
}

/** A pipeline stage: compiled once, `run` is pure and synchronous. */
export interface Stage {
  readonly name: string;
  readonly version: string;
  run(doc: Doc): Doc;
}
