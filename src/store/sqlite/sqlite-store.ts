/** The embedded default store: SQLite through better-sqlite3, WAL journal, one transaction per article. */
import Database from 'better-sqlite3';
import type { CodedArticle, EventGroup, StoredArticleInput, StoredEvent } from '../../model/stored.js';
import type { EventQuery, PutResult, Store, StoreStats } from '../store.js';
import { baseKey, clusterByPlace, globalId, groupId, placeKey } from '../dedupe.js';
import { derivedDelta, SCHEMA_VERSION } from './schema.js';
import { migrate, storedVersion } from './migrate.js';
import { EVENT_JSON_SELECT, EVENT_ROW_SELECT, eventParams, eventRowOf, pageBytes, rowToEvent, rowToGroup, type EventJsonRow, type GroupRow } from './rows.js';
import { actorLowerBound, ARTICLE_META, buildEventQuery, SELECTIVE, selectivityProbes, type Access } from './query.js';
import { startCheckpointer, type Checkpointer } from './checkpointer.js';
import { mapForReads } from './connection.js';

/** Options for opening a SQLite store. */
export interface SqliteStoreOptions {
  /** Open read-only (queries and exports); fails if the file does not exist. */
  readonly readonly?: boolean;
  /** Checkpoint the WAL from a background thread (bulk ingest); the store checkpoints fully on close. */
  readonly backgroundCheckpoint?: boolean;
}

interface MemberRow {
  id: number; seq: number; sentence: number; article_id: number;
  source_code: string | null; source_text: string | null; source_country: string | null; source_sector: string | null;
  target_code: string | null; target_text: string | null; target_country: string | null; target_sector: string | null;
  cameo: string | null; quad: number | null; goldstein: number | null; date: string | null;
  place_name: string | null; place_country: string | null; place_lat: number | null; place_lon: number | null; place_geonameid: number | null;
  source_key: string; url: string | null; added_at: string;
}

/** The cross-article group an event joins: its id, and its mention count (stored with the event). */
interface GroupRef { readonly id: string; readonly mentions: number }

const EVENT_COLS = `trig_start, trig_end, source_code, source_text, source_country, source_sector, source_start, source_end,
  target_code, target_text, target_country, target_sector, target_start, target_end, cameo, goldstein, quad, plover_type, plover_mode, acled,
  negated, modality, attr_text, attr_code, hedged, date, date_precision, date_basis,
  place_name, place_country, place_lat, place_lon, place_geonameid, rule_file, rule_line, rule_id, background`;

const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(',');

/** The key that counts distinct sources: the outlet, else the URL's host, else the article itself. */
function sourceKey(a: CodedArticle): string {
  if (a.meta.source) return a.meta.source;
  if (a.meta.url) {
    try { return new URL(a.meta.url).host; } catch { /* not a URL: fall through */ }
  }
  return a.hash;
}

