/** What the store keeps: a coded article flattened to plain rows (JSON-serialisable, shipped from workers). */
import type { EventJson } from '../pipeline/output.js';

/** Metadata of an article as read from its record. */
export interface ArticleMeta {
  /** The record's own id (or file path / URL when it has none). */
  readonly id: string;
  readonly title: string | null;
  readonly url: string | null;
  /** The news source (outlet) when known. */
  readonly source: string | null;
  /** Publication date YYYY-MM-DD. */
  readonly publishedAt: string | null;
  /** Where it was read: `file:line`, `file#n`, or a URL. */
  readonly origin: string;
}

/** One actor mention as stored. */
export interface StoredMention {
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly code: string;
  readonly country: string | null;
  readonly sector: string | null;
  readonly name: string | null;
  readonly rule: { readonly file: string; readonly line: number; readonly id: string };
}

/** An article with everything the coder produced, ready to be written in one transaction. */
export interface CodedArticle {
  /** sha256 of the article text: the store's key. */
  readonly hash: string;
  readonly meta: ArticleMeta;
  readonly text: string;
  readonly coderVersion: string;
  /** Sentence character ranges, in order (index = position). */
  readonly sentences: readonly (readonly [number, number])[];
  readonly mentions: readonly StoredMention[];
  readonly events: readonly EventJson[];
}

/** A stored article's input, as needed to code it again. */
export interface StoredArticleInput {
  readonly hash: string;
  readonly meta: ArticleMeta;
  readonly text: string;
}

/** An event read back from the store: the coder's record plus its article, sentence and de-duplication group. */
export interface StoredEvent extends EventJson {
  /** Stable id of this mention of the event. */
  readonly id: number;
  readonly article: { readonly hash: string; readonly id: string; readonly title: string | null; readonly url: string | null; readonly source: string | null; readonly publishedAt: string | null };
  readonly sentenceText: string;
  readonly coderVersion: string;
  /** The cross-article event this mention belongs to (null for negated events). */
  readonly group: { readonly id: string; readonly mentions: number; readonly sources: number; readonly articles: number } | null;
}

/** A cross-article event: one real-world event with GDELT-style counts. */
export interface EventGroup {
  /** Stable id: a hash of the grouping key. */
  readonly id: string;
  /** GDELT GLOBALEVENTID: a 52-bit integer from the same hash. */
  readonly globalId: number;
  readonly date: string | null;
  /** Null for incidents CAMEO has no code for (docs/adr/0005-incidents.md). */
  readonly cameo: string | null;
  readonly quad: number | null;
  readonly goldstein: number | null;
  readonly source: { readonly code: string; readonly name: string; readonly country: string | null; readonly sector: string | null } | null;
  readonly target: { readonly code: string; readonly name: string; readonly country: string | null; readonly sector: string | null } | null;
  readonly place: { readonly name: string; readonly country: string | null; readonly lat: number; readonly lon: number; readonly geonameId: number | null } | null;
  readonly mentions: number;
  readonly sources: number;
  readonly articles: number;
  /** True when some mention is in the article's first sentence (GDELT IsRootEvent). */
  readonly inLead: boolean;
  /** URL of the first article that reported it, and when it was added (ISO time). */
  readonly firstUrl: string | null;
  readonly firstAdded: string;
}
