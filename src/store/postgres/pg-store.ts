/**
 * The shared store for a worker fleet: PostgreSQL through node-postgres. Same contract as the SQLite store:
 * idempotent by content hash, one transaction per article (or batch), order-independent grouping under
 * advisory locks on the grouping keys, full-text search over a tsvector column, versioned migrations.
 */
import pg from 'pg';
import type { CodedArticle, EventGroup, StoredArticleInput, StoredEvent } from '../../model/stored.js';
import type { EventQuery, PutResult, Store, StoreStats } from '../store.js';
import { rowToEvent, rowToGroup, type EventRow, type GroupRow } from '../sqlite/rows.js';
import { migrate } from './schema.js';
import { buildPgEventQuery } from './query.js';
import { insertCoding, keysOf, lockKeys, regroup, sourceKey } from './write.js';

/** Options for opening a PostgreSQL store. */
export interface PgStoreOptions {
  /** Connections in the pool (default 4). */
  readonly poolSize?: number;
}

/** True when `url` names a PostgreSQL database rather than a SQLite file. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** The URL with its password hidden, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@');
}

// Ids are BIGSERIAL and global ids 52-bit: both exact as JS numbers, so int8 reads as a number.
const types = {
  getTypeParser: ((oid: number, format?: string) => oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

// Deadlocks (two batches sharing article hashes) and serialization failures are retried whole.
const RETRYABLE = new Set(['40P01', '40001']);

/** Open a PostgreSQL store at `url`, migrating its schema first. */
export async function openPgStore(url: string, opts: PgStoreOptions = {}): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: opts.poolSize ?? 4, types, application_name: 'dyad' });
  // An idle connection dropped by a server restart must not crash the process: the next query reconnects.
  // A connection lost while checked out fails its query; the client's own error event must not crash us.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => { client.on('error', () => undefined); });
  const c = await pool.connect();
  try {
    await migrate(c, redactUrl(url));
  } finally {
    c.release();
  }
  return new PgStore(pool);
}

class PgStore implements Store {
  readonly backend = 'postgres';

  constructor(private readonly pool: pg.Pool) {}

