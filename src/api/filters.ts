/** From validated query parameters to the store's EventQuery (the one query code `dyad events` uses). */
import type { EventQuery } from '../store/store.js';
import type { Filters } from './schemas.js';
import { ApiFailure } from './guards.js';

const KEYS = ['actor', 'source', 'target', 'code', 'quad', 'since', 'until', 'place', 'text', 'negated', 'background'] as const;

/** The EventQuery of a request's filters (unset ones left out). */
export function toQuery(f: Filters): EventQuery {
  const q: Record<string, string | number | boolean> = {};
  for (const k of KEYS) {
    const v = f[k];
    if (v !== undefined) q[k] = v;
  }
  if (f.since && f.until && f.since > f.until) throw new ApiFailure(400, 'bad_request', 'until: must not be before since', 'until');
  return q as EventQuery;
}

/** Run a store call, turning a malformed full-text query (an SQLite error from FTS5) into a 400 on `text`. */
export function withTextCheck<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    throw ftsFailure(e) ?? e;
  }
}

/**
 * The 400 for a full-text query FTS5 cannot parse, else null. Every other input is validated before it
 * reaches SQL and bound as a parameter, so an SQLITE_ERROR from a query can only come from the MATCH string.
 */
export function ftsFailure(e: unknown): ApiFailure | null {
  const code = e instanceof Error && 'code' in e ? e.code : null;
  if (code === 'SQLITE_ERROR' || (e instanceof Error && /fts5/i.test(e.message))) return new ApiFailure(400, 'bad_request', `text: not a valid full-text query (${e instanceof Error ? e.message : ''})`, 'text');
  return null;
}
