/** Zod schemas of every API route: validated at the boundary and published as JSON Schema in /openapi.json. */
import { z } from 'zod';
import { EventJson, SpanPair } from '../model/event-json.js';
import { EventsFlags } from '../model/schemas.js';
import type { DeepReadonly } from '../model/readonly.js';
import { EventGroup, StoredEvent, StoredMention } from '../model/stored.js';

/** A query-string boolean: `true`/`false`/`1`/`0`. */
const flag = z.enum(['true', 'false', '1', '0']).transform((s) => s === 'true' || s === '1');

/** The filters of `dyad events`, as query parameters (the same validators as the CLI flags). */
export const Filters = z.object({
  ...EventsFlags.pick({ actor: true, source: true, target: true, code: true, quad: true, since: true, until: true }).shape,
  place: z.string().min(1).max(100).optional(),
  text: z.string().min(1).max(200).optional(),
  negated: flag.optional(),
  /** Include background events (ADR 0010), as `dyad events --background`. */
  background: flag.optional(),
});
export type Filters = z.output<typeof Filters>;

/** GET /api/events. */
export const EventsQuery = Filters.extend({
  sort: z.enum(['date', 'date-asc', 'count']).default('date'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().regex(/^\d{1,15}$/, 'cursor must be the nextCursor of a previous page').optional(),
});

/** GET /api/export. */
export const ExportQuery = Filters.extend({ format: z.enum(['gdelt', 'jsonl', 'csv']) });

export const TimelineQuery = Filters.extend({ interval: z.enum(['day', 'week', 'month']).default('day') });
export const DyadsQuery = Filters.extend({ limit: z.coerce.number().int().min(1).max(1000).default(100) });
export const PlacesQuery = Filters.extend({ limit: z.coerce.number().int().min(1).max(5000).default(1000) });

/** Path id of an event: a mention id (digits) or a cross-article event id (hex). */
export const EventId = z.object({ id: z.string().regex(/^(\d{1,15}|[0-9a-f]{16})$/, 'id must be an event id or a cross-article event id') });
/** Path id of an article: its store id (digits) or content hash. */
export const ArticleId = z.object({ id: z.string().regex(/^(\d{1,15}|[0-9a-f]{64})$/, 'id must be an article id or a content hash') });

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');

/** POST /api/code. */
export const CodeBody = z.object({
  text: z.string().min(1, 'text must not be empty').max(200_000),
  date: date.optional(),
  title: z.string().max(1000).optional(),
});

/** One article of POST /api/articles. */
export const ArticleInput = CodeBody.extend({
  id: z.string().min(1).max(200).optional(),
  url: z.url().max(2000).optional(),
  source: z.string().max(200).optional(),
});
/** POST /api/articles: one article, or `{articles: [...]}` (at most 100). */
export const ArticlesBody = z.union([ArticleInput, z.object({ articles: z.array(ArticleInput).min(1).max(100) })]);

/** A response schema typed as read-only (the model's records are): the handler may return them as they are. */
function ro<T extends z.ZodType>(schema: T): z.ZodType<DeepReadonly<z.output<T>>, z.input<T>> {
  // Only the static type changes, to its read-only supertype; the schema object is the same.
  return schema as z.ZodType<DeepReadonly<z.output<T>>, z.input<T>>;
}

/** A read-only array (the store's records are read-only). */
const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();

const Span = SpanPair.readonly();

// Events, stored mentions and cross-article events are the model's own schemas (src/model), not copies.

export const EventsPage = ro(z.object({ events: list(StoredEvent), nextCursor: z.string().nullable() }));

export const EventDetail = ro(z.object({
  group: EventGroup.nullable(),
  mentions: list(z.object({
    event: StoredEvent, articleId: z.number(),
    sentence: z.object({ index: z.number(), start: z.number(), end: z.number(), text: z.string() }),
    spans: z.object({ trigger: Span, source: Span.nullable(), target: Span.nullable(), attribution: Span.nullable() }),
  })),
}));

export const ArticleDetail = ro(z.object({
  id: z.number(), hash: z.string(), text: z.string(), coderVersion: z.string(),
  meta: z.object({ id: z.string(), title: z.string().nullable(), url: z.string().nullable(), source: z.string().nullable(), publishedAt: z.string().nullable(), origin: z.string() }),
  sentences: list(Span), mentions: list(StoredMention), events: list(StoredEvent),
}));

/** POST /api/code: the coded events plus the explain view. */
export const CodeResult = ro(z.object({
  events: list(EventJson),
  explain: z.object({
    text: z.string(),
    sentences: list(z.object({ index: z.number(), start: z.number(), end: z.number(), text: z.string() })),
    actors: list(StoredMention.extend({ modifier: z.boolean() })),
    boilerplate: list(Span),
  }),
}));

export const ArticlesResult = ro(z.object({
  results: list(z.object({ hash: z.string(), inserted: z.boolean(), events: z.number(), id: z.number().nullable() })),
}));

export const Timeline = ro(z.object({
  interval: z.enum(['day', 'week', 'month']),
  rows: list(z.object({ period: z.string(), count: z.number(), goldstein: z.number(), quads: z.tuple([z.number(), z.number(), z.number(), z.number()]).readonly() })),
}));
export const Dyads = ro(z.object({
  dyads: list(z.object({ source: z.string(), target: z.string(), count: z.number(), goldstein: z.number(), cooperation: z.number(), conflict: z.number() })),
}));
export const Places = ro(z.object({
  places: list(z.object({ name: z.string(), country: z.string().nullable(), lat: z.number(), lon: z.number(), count: z.number(), goldstein: z.number() })),
  countries: list(z.object({ country: z.string(), numeric: z.string().nullable(), name: z.string().nullable(), lat: z.number().nullable(), lon: z.number().nullable(), count: z.number(), goldstein: z.number() })),
}));

/** Every error response: a code, a message, and the field at fault for a 400. */
export const ApiError = z.object({ error: z.string(), message: z.string(), field: z.string().optional() });
