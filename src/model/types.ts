/** Core data types that flow through the coder. All readonly and JSON-serialisable. */

/** A half-open character range [start, end) into `Article.text`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Where a decision came from: a dictionary file and line, and a stable rule id. */
export interface RuleRef {
  readonly file: string;
  readonly line: number;
  readonly id: string;
}

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

/** What an actor is, in CAMEO terms. */
export interface ActorCoding {
  /** Full CAMEO-style code: country (or IGO/IMG/NGO) then sector and name parts, e.g. SYRGOV. */
  readonly code: string;
  readonly country?: string;
  readonly sector?: string;
  /** A person's name when the actor is a person. */
  readonly name?: string;
}

/** An actor found in the text. */
export interface Mention {
  readonly id: number;
  readonly sentence: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly actor: ActorCoding;
  readonly rule: RuleRef;
  /** True for possessive or adjectival uses ("Iran's", "Syrian") that modify a following noun. */
  readonly modifier: boolean;
}

/** Modality of an event as the text presents it. */
export type Modality = 'asserted' | 'intended' | 'threatened' | 'hypothetical';

/** Who a claim is attributed to. */
export interface Attribution {
  readonly text: string;
  readonly code: string | null;
  readonly span: Span;
}

/** An event date resolved against the publication date. */
export interface EventDate {
  readonly value: string;
  readonly precision: 'day' | 'month' | 'year';
  readonly basis: 'text' | 'publication';
  /** The words that gave the date, when basis is text. */
  readonly span?: Span;
}

/** A geocoded place. */
export interface Place {
  readonly name: string;
  readonly country: string | null;
  readonly lat: number;
  readonly lon: number;
  readonly geonameId: number | null;
  readonly span?: Span;
}

/** One side of an event as written out. */
export interface EventActor {
  readonly text: string;
  readonly code: string;
  readonly country: string | null;
  readonly sector: string | null;
  readonly span: readonly [number, number];
}

/** A coded event with its provenance. */
export interface Event {
  readonly sentence: number;
  readonly trigger: Span;
  readonly source: Mention | null;
  readonly target: Mention | null;
  readonly cameo: string;
  readonly goldstein: number;
  readonly quad: 1 | 2 | 3 | 4;
  readonly plover: { readonly type: string | null; readonly mode: string | null };
  readonly acled: string | null;
  readonly negated: boolean;
  readonly modality: Modality;
  readonly attribution: Attribution | null;
  readonly hedged: boolean;
  readonly date: EventDate | null;
  readonly place: Place | null;
  readonly rule: RuleRef;
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
