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

/** A cue that helped decide an incident's type: its class, words, span and dictionary line. */
export interface TypingCue {
  readonly cls: string;
  readonly text: string;
  readonly span: Span;
  readonly file: string;
  readonly line: number;
}

/** Why an event has its ACLED-style type. */
export interface Typing {
  readonly rule: string;
  readonly cues: readonly TypingCue[];
}

/** A coded event with its provenance. */
export interface Event {
  readonly sentence: number;
  readonly trigger: Span;
  readonly source: Mention | null;
  readonly target: Mention | null;
  /** Null for an incident CAMEO has no code for (a disaster, organised crime): see docs/adr/0005-incidents.md. */
  readonly cameo: string | null;
  readonly goldstein: number | null;
  readonly quad: 1 | 2 | 3 | 4 | null;
  readonly plover: { readonly type: string | null; readonly mode: string | null };
  readonly acled: string | null;
  /** Why the ACLED-style type: the precedence rule and the cues that decided it (absent when none did). */
  readonly typing?: Typing;
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
