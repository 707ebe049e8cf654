/** A real SQLite store seeded by `dyad ingest examples/articles`, and the API over it, for API and dashboard tests. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApi } from '../src/api/server.js';
import { packageRoot } from '../src/paths.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { openSqliteViews } from '../src/store/sqlite/views.js';
import type { Store } from '../src/store/store.js';
import type { StoreViews } from '../src/store/views.js';
import { realCoder } from './helpers.js';
import { dyad } from './ingest-helpers.js';

/** A seeded store with the API built over it. */
export interface SeededApi {
  readonly app: FastifyInstance;
  readonly store: Store;
  readonly views: StoreViews;
  readonly db: string;
  close(): Promise<void>;
}

/** Ingest the example articles into a fresh store (the real CLI, one worker). */
export async function seedStore(): Promise<{ db: string; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-api-'));
  const db = join(dir, 'api.db');
  const r = await dyad(['ingest', join(packageRoot(), 'examples', 'articles'), '--db', db, '--jobs', '1', '--quiet']);
  if (r.code !== 0) throw new Error(`seeding failed: ${r.stderr}`);
  return { db, dir };
}

/** Build the API over the store at `db` (seeded already); `close` closes it, and removes `dir` when given. */
export async function apiOver(db: string, opts: { token?: string; cors?: string; web?: boolean; dir?: string } = {}): Promise<SeededApi> {
  const store = openSqliteStore(db);
  const views = openSqliteViews(db);
  const app = await buildApi({
    store, views, coder: realCoder, token: opts.token ?? null, cors: opts.cors ?? null,
    webRoot: opts.web ? join(packageRoot(), 'dist', 'web') : null,
  });
  return {
    app, store, views, db,
    async close() {
      await app.close();
      views.close();
      await store.close();
      if (opts.dir) rmSync(opts.dir, { recursive: true, force: true });
    },
  };
}

/** Build the API over a freshly seeded store; `close` removes everything. */
export async function seededApi(opts: { token?: string; cors?: string; web?: boolean } = {}): Promise<SeededApi> {
  const { db, dir } = await seedStore();
  return apiOver(db, { ...opts, dir });
}
