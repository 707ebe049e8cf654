/** Open the SQLite store for a command; a failure names the path and the reason (missing folder, permission, not a database). */
import { closeSync, existsSync, openSync, statSync, unlinkSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { openSqliteStore, type SqliteStoreOptions } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';

const REASONS: Record<string, string> = {
  EACCES: 'permission denied', EPERM: 'permission denied', EROFS: 'read-only file system', EISDIR: 'is a folder', ENOTDIR: 'a part of the path is not a folder',
};

/** Why SQLite could not open `path`: try what it tried (open the file, or create it) and name the system's answer. */
function diagnose(path: string, readonly: boolean): string {
  const dir = dirname(resolve(path));
  if (!existsSync(dir)) return `folder ${dir} does not exist`;
  const exists = existsSync(path);
  if (exists && statSync(path).isDirectory()) return 'is a folder';
  try {
    closeSync(openSync(path, exists ? (readonly ? 'r' : 'r+') : 'wx'));
    if (!exists) unlinkSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    return `${REASONS[code] ?? code}${exists ? '' : ` (cannot create a file in ${dir})`}`;
  }
  // The file itself opens: SQLite also needs to create its -wal and -shm files beside it.
  return `cannot create files in ${dir}`;
}

/** Open the store, or throw an Error whose message is `[STORE00N] PATH: reason`. */
export function openStore(path: string, opts: SqliteStoreOptions = {}): Store {
  try {
    return openSqliteStore(path, opts);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const code = (e as { code?: unknown }).code;
    if (/^\[STORE\d+\]/.test(msg)) throw e;
    if (!existsSync(dirname(resolve(path)))) throw new Error(`[STORE006] ${path}: cannot open the store: ${diagnose(path, opts.readonly ?? false)}`);
    if (code === 'SQLITE_NOTADB' || /not a database/.test(msg)) throw new Error(`[STORE004] ${path}: not a Dyad store (not an SQLite database)`);
    if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY' || /unable to open|readonly/.test(msg)) throw new Error(`[STORE006] ${path}: cannot open the store: ${diagnose(path, opts.readonly ?? false)}`);
    throw new Error(`[STORE006] ${path}: cannot open the store: ${msg}`);
  }
}

/** True when a `--db` value names a PostgreSQL database rather than a SQLite file. */
export function isPostgres(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/** Open the store a `--db` value names: a postgres:// URL is the shared PostgreSQL store (loaded only then), anything else SQLite. */
export async function openAnyStore(db: string, opts: SqliteStoreOptions = {}): Promise<Store> {
  if (isPostgres(db)) return (await import('../store/postgres/pg-store.js')).openPgStore(db);
  return openStore(db, opts);
}
