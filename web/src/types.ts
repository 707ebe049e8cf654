/**
 * The shapes the dashboard reads from the API, derived from the API's own route schemas (src/api/schemas.ts,
 * published as /openapi.json), so the two cannot drift. Type-only: nothing of src/ enters the bundle.
 */
import type { z } from 'zod';
import type * as Api from '../../src/api/schemas.js';

type Out<T extends z.ZodType> = z.output<T>;

export type EventsPage = Out<typeof Api.EventsPage>;
export type StoredEvent = EventsPage['events'][number];
export type EventDetail = Out<typeof Api.EventDetail>;
export type MentionDetail = EventDetail['mentions'][number];
export type ArticleDetail = Out<typeof Api.ArticleDetail>;
export type TimelineRow = Out<typeof Api.Timeline>['rows'][number];
export type DyadRow = Out<typeof Api.Dyads>['dyads'][number];
export type PlacesStats = Out<typeof Api.Places>;
export type CodeResult = Out<typeof Api.CodeResult>;
export type CodedEvent = CodeResult['events'][number];
export type Span = MentionDetail['spans']['trigger'];