  /** Run `fn` in one transaction, retrying it whole on a deadlock or serialization failure. */
  private async tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const c = await this.pool.connect();
      let broken = false;
      try {
        await c.query('BEGIN');
        const out = await fn(c);
        await c.query('COMMIT');
        return out;
      } catch (e) {
        await c.query('ROLLBACK').catch(() => { broken = true; });
        const code = (e as { code?: string }).code;
        if (!(code && RETRYABLE.has(code)) || attempt >= 5) throw e;
      } finally {
        c.release(broken);
      }
    }
  }

  async hasArticle(hash: string): Promise<boolean> {
    return (await this.pool.query('SELECT 1 FROM articles WHERE hash = $1', [hash])).rowCount !== 0;
  }

  async putArticle(a: CodedArticle): Promise<PutResult> {
    const [r] = await this.putArticles([a]);
    if (!r) throw new Error('[STORE007] no result for a stored article');
    return r;
  }

  async putArticles(as: readonly CodedArticle[]): Promise<PutResult[]> {
    return this.tx(async (c) => {
      const keys = new Set<string>();
      for (const a of as) for (const k of keysOf(a)) keys.add(k);
      await lockKeys(c, keys);
      // Articles go in hash order, so two batches that share articles wait for each other, never deadlock.
      const order = as.map((a, i) => ({ a, i })).sort((x, y) => (x.a.hash < y.a.hash ? -1 : x.a.hash > y.a.hash ? 1 : x.i - y.i));
      const out: PutResult[] = new Array<PutResult>(as.length);
      const added = new Date().toISOString();
      for (const { a, i } of order) {
        const r = await c.query<{ id: number }>(`INSERT INTO articles(hash, ext_id, origin, title, url, source, published_at, source_key, text, sentences, mentions, coder_version, added_at)
          VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10::jsonb,$11::jsonb,$12,$13) ON CONFLICT (hash) DO NOTHING RETURNING id`,
        [a.hash, a.meta.id, a.meta.origin, a.meta.title, a.meta.url, a.meta.source, a.meta.publishedAt, sourceKey(a), a.text,
          JSON.stringify(a.sentences), JSON.stringify(a.mentions), a.coderVersion, added]);
        const row = r.rows[0];
        if (!row) { out[i] = { inserted: false, reason: 'duplicate' }; continue; }
        await insertCoding(c, row.id, a);
        out[i] = { inserted: true, events: a.events.length };
      }
      return out;
    });
  }

  async replaceCoding(a: CodedArticle): Promise<void> {
    await this.tx(async (c) => {
      const found = await c.query<{ id: number }>('SELECT id FROM articles WHERE hash = $1', [a.hash]);
      const id = found.rows[0]?.id;
      if (id === undefined) throw new Error(`[STORE002] no stored article with hash ${a.hash}`);
      const old = (await c.query<{ base_key: string }>('SELECT DISTINCT base_key FROM events WHERE article_id = $1 AND base_key IS NOT NULL', [id])).rows.map((r) => r.base_key);
      await lockKeys(c, [...old, ...keysOf(a)]);
      // The row lock makes two workers re-coding one article take turns.
      await c.query('SELECT 1 FROM articles WHERE id = $1 FOR UPDATE', [id]);
      await c.query('DELETE FROM events WHERE article_id = $1', [id]);
      await c.query('DELETE FROM sentences WHERE article_id = $1', [id]);
      await regroup(c, new Set(old));
      await insertCoding(c, id, a);
      await c.query('UPDATE articles SET coder_version = $1, sentences = $2::jsonb, mentions = $3::jsonb WHERE id = $4',
        [a.coderVersion, JSON.stringify(a.sentences), JSON.stringify(a.mentions), id]);
    });
  }

  async *staleArticles(version: string): AsyncIterable<StoredArticleInput> {
    // Keyset pages: the caller writes between items, and a long-lived cursor would pin a connection.
    let after = 0;
    for (;;) {
      const r = await this.pool.query<{ id: number; hash: string; ext_id: string; origin: string; title: string | null; url: string | null; source: string | null; published_at: string | null; text: string }>(
        'SELECT id, hash, ext_id, origin, title, url, source, published_at, text FROM articles WHERE coder_version <> $1 AND id > $2 ORDER BY id LIMIT 500', [version, after]);
      for (const x of r.rows) {
        after = x.id;
        yield { hash: x.hash, text: x.text, meta: { id: x.ext_id, origin: x.origin, title: x.title, url: x.url, source: x.source, publishedAt: x.published_at } };
      }
      if (r.rows.length < 500) return;
    }
  }

  async *events(query: EventQuery): AsyncIterable<StoredEvent> {
    const { sql, params } = buildPgEventQuery(query);
    for await (const r of this.cursor<EventRow>(sql, params)) yield rowToEvent(r);
  }

  async *groups(): AsyncIterable<EventGroup> {
    for await (const r of this.cursor<GroupRow>('SELECT * FROM event_groups ORDER BY coalesce(date, \'\') COLLATE "C", id COLLATE "C"', [])) yield rowToGroup(r);
  }

  /** Stream a query's rows in pages through a server-side cursor (exports stay flat in memory). */
  private async *cursor<R>(sql: string, params: readonly (string | number)[]): AsyncIterable<R> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN READ ONLY');
      await c.query(`DECLARE dyad_cur NO SCROLL CURSOR FOR ${sql}`, [...params]);
      for (;;) {
        const r = await c.query('FETCH 1000 FROM dyad_cur');
        for (const row of r.rows as R[]) yield row;
        if (r.rows.length < 1000) break;
      }
      await c.query('COMMIT');
    } finally {
      await c.query('ROLLBACK').catch(() => undefined);
      c.release();
    }
  }

  async stats(): Promise<StoreStats> {
    const r = await this.pool.query<Record<keyof StoreStats, number | null>>(`SELECT
      (SELECT count(*) FROM articles) AS articles,
      (SELECT sum(jsonb_array_length(sentences)) FROM articles)::bigint AS sentences,
      (SELECT sum(jsonb_array_length(mentions)) FROM articles)::bigint AS mentions,
      (SELECT count(*) FROM events) AS events,
      (SELECT count(*) FROM event_groups) AS groups`);
    const x = r.rows[0];
    return { articles: x?.articles ?? 0, sentences: x?.sentences ?? 0, mentions: x?.mentions ?? 0, events: x?.events ?? 0, groups: x?.groups ?? 0 };
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