/** Open (and create or migrate) a SQLite store at `path`. */
export function openSqliteStore(path: string, opts: SqliteStoreOptions = {}): Store {
  const db = new Database(path, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
  db.pragma('busy_timeout = 5000');
  mapForReads(db);
  if (!opts.readonly) {
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a crash of the process never loses a committed transaction; only power loss may.
    db.pragma('synchronous = NORMAL');
    db.pragma('cache_size = -65536');
    // Checkpoints are where WAL mode syncs to disk. With a background checkpointer they run on their own
    // thread and connection, so the writer never waits for the disk between articles.
    if (opts.backgroundCheckpoint) db.pragma('wal_autocheckpoint = 0');
    try {
      migrate(db, path);
    } catch (e) {
      db.close();
      throw e;
    }
  } else {
    let v: number | null;
    try {
      v = storedVersion(db);
    } catch {
      db.close();
      throw new Error(`[STORE004] ${path}: not a Dyad store`);
    }
    if (v !== SCHEMA_VERSION) {
      db.close();
      const fix = v !== null && v < SCHEMA_VERSION ? 'open it once for writing (dyad ingest, dyad serve) to migrate it' : 'ingest into a new --db';
      throw new Error(`[STORE001] ${path}: schema version ${v ?? 'none'}, this Dyad needs ${SCHEMA_VERSION} (${fix})`);
    }
  }
  const checkpointer = opts.backgroundCheckpoint && !opts.readonly ? startCheckpointer(path) : null;
  return new SqliteStore(db, opts.readonly ?? false, checkpointer);
}

class SqliteStore implements Store {
  readonly backend = 'sqlite';
  private readonly q;
  private readonly putTx: (a: CodedArticle) => PutResult;
  private readonly putManyTx: (as: readonly CodedArticle[]) => PutResult[];
  private readonly replaceTx: (a: CodedArticle) => void;
  /** How pages read the articles table (query.ts ARTICLE_META). */
  private readonly articles: string;

  constructor(private readonly db: Database.Database, readonly: boolean, private readonly checkpointer: Checkpointer | null = null) {
    const p = (sql: string): Database.Statement => db.prepare(sql);
    // A store opened read-only before a writable open created articles_meta reads the table (slower, same rows).
    this.articles = p("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'articles_meta'").get() ? ARTICLE_META : 'articles a';
    this.q = readonly ? null : {
      has: p('SELECT 1 FROM articles WHERE hash = ?'),
      insertArticle: p('INSERT OR IGNORE INTO articles(hash, ext_id, origin, title, url, source, published_at, source_key, text, sentences, mentions, coder_version, added_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)'),
      insertSentence: p('INSERT INTO sentences(article_id, idx, start, "end", text, coder_version) VALUES (?,?,?,?,?,?)'),
      insertFts: p('INSERT INTO sentence_fts(rowid, text) VALUES (?, ?)'),
      insertEvent: p(`INSERT INTO events(article_id, seq, sentence, sentence_id, ${EVENT_COLS}, coder_version, base_key, group_id, mentions) VALUES (${placeholders(45)})`),
      groupExists: p('SELECT 1 FROM event_groups WHERE base_key = ? LIMIT 1'),
      articleByHash: p('SELECT id, added_at FROM articles WHERE hash = ?'),
      oldSentences: p('SELECT id, text FROM sentences WHERE article_id = ?'),
      deleteFts: p(`INSERT INTO sentence_fts(sentence_fts, rowid, text) VALUES ('delete', ?, ?)`),
      oldKeys: p('SELECT DISTINCT base_key FROM events WHERE article_id = ? AND base_key IS NOT NULL'),
      deleteSentences: p('DELETE FROM sentences WHERE article_id = ?'),
      deleteEvents: p('DELETE FROM events WHERE article_id = ?'),
      setCoding: p('UPDATE articles SET coder_version = ?, sentences = ?, mentions = ? WHERE id = ?'),
      members: p(`SELECT e.id, e.seq, e.sentence, e.article_id, e.source_code, e.source_text, e.source_country, e.source_sector,
        e.target_code, e.target_text, e.target_country, e.target_sector, e.cameo, e.quad, e.goldstein, e.date,
        e.place_name, e.place_country, e.place_lat, e.place_lon, e.place_geonameid, a.source_key, a.url, a.added_at
        FROM events e JOIN articles a ON a.id = e.article_id WHERE e.base_key = ?
        ORDER BY coalesce(a.published_at, ''), a.hash, e.seq`),
      deleteGroups: p('DELETE FROM event_groups WHERE base_key = ?'),
      insertGroup: p(`INSERT INTO event_groups(id, global_id, base_key, date, cameo, quad, goldstein, source_code, source_name, source_country, source_sector,
        target_code, target_name, target_country, target_sector, place_name, place_country, place_lat, place_lon, place_geonameid,
        mentions, sources, articles, in_lead, first_url, first_added) VALUES (${placeholders(26)})`),
      setGroup: p('UPDATE events SET group_id = ?, mentions = ? WHERE id = ?'),
      addDerived: derivedDelta('article_id = ?', 1).map(p),
      subDerived: derivedDelta('article_id = ?', -1).map(p),
    };
    const putOne = (a: CodedArticle): PutResult => {
      const q = this.writable();
      const added = new Date().toISOString();
      const info = q.insertArticle.run(a.hash, a.meta.id, a.meta.origin, a.meta.title, a.meta.url, a.meta.source, a.meta.publishedAt, sourceKey(a), a.text, JSON.stringify(a.sentences), JSON.stringify(a.mentions), a.coderVersion, added);
      if (info.changes === 0) return { inserted: false, reason: 'duplicate' };
      for (const k of this.insertCoding(Number(info.lastInsertRowid), a, added)) this.regroup(k);
      return { inserted: true, events: a.events.length };
    };
    this.putTx = db.transaction(putOne);
    // One transaction for the batch, no savepoint per article: a failure rolls the whole batch back, so an
    // article is still never half-written, and savepoints cost a tenth of the write.
    this.putManyTx = db.transaction((as: readonly CodedArticle[]): PutResult[] => as.map(putOne));
    this.replaceTx = db.transaction((a: CodedArticle): void => {
      const q = this.writable();
      const row = q.articleByHash.get(a.hash) as { id: number; added_at: string } | undefined;
      if (!row) throw new Error(`[STORE002] no stored article with hash ${a.hash}`);
      const old = (q.oldKeys.all(row.id) as { base_key: string }[]).map((r) => r.base_key);
      for (const s of q.oldSentences.all(row.id) as { id: number; text: string }[]) q.deleteFts.run(s.id, s.text);
      q.deleteSentences.run(row.id);
      for (const st of q.subDerived) st.run(row.id);
      q.deleteEvents.run(row.id);
      // Groups of the old coding first, from the mentions other articles keep; then the new coding joins.
      for (const k of old) this.regroup(k);
      for (const k of this.insertCoding(row.id, a, row.added_at)) this.regroup(k);
      q.setCoding.run(a.coderVersion, JSON.stringify(a.sentences), JSON.stringify(a.mentions), row.id);
    });
  }

  private writable(): NonNullable<typeof this.q> {
    if (!this.q) throw new Error('[STORE003] store opened read-only');
    return this.q;
  }

  /**
   * Insert the event sentences and events of an article. Events whose key no other article has yet are
   * grouped here, in memory (most keys are new: this keeps commits cheap); returns the keys that other
   * articles share, which the caller regroups from the database.
   */
  private insertCoding(articleId: number, a: CodedArticle, added: string): Set<string> {
    const q = this.writable();
    const withEvents = new Set(a.events.map((e) => e.sentence));
    const sentenceIds = new Map<number, number>();
    for (const i of withEvents) {
      const span = a.sentences[i];
      if (!span) continue;
      const text = a.text.slice(span[0], span[1]);
      const id = Number(q.insertSentence.run(articleId, i, span[0], span[1], text, a.coderVersion).lastInsertRowid);
      q.insertFts.run(id, text);
      sentenceIds.set(i, id);
    }
    const keys = a.events.map(baseKey);
    const byKey = new Map<string, MemberRow[]>();
    keys.forEach((k, seq) => {
      const e = a.events[seq];
      if (k === null || !e) return;
      const m: MemberRow = {
        id: seq, seq, sentence: e.sentence, article_id: articleId,
        source_code: e.source?.code ?? null, source_text: e.source?.text ?? null, source_country: e.source?.country ?? null, source_sector: e.source?.sector ?? null,
        target_code: e.target?.code ?? null, target_text: e.target?.text ?? null, target_country: e.target?.country ?? null, target_sector: e.target?.sector ?? null,
        cameo: e.cameo, quad: e.quad, goldstein: e.goldstein, date: e.date?.value ?? null,
        place_name: e.place?.name ?? null, place_country: e.place?.country ?? null, place_lat: e.place?.lat ?? null, place_lon: e.place?.lon ?? null, place_geonameid: e.place?.geonameId ?? null,
        source_key: sourceKey(a), url: a.meta.url, added_at: added,
      };
      const list = byKey.get(k);
      if (list) list.push(m); else byKey.set(k, [m]);
    });
    const shared = new Set<string>();
    const groupOf: (GroupRef | null)[] = a.events.map(() => null);
    for (const [k, members] of byKey) {
      if (q.groupExists.get(k) !== undefined) { shared.add(k); continue; }
      for (const [seq, g] of this.writeGroups(k, members)) groupOf[seq] = g;
    }
    a.events.forEach((e, seq) => {
      const g = groupOf[seq];
      q.insertEvent.run(articleId, seq, e.sentence, sentenceIds.get(e.sentence) ?? 0, ...eventParams(e), a.coderVersion, keys[seq] ?? null, g?.id ?? null, g?.mentions ?? 0);
    });
    for (const st of q.addDerived) st.run(articleId);
    return shared;
  }

  /** Recompute the cross-article groups of one key from all its mentions in the store (order-independent). */
  private regroup(base: string): void {
    const q = this.writable();
    q.deleteGroups.run(base);
    for (const [id, g] of this.writeGroups(base, q.members.all(base) as MemberRow[])) q.setGroup.run(g.id, g.mentions, id);
  }

  /** Cluster the mentions of one key by place and insert their groups; returns member id → its group. */
  private writeGroups(base: string, rows: readonly MemberRow[]): Map<number, GroupRef> {
    const q = this.writable();
    const assign = clusterByPlace(rows.map((r) => ({ id: r.id, place: placeKey(r.place_name, r.place_country, r.place_geonameid) })));
    const buckets = new Map<string, MemberRow[]>();
    for (const r of rows) {
      const k = assign.get(r.id) ?? '';
      const list = buckets.get(k);
      if (list) list.push(r); else buckets.set(k, [r]);
    }
    const out = new Map<number, GroupRef>();
    for (const [pk, members] of buckets) {
      const rep = members[0];
      if (!rep) continue;
      const placed = members.find((m) => m.place_name !== null) ?? null;
      const id = groupId(base, pk);
      let firstAdded = rep.added_at;
      for (const m of members) if (m.added_at < firstAdded) firstAdded = m.added_at;
      q.insertGroup.run(id, globalId(id), base, rep.date, rep.cameo, rep.quad, rep.goldstein,
        rep.source_code, rep.source_text, rep.source_country, rep.source_sector,
        rep.target_code, rep.target_text, rep.target_country, rep.target_sector,
        placed?.place_name ?? null, placed?.place_country ?? null, placed?.place_lat ?? null, placed?.place_lon ?? null, placed?.place_geonameid ?? null,
        members.length, new Set(members.map((m) => m.source_key)).size, new Set(members.map((m) => m.article_id)).size,
        members.some((m) => m.sentence === 0) ? 1 : 0, members.find((m) => m.url !== null)?.url ?? null, firstAdded);
      const ref = { id, mentions: members.length };
      for (const m of members) out.set(m.id, ref);
    }
    return out;
  }

  async hasArticle(hash: string): Promise<boolean> {
    return this.writable().has.get(hash) !== undefined;
  }

  async putArticle(a: CodedArticle): Promise<PutResult> {
    return this.putTx(a);
  }

  async putArticles(as: readonly CodedArticle[]): Promise<PutResult[]> {
    return this.putManyTx(as);
  }

  async replaceCoding(a: CodedArticle): Promise<void> {
    this.replaceTx(a);
  }

  async *staleArticles(version: string): AsyncIterable<StoredArticleInput> {
    // Ids first: the caller writes between items, and better-sqlite3 forbids writes during an open iterator.
    const ids = (this.db.prepare('SELECT id FROM articles WHERE coder_version != ? ORDER BY id').all(version) as { id: number }[]).map((r) => r.id);
    const one = this.db.prepare('SELECT hash, ext_id, origin, title, url, source, published_at, text FROM articles WHERE id = ?');
    for (const id of ids) {
      const r = one.get(id) as { hash: string; ext_id: string; origin: string; title: string | null; url: string | null; source: string | null; published_at: string | null; text: string } | undefined;
      if (!r) continue;
      yield { hash: r.hash, text: r.text, meta: { id: r.ext_id, origin: r.origin, title: r.title, url: r.url, source: r.source, publishedAt: r.published_at } };
    }
  }

  async *events(query: EventQuery): AsyncIterable<StoredEvent> {
    const { sql, params } = buildEventQuery(query, this.access(query), EVENT_ROW_SELECT, this.articles);
    const st = this.prepared(sql).raw(true);
    // A page is read whole (its statement is free again at once); an export streams.
    const rows = query.limit !== undefined ? st.all(...params) : st.iterate(...params);
    for (const r of rows) yield rowToEvent(eventRowOf(r as unknown[]));
  }

  async eventsPage(query: EventQuery, limit: number): Promise<Buffer> {
    const q = { ...query, limit: limit + 1 };
    const { sql, params } = buildEventQuery(q, this.access(q), EVENT_JSON_SELECT, this.articles);
    return pageBytes(this.prepared(sql).raw(true).all(...params) as EventJsonRow[], limit);
  }

  /**
   * Query statements by SQL text: a query's SQL depends only on which filters it sets, so they are few. One
   * still being iterated (a streamed export) is busy, and a second reader gets a fresh statement.
   */
  private readonly statements = new Map<string, Database.Statement>();
  private prepared(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (st?.busy) return this.db.prepare(sql);
    if (!st) {
      if (this.statements.size >= 500) this.statements.clear();
      st = this.db.prepare(sql);
      this.statements.set(sql, st);
    }
    return st;
  }

  /**
   * A page is read in order from an index (events_order by date, event_groups_mentions by count), stopping at
   * its last row, unless some filter's own index finds few rows (see selectivityProbes): then seek and sort.
   * By count, filters that cannot be probed (place, text, dates) and negated or background events also seek.
   */
  private access(query: EventQuery): Access {
    if (query.limit === undefined) return 'seek';
    if (query.sort === 'count' && (query.place || query.text || query.since || query.until || query.negated || query.background)) return 'seek';
    const count = (p: { sql: string; params: (string | number)[] }): number => (this.prepared(p.sql).get(...p.params) as { n: number }).n;
    let probes = selectivityProbes(query);
    // The actor alone, counted from event_days: with many events its probe (the first) cannot come out below
    // SELECTIVE, so it is not run; with few, the page is sought unprobed (the probe read every entry of the
    // actor's codes when a QuadClass skipped most; undated events, not in the count, only make the seek longer).
    const bound = actorLowerBound(query);
    const dated = bound ? count(bound) : null;
    if (dated !== null && dated < SELECTIVE) return 'seek';
    if (dated !== null) probes = probes.slice(1);
    return probes.some((p) => count(p) < SELECTIVE) ? 'seek' : 'scan';
  }

  async *groups(): AsyncIterable<EventGroup> {
    for (const r of this.db.prepare('SELECT * FROM event_groups ORDER BY coalesce(date, \'\'), id').iterate()) yield rowToGroup(r as GroupRow);
  }

  async stats(): Promise<StoreStats> {
    const n = (sql: string): number => (this.db.prepare(sql).get() as { n: number | null }).n ?? 0;
    return {
      articles: n('SELECT count(*) AS n FROM articles'),
      sentences: n('SELECT sum(json_array_length(sentences)) AS n FROM articles'),
      mentions: n('SELECT sum(json_array_length(mentions)) AS n FROM articles'),
      events: n('SELECT count(*) AS n FROM events'),
      groups: n('SELECT count(*) AS n FROM event_groups'),
    };
  }

  async close(): Promise<void> {
    await this.checkpointer?.stop();
    if (this.db.open) {
      if (this.checkpointer) this.db.pragma('wal_checkpoint(TRUNCATE)');
      this.db.close();
    }
  }
}
