/**
 * A response cache for the read routes: the bytes of each GET's JSON, keyed by its URL, kept until the
 * store's data version moves (any commit by this server or by a `dyad ingest` beside it), so an answer is
 * never stale. Bounded in entries and bytes; the oldest entries go first.
 */
import type { FastifyInstance } from 'fastify';
import type { StoreViews } from '../store/views.js';

/** What may be cached: JSON read routes (not the streamed export, not the static dashboard). */
const CACHEABLE = /^\/api\/(events|articles|stats)(\/|\?|$)/;

/** Install the cache hooks on `app`. */
export function installResponseCache(app: FastifyInstance, views: StoreViews, opts: { maxEntries?: number; maxBytes?: number } = {}): void {
  const maxEntries = opts.maxEntries ?? 5000;
  const maxBytes = opts.maxBytes ?? 64 * 1024 * 1024;
  const cache = new Map<string, Buffer>();
  let bytes = 0;
  let version = views.version();

  const current = (): void => {
    const v = views.version();
    if (v !== version) { cache.clear(); bytes = 0; version = v; }
  };

  app.addHook('onRequest', async (req, reply) => {
    if (req.method !== 'GET' || !CACHEABLE.test(req.url)) return undefined;
    current();
    const hit = cache.get(req.url);
    if (hit === undefined) return undefined;
    return reply.header('x-dyad-cache', 'hit').type('application/json; charset=utf-8').send(hit);
  });

  app.addHook('onSend', async (req, reply, payload) => {
    const json = typeof payload === 'string' || Buffer.isBuffer(payload);
    if (req.method !== 'GET' || reply.statusCode !== 200 || !json || !CACHEABLE.test(req.url) || reply.hasHeader('x-dyad-cache')) return payload;
    // A write may have landed while this answer was computed: cache it only under the version it was read at.
    const v = views.version();
    if (v !== version) return payload;
    // Kept as bytes (a page written by the store already is): a hit is sent without encoding it again.
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
    cache.set(req.url, body);
    bytes += body.length;
    for (const [k, p] of cache) {
      if (cache.size <= maxEntries && bytes <= maxBytes) break;
      cache.delete(k);
      bytes -= p.length;
    }
    return body;
  });
}
