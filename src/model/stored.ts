/**
 * What the store keeps and gives back, derived from the event's JSON form (event-json.ts): a coded
 * article flattened to plain rows (JSON-serialisable, shipped from workers and validated there), the
 * stored mention of an event, and the cross-article event group.
 */
import { z } from 'zod';
import { ActorCoding, Mention, RuleRef } from './event.js';
import { ActorJson, EventJson, SpanPair } from './event-json.js';
import type { DeepReadonly } from './readonly.js';

/** Metadata of an article as read from its record. `origin` is where it was read: `file:line`, `file#n`, or a URL. */
export const ArticleMeta = z.object({
  /** The record's own id (or file path / URL when it has none). */
  id: z.string(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  /** The news source (outlet) when known. */
  source: z.string().nullable(),
  /** Publication date YYYY-MM-DD. */
  publishedAt: z.string().nullable(),
  origin: z.string(),
});
export type ArticleMeta = DeepReadonly<z.infer<typeof ArticleMeta>>;

/** One actor mention as stored. */
export const StoredMention = Mention.pick({ sentence: true, start: true, end: true, text: true }).extend({
  code: ActorCoding.shape.code,
  country: z.string().nullable(),
  sector: z.string().nullable(),
  name: z.string().nullable(),
  rule: RuleRef,
});
export type StoredMention = DeepReadonly<z.infer<typeof StoredMention>>;

/** A stored article's input, as needed to code it again; `hash` (sha256 of the text) is the store's key. */
export const StoredArticleInput = z.object({ hash: z.string(), meta: ArticleMeta, text: z.string() });
export type StoredArticleInput = DeepReadonly<z.infer<typeof StoredArticleInput>>;

/** An article with everything the coder produced, ready to be written in one transaction. */
export const CodedArticle = StoredArticleInput.extend({
  coderVersion: z.string(),
  /** Sentence character ranges, in order (index = position). */
  sentences: z.array(SpanPair),
  mentions: z.array(StoredMention),
  events: z.array(EventJson),
});
export type CodedArticle = DeepReadonly<z.infer<typeof CodedArticle>>;

/** The article an event mention was read in. */
const EventArticle = ArticleMeta.pick({ id: true, title: true, url: true, source: true, publishedAt: true }).extend({
  hash: z.string(),
  /** When the article was first stored (ISO time): the date of last resort for exports. */
  addedAt: z.string(),
});
/** Counts of a cross-article event. */
const GroupCounts = z.object({ mentions: z.number(), sources: z.number(), articles: z.number() });

/** An event read back from the store: the coder's record plus its article, sentence and de-duplication group. */
export const StoredEvent = EventJson.extend({
  /** Stable id of this mention of the event. */
  id: z.number(),
  article: EventArticle,
  sentenceText: z.string(),
  coderVersion: z.string(),
  /** The cross-article event this mention belongs to (null for negated events). */
  group: GroupCounts.extend({ id: z.string() }).nullable(),
});
export type StoredEvent = DeepReadonly<z.infer<typeof StoredEvent>>;

/** One side of a cross-article event: the actor code and the name it was most often written as. */
const GroupActor = ActorJson.pick({ code: true, country: true, sector: true }).extend({ name: z.string() });

/** A cross-article event: one real-world event with GDELT-style counts. */
export const EventGroup = EventJson.pick({ cameo: true, quad: true, goldstein: true, place: true }).extend(GroupCounts.shape).extend({
  /** Stable id: a hash of the grouping key. */
  id: z.string(),
  /** GDELT GLOBALEVENTID: a 52-bit integer from the same hash. */
  globalId: z.number(),
  date: z.string().nullable(),
  source: GroupActor.nullable(),
  target: GroupActor.nullable(),
  /** True when some mention is in the article's first sentence (GDELT IsRootEvent). */
  inLead: z.boolean(),
  /** URL of the first article that reported it, and when it was added (ISO time). */
  firstUrl: z.string().nullable(),
  firstAdded: z.string(),
});
export type EventGroup = DeepReadonly<z.infer<typeof EventGroup>>;
