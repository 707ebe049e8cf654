/** Safety of the API: write-route token, query-size limit, errors without internals, JSON 404s, headers. */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

/** Longest query string accepted. */
export const QUERY_LIMIT = 4096;

/** The dashboard's Content-Security-Policy: scripts, styles and data from this origin only; no inline script. */
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** The docs page's policy: Swagger UI's own, less its remote origins (its assets ship in the npm package); it sets inline styles, never inline script. */
export const DOCS_CSP = "default-src 'self'; base-uri 'self'; font-src 'self' data:; frame-ancestors 'self'; img-src 'self' data:; object-src 'none'; script-src 'self'; script-src-attr 'none'; style-src 'self' 'unsafe-inline'";

/** An error the handlers raise on purpose: status, code, message, and for a 400 the field at fault. */
export class ApiFailure extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly field?: string) {
    super(message);
  }
}

function sameToken(given: string, want: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(want);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The field a validation issue names: its path ("limit", "articles.0.text"), else the missing key. */
function fieldOf(v: { instancePath?: string; params?: Record<string, unknown> }, context: string | undefined): string {
  const path = (v.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
  if (path) return path;
  const missing = v.params?.['missingProperty'];
  return typeof missing === 'string' ? missing : context ?? 'request';
}

function send(reply: FastifyReply, status: number, body: { error: string; message: string; field?: string }): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send(JSON.stringify(body));
}

/**
 * Send a 200 whose body is already JSON bytes (written by the store in the route's response shape): past the
 * serializer, as they are. The reply is taken untyped: its schema types the JSON value, not its bytes.
 */
export function sendJson(reply: FastifyReply, json: Buffer): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(json);
}

/** Install the hooks and handlers that keep the API safe by default. */
export function installGuards(app: FastifyInstance, opts: { token: string | null }): void {
  app.addHook('onRequest', async (req, reply) => {
    const q = req.url.indexOf('?');
    if (q >= 0 && req.url.length - q - 1 > QUERY_LIMIT) return send(reply, 400, { error: 'bad_request', field: 'query', message: `query string longer than ${QUERY_LIMIT} characters` });
    if (opts.token !== null && req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS') {
      const auth = req.headers.authorization ?? '';
      const m = /^Bearer (.+)$/.exec(auth);
      if (!m?.[1] || !sameToken(m[1], opts.token)) {
        return send(reply.header('www-authenticate', 'Bearer'), 401, { error: 'unauthorized', message: 'this write route needs Authorization: Bearer DYAD_API_TOKEN' });
      }
    }
    return undefined;
  });
  app.addHook('onSend', async (req, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    if (!req.url.startsWith('/docs') && !reply.hasHeader('content-security-policy')) reply.header('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
    return payload;
  });
  app.setNotFoundHandler((req, reply) => send(reply, 404, { error: 'not_found', message: `no route ${req.method} ${req.url.split('?')[0] ?? ''}` }));
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof ApiFailure) return send(reply, err.status, { error: err.code, message: err.message, ...(err.field ? { field: err.field } : {}) });
    if (hasZodFastifySchemaValidationErrors(err)) {
      const v = err.validation[0];
      const field = v ? fieldOf(v, err.validationContext) : 'request';
      return send(reply, 400, { error: 'bad_request', field, message: `${field}: ${v?.message ?? 'invalid'}` });
    }
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Fastify's own client errors (body too large, malformed JSON, wrong content type): say which, name the body.
      return send(reply, status, { error: err.code ?? 'bad_request', message: err.message, ...(status === 400 || status === 413 || status === 415 ? { field: 'body' } : {}) });
    }
    req.log.error(err);
    return send(reply, 500, { error: 'internal', message: 'internal error' });
  });
}
