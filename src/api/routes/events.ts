/** Event listing and detail, articles, and streaming export. */
import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CSV_COLUMNS, csvRow } from '../../export/tabular.js';
import { gdeltRow, loadFips } from '../../export/gdelt.js';
import { eventsPageJson, type EventQuery, type Store } from '../../store/store.js';
import type { StoreViews } from '../../store/views.js';
import { ApiFailure, sendJson } from '../guards.js';
import { ftsFailure, toQuery } from '../filters.js';
import { ApiError, ArticleDetail, ArticleId, EventDetail, EventId, EventsPage, EventsQuery, ExportQuery } from '../schemas.js';

const errors = { 400: ApiError, 404: ApiError };

/** Routes over stored events and articles. */
export const eventRoutes: FastifyPluginAsyncZod<{ store: Store; views: StoreViews }> = async (app, { store, views }) => {
  app.get('/api/events', {
    schema: { summary: 'Events matching the filters of `dyad events`, one page at a time', tags: ['events'], querystring: EventsQuery, response: { 200: EventsPage, 400: ApiError } },
  }, async (req, reply) => {
    const { sort, limit, cursor, ...filters } = req.query;
    const query = { ...toQuery(filters), sort, ...(cursor ? { after: Number(cursor) } : {}) };
    let page: Buffer;
    try {
      page = await eventsPageJson(store, query, limit);
    } catch (e) {
      throw ftsFailure(e) ?? e;
    }
    // The page comes as JSON bytes (EventsPage's shape, written by the store): sent as they are.
    return sendJson(reply, page);
  });

  app.get('/api/events/:id', {
    schema: { summary: 'A cross-article event with every mention: article, sentence, spans of trigger, actors and attribution', tags: ['events'], params: EventId, response: { 200: EventDetail, ...errors } },
  }, async (req) => {
    const d = views.eventDetail(req.params.id);
    if (!d) throw new ApiFailure(404, 'not_found', `no event ${req.params.id}`);
    return d;
  });

  app.get('/api/articles/:id', {
    schema: { summary: 'A stored article: its text, sentences, actor mentions and events (all spans are UTF-16 offsets)', tags: ['articles'], params: ArticleId, response: { 200: ArticleDetail, ...errors } },
  }, async (req) => {
    const a = views.article(req.params.id);
    if (!a) throw new ApiFailure(404, 'not_found', `no article ${req.params.id}`);
    return a;
  });

  app.get('/api/export', {
    schema: {
      summary: 'Stream the `dyad export` formats (gdelt: cross-article events; jsonl, csv: event mentions) with the same filters', tags: ['export'],
      querystring: ExportQuery,
    },
  }, async (req, reply) => {
    const { format, ...filters } = req.query;
    const lines = exportLines(store, views, format, toQuery(filters));
    // The first line is read here, so a bad full-text query is a 400 and not a broken stream.
    let first: IteratorResult<string>;
    try {
      first = await lines.next();
    } catch (e) {
      throw ftsFailure(e) ?? e;
    }
    const type = format === 'jsonl' ? 'application/x-ndjson' : format === 'csv' ? 'text/csv' : 'text/tab-separated-values';
    reply.type(`${type}; charset=utf-8`).header('content-disposition', `attachment; filename="dyad-events.${format === 'gdelt' ? 'tsv' : format}"`);
    return reply.send(Readable.from(prepend(first, lines)));
  });
};

/** The export's lines, produced as the client reads them (the CSV header comes with the first row, after the query ran). */
async function* exportLines(store: Store, views: StoreViews, format: 'gdelt' | 'jsonl' | 'csv', query: EventQuery): AsyncGenerator<string> {
  if (format === 'gdelt') {
    const fips = loadFips();
    for (const g of views.groups(query)) yield gdeltRow(g, fips) + '\n';
    return;
  }
  let header = format === 'csv' ? CSV_COLUMNS.join(',') + '\n' : '';
  for await (const e of store.events(query)) {
    yield header + (format === 'csv' ? csvRow(e) : JSON.stringify(e)) + '\n';
    header = '';
  }
  if (header) yield header;
}

/** A generator that yields an already-read first result, then the rest. */
async function* prepend(first: IteratorResult<string>, rest: AsyncGenerator<string>): AsyncGenerator<string> {
  if (first.done) return;
  yield first.value;
  yield* rest;
}
