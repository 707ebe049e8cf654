/** The store interface every backend implements (SQLite now; PostgreSQL later) and its query type. */
import type { CodedArticle, EventGroup, StoredArticleInput, StoredEvent } from '../model/stored.js';

/** Filters for `events`: all optional, combined with AND. */
export interface EventQuery {
  /** Actor code prefix on either side ("SYR" matches SYRGOV). */
  readonly actor?: string;
  readonly source?: string;
  readonly target?: string;
  /** CAMEO code prefix ("19" = all fighting). */
  readonly code?: string;
  readonly quad?: number;
  /** Event date bounds, inclusive, YYYY-MM-DD. */
  readonly since?: string;
  readonly until?: string;
  /** Place name or country code, case-insensitive substring of the name or exact country. */
  readonly place?: string;
  /** Full-text query (FTS5 syntax) over the event's sentence. */
  readonly text?: string;
  /** Include negated events (default: no). */
  readonly negated?: boolean;
  /** Include background events (relative clauses, pluperfect, earlier years; stored by `ingest --all`; default: no). */
  readonly background?: boolean;
  readonly limit?: number;
  /** Order: newest date first (the default), oldest first, or most-reported cross-article event first. */
  readonly sort?: EventSort;
  /** Keyset cursor: the id of the last event of the previous page; the events that follow it in this order. */
  readonly after?: number;
}

/** Orders `events` can return. */
export type EventSort = 'date' | 'date-asc' | 'count';

/** What putArticle did. */
export type PutResult = { readonly inserted: true; readonly events: number } | { readonly inserted: false; readonly reason: 'duplicate' };

/** Counts of what the store holds. */
export interface StoreStats {
  readonly articles: number;
  readonly sentences: number;
  readonly mentions: number;
  readonly events: number;
  readonly groups: number;
}

/** A Dyad event database. Each write is one whole-article transaction. */
export interface Store {
  readonly backend: string;
  /** True when an article with this content hash is stored. */
  hasArticle(hash: string): Promise<boolean>;
  /** Store a coded article whole, or nothing if its hash is already there. */
  putArticle(article: CodedArticle): Promise<PutResult>;
  /**
   * Store several articles in one transaction (group commit): each whole or, with the batch, not at all;
   * one result per article, in order. A crash loses at most the batch being written, never part of one.
   */
  putArticles(articles: readonly CodedArticle[]): Promise<PutResult[]>;
  /** Replace the coding of a stored article (same hash) in one transaction. */
  replaceCoding(article: CodedArticle): Promise<void>;
  /** Articles whose coder version differs from `version`. */
  staleArticles(version: string): AsyncIterable<StoredArticleInput>;
  /** Events matching a query, newest date first, then by article and position. */
  events(query: EventQuery): AsyncIterable<StoredEvent>;
  /**
   * A page of `limit` events of `query` (its own limit ignored), as the API sends it: the bytes of
   * `{"events":[...],"nextCursor":"ID"|null}`, the events as `events` gives them. Optional: see eventsPageJson.
   */
  eventsPage?(query: EventQuery, limit: number): Promise<Buffer>;
  /** Cross-article events, by date then id. */
  groups(): AsyncIterable<EventGroup>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}

/** A page of events as JSON bytes: the store's own eventsPage where it has one, else read with `events` and serialised. */
export async function eventsPageJson(store: Store, query: EventQuery, limit: number): Promise<Buffer> {
  if (store.eventsPage) return store.eventsPage(query, limit);
  const events: StoredEvent[] = [];
  for await (const e of store.events({ ...query, limit: limit + 1 })) events.push(e);
  const more = events.length > limit;
  if (more) events.length = limit;
  return Buffer.from(JSON.stringify({ events, nextCursor: more ? String(events[events.length - 1]?.id ?? '') : null }));
}
