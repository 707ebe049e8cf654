import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { corpusArticles, corpusMissing, writeCorpusJsonl } from '../../testdata/corpus.js';
import { dyad } from '../../testdata/ingest-helpers.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { createCoder } from './coder.js';
import { EventJson, eventToJson } from '../model/event-json.js';

// Coding must be a pure function of the article and the dictionaries: whatever came before it in a run
// (wink-nlp learns words as it reads), and however a run is split over worker threads. One corpus of
// 1,000 real articles is coded four ways, and every article's events must be byte-identical each way.
const ARTICLES = 1000;
const dir = mkdtempSync(join(tmpdir(), 'dyad-determinism-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** The event record fields the store keeps (all of `code --jsonl`'s but the ACLED rule name), in wire order. */
const FIELDS = Object.keys(EventJson.shape).filter((k) => k !== 'acledRule');

/** JSON with object keys sorted at every depth: the bytes compared, whatever order a reader built an object in. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(v) ?? 'null';
}

/** One article's events as one line: each event's stored fields, in the coder's order. */
function line(events: readonly object[]): string {
  return events.map((e) => canonical(Object.fromEntries(FIELDS.map((k) => [k, (e as Record<string, unknown>)[k] ?? null])))).join('\n');
}

/** An event record as the store keeps it: the place without the reason it was chosen (not stored). */
function asStored(e: EventJson): object {
  if (!e.place) return e;
  const { basis: _basis, ...place } = e.place;
  return { ...e, place };
}

/** Every article's line from a store (events within an article in the order they were coded and inserted). */
async function stored(path: string): Promise<Map<string, string>> {
  const s = openSqliteStore(path, { readonly: true });
  const by = new Map<string, { id: number; e: object }[]>();
  for await (const e of s.events({ negated: true })) {
    const l = by.get(e.article.id) ?? [];
    l.push({ id: e.id, e });
    by.set(e.article.id, l);
  }
  await s.close();
  return new Map([...by].map(([id, l]) => [id, line(l.sort((a, b) => a.id - b.id).map((x) => x.e))]));
}

/** Article ids whose line differs between two runs (an article with no events has no line in a store). */
function differing(want: ReadonlyMap<string, string>, got: ReadonlyMap<string, string>): string[] {
  const ids = new Set([...want.keys(), ...got.keys()]);
  return [...ids].filter((id) => (want.get(id) || '') !== (got.get(id) || '')).sort();
}

test(`determinism: ${ARTICLES} corpus articles coded forwards, backwards, and by ingest with --jobs 1 and --jobs 2 give byte-identical events`, { skip: corpusMissing }, async () => {
  const input = join(dir, 'corpus.jsonl');
  writeCorpusJsonl(input, ARTICLES);
  // The two ingests run in their own processes while this one codes forwards and backwards.
  const ingests = ['1', '2'].map(async (jobs) => {
    const db = join(dir, `jobs${jobs}.db`);
    const r = await dyad(['ingest', input, '--db', db, '--jobs', jobs, '--quiet']);
    assert.equal(r.code, 0, r.stderr);
    return stored(db);
  });
  const articles = corpusArticles(ARTICLES);
  assert.equal(articles.length, ARTICLES);
  const coder = createCoder();
  const json = new Map(articles.map((a) => [a.id, coder.code(a).events.map(eventToJson)]));
  // The same coder, now warm with every article, reads them again in reverse order: the whole record, as `code --jsonl` writes it.
  const backwards = new Map([...articles].reverse().map((a) => [a.id, JSON.stringify(coder.code(a).events.map(eventToJson))]));
  const forwards = new Map([...json].map(([id, evs]) => [id, JSON.stringify(evs)]));
  const d = differing(forwards, backwards);
  assert.deepEqual(d, [], `${d.length} of ${ARTICLES} articles coded differently backwards than forwards`);
  const withEvents = [...json.values()].filter((evs) => evs.length > 0).length;
  assert.ok(withEvents > ARTICLES / 2, `most articles give events (${withEvents} of ${ARTICLES})`);
  const stores = await Promise.all(ingests);
  const want = new Map([...json].map(([id, evs]) => [id, line(evs.map(asStored))]));
  for (const [i, run] of stores.entries()) {
    const diff = differing(want, run);
    assert.deepEqual(diff, [], `${diff.length} of ${ARTICLES} articles stored differently by ingest --jobs ${i + 1} than coded forwards`);
  }
});
