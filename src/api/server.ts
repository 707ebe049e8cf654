/** The Dyad HTTP API: Fastify with zod schemas on every route, OpenAPI at /openapi.json, docs at /docs, the dashboard at /. */
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyCors from '@fastify/cors';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Coder } from '../pipeline/coder.js';
import type { Store } from '../store/store.js';
import type { StoreViews } from '../store/views.js';
import { installGuards, CSP, DOCS_CSP } from './guards.js';
import { installResponseCache } from './cache.js';
export { QUERY_LIMIT } from './guards.js';
import { eventRoutes } from './routes/events.js';
import { statsRoutes } from './routes/stats.js';
import { codeRoutes } from './routes/code.js';

/** What the API serves and how. */
export interface ApiOptions {
  readonly store: Store;
  readonly views: StoreViews;
  /** The coder for POST /api/code and /api/articles, built on first use (loading dictionaries takes seconds). */
  readonly coder: () => Coder;
  /** When set, every write route needs `Authorization: Bearer TOKEN`. */
  readonly token?: string | null;
  /** The one origin allowed by CORS; CORS stays off without it. */
  readonly cors?: string | null;
  /** Folder of the built dashboard (served at /); none when null. */
  readonly webRoot?: string | null;
  readonly logger?: boolean;
  /** Cache read responses until the store changes (default on). */
  readonly cache?: boolean;
}

/** Largest request body (POST /api/articles with up to 100 articles). */
export const BODY_LIMIT = 2 * 1024 * 1024;

/** Build the API (not yet listening); `app.inject` drives it in-process. */
export async function buildApi(opts: ApiOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: opts.logger ?? false, bodyLimit: BODY_LIMIT, routerOptions: { maxParamLength: 200 }, return503OnClosing: true });
  app.setValidatorCompiler(validatorCompiler);
  // Responses are typed by the route schemas at compile time; at run time they are written with plain
  // JSON.stringify (re-validating 50 events per page cost more than the query).
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  installGuards(app, { token: opts.token ?? null });
  if (opts.cache !== false) installResponseCache(app, opts.views);
  if (opts.cors) await app.register(fastifyCors, { origin: opts.cors, methods: ['GET', 'POST'] });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Dyad API', version: '1', description: 'Political events coded from news text: query, inspect, aggregate, export, code.' },
      components: { securitySchemes: { token: { type: 'http', scheme: 'bearer' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/docs', staticCSP: true, transformStaticCSP: () => DOCS_CSP,
    // No schema validator badge: it would send the spec to a remote service.
    uiConfig: { validatorUrl: null, deepLinking: true },
  });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  const typed = app.withTypeProvider<ZodTypeProvider>();
  await typed.register(eventRoutes, { store: opts.store, views: opts.views });
  await typed.register(statsRoutes, { views: opts.views });
  await typed.register(codeRoutes, { store: opts.store, views: opts.views, coder: opts.coder });
  if (opts.webRoot) {
    await app.register(fastifyStatic, {
      root: opts.webRoot, prefix: '/', index: 'index.html', wildcard: false,
      setHeaders: (res) => { res.setHeader('content-security-policy', CSP); },
    });
  }
  return app;
}
