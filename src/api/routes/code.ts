/** Coding without storing (POST /api/code) and storing new articles (POST /api/articles). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { codeText } from '../../ingest/code-record.js';
import { contentHash } from '../../ingest/content-hash.js';
import type { ArticleMeta } from '../../model/stored.js';
import type { Coder } from '../../pipeline/coder.js';
import { eventToJson } from '../../model/event-json.js';
import type { Store } from '../../store/store.js';
import type { StoreViews } from '../../store/views.js';
import { ApiError, ArticleInput, ArticlesBody, ArticlesResult, CodeBody, CodeResult } from '../schemas.js';

const auth = [{ token: [] }];

/** Routes that run the coder. */
export const codeRoutes: FastifyPluginAsyncZod<{ store: Store; views: StoreViews; coder: () => Coder }> = async (app, { store, views, coder }) => {
  app.post('/api/code', {
    schema: {
      summary: 'Code a text without storing it: events in the `dyad code --jsonl` shape plus the explain view (sentences, actors, rules)',
      tags: ['code'], body: CodeBody, security: auth, response: { 200: CodeResult, 400: ApiError, 401: ApiError, 413: ApiError },
    },
  }, async (req) => {
    const { text, date, title } = req.body;
    const doc = coder().code({ id: 'api', text, ...(title ? { title } : {}), ...(date ? { publishedAt: date } : {}) });
    const t = doc.article.text;
    return {
      events: doc.events.map(eventToJson),
      explain: {
        text: t,
        sentences: doc.sentences.map((s) => ({ index: s.index, start: s.start, end: s.end, text: t.slice(s.start, s.end) })),
        actors: doc.mentions.map((m) => ({
          sentence: m.sentence, start: m.start, end: m.end, text: m.text, code: m.actor.code, country: m.actor.country ?? null,
          sector: m.actor.sector ?? null, name: m.actor.name ?? null, rule: m.rule, modifier: m.modifier === true,
        })),
        boilerplate: doc.boilerplate.map((b) => [b.start, b.end] as [number, number]),
      },
    };
  });

  app.post('/api/articles', {
    schema: {
      summary: 'Code and store one article, or {articles: [...]} (each stored whole, duplicates by content hash skipped)',
      tags: ['articles'], body: ArticlesBody, security: auth, response: { 200: ArticlesResult, 400: ApiError, 401: ApiError, 413: ApiError },
    },
  }, async (req) => {
    const inputs = 'articles' in req.body ? req.body.articles : [req.body];
    const c = coder();
    const coded = inputs.map((a) => {
      const hash = contentHash(a.text);
      return codeText(c, a.text, metaOf(a, hash), hash);
    });
    const put = await store.putArticles(coded);
    return {
      results: coded.map((a, i) => {
        const r = put[i];
        return { hash: a.hash, inserted: r?.inserted === true, events: r?.inserted ? r.events : 0, id: views.article(a.hash)?.id ?? null };
      }),
    };
  });
};

/** The metadata of an article posted to the API. */
function metaOf(a: z.output<typeof ArticleInput>, hash: string): ArticleMeta {
  return { id: a.id ?? `api:${hash.slice(0, 12)}`, origin: 'api', title: a.title ?? null, url: a.url ?? null, source: a.source ?? null, publishedAt: a.date ?? null };
}
