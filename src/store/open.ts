/** Open the store a `--db` value names: a postgres:// URL is the shared PostgreSQL store, anything else a SQLite file. */
import type { Store } from './store.js';

/** How a command uses the store. */
export interface OpenStoreOptions {
  /** Queries and exports only (SQLite opens the file read-only and requires it to exist). */
  readonly readonly?: boolean;
  /** SQLite bulk writes: checkpoint the WAL on a background thread. */
  readonly backgroundCheckpoint?: boolean;
}

/** True when `db` names a PostgreSQL database. */
export function isPostgres(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/** The `--db` value, else DYAD_DB, else dyad.db. */
export function dbTarget(flag: string | undefined): string {
  return flag ?? process.env['DYAD_DB'] ?? 'dyad.db';
}

/** Open a store by `--db` value; each backend module is loaded only when used. */
export async function openStore(db: string, opts: OpenStoreOptions = {}): Promise<Store> {
  if (isPostgres(db)) return (await import('./postgres/pg-store.js')).openPgStore(db);
  const { openSqliteStore } = await import('./sqlite/sqlite-store.js');
  return openSqliteStore(db, { ...(opts.readonly ? { readonly: true } : {}), ...(opts.backgroundCheckpoint ? { backgroundCheckpoint: true } : {}) });
}
