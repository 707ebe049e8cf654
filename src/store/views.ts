/** Read-only analyst views over a store (event detail, article, aggregates) that the API and dashboard use. */
import type { EventGroup, StoredEvent, StoredMention } from '../model/stored.js';
import type { EventQuery } from './store.js';

/** A character range [start, end) into the article text, in UTF-16 code units. */
export type Span = readonly [number, number];

/** One mention of an event with where it sits in its article. */
export interface MentionDetail {
  readonly event: StoredEvent;
  /** The article's store id (for /api/articles/:id). */
  readonly articleId: number;
  readonly sentence: { readonly index: number; readonly start: number; readonly end: number; readonly text: string };
  readonly spans: { readonly trigger: Span; readonly source: Span | null; readonly target: Span | null; readonly attribution: Span | null };
}

/** A cross-article event with every mention (a negated event has no group and one mention). */
export interface EventDetail {
  readonly group: EventGroup | null;
  readonly mentions: readonly MentionDetail[];
}

/** A stored article with its segmentation, actor mentions and events. */
export interface ArticleDetail {
  readonly id: number;
  readonly hash: string;
  readonly meta: { readonly id: string; readonly title: string | null; readonly url: string | null; readonly source: string | null; readonly publishedAt: string | null; readonly origin: string };
  readonly text: string;
  readonly coderVersion: string;
  readonly sentences: readonly Span[];
  readonly mentions: readonly StoredMention[];
  readonly events: readonly StoredEvent[];
}

/** Bucket sizes of the timeline. */
export type Interval = 'day' | 'week' | 'month';

/** One timeline bucket: counts per QuadClass (index 0 = quad 1) and mean Goldstein. */
export interface TimelineRow {
  readonly period: string;
  readonly count: number;
  readonly goldstein: number;
  readonly quads: readonly [number, number, number, number];
}

/** An actor pair with its counts and tone. */
export interface DyadRow {
  readonly source: string;
  readonly target: string;
  readonly count: number;
  readonly goldstein: number;
  /** Shares of verbal+material cooperation (quads 1–2) and conflict (quads 3–4). */
  readonly cooperation: number;
  readonly conflict: number;
}

/** Event counts per place and per country (ISO 3166 alpha-3), with coordinates. */
export interface PlaceStats {
  readonly places: readonly { readonly name: string; readonly country: string | null; readonly lat: number; readonly lon: number; readonly count: number; readonly goldstein: number }[];
  readonly countries: readonly { readonly country: string; readonly count: number; readonly goldstein: number }[];
}

/** The analyst views a store backend offers. */
export interface StoreViews {
  /** An event by mention id (digits) or cross-article group id (hex); null when unknown. */
  eventDetail(id: string): EventDetail | null;
  /** An article by store id (digits) or content hash; null when unknown. */
  article(id: string): ArticleDetail | null;
  timeline(query: EventQuery, interval: Interval): TimelineRow[];
  dyads(query: EventQuery, limit: number): DyadRow[];
  places(query: EventQuery, limit: number): PlaceStats;
  /** Cross-article events with a mention that matches `query`, by date then id (the GDELT export). */
  groups(query: EventQuery): Iterable<EventGroup>;
  /** A number that changes whenever any connection commits a write (aggregates can be cached until it does). */
  version(): number;
  close(): void;
}
