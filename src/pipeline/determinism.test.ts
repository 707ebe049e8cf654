import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { corpusArticles, corpusMissing, writeCorpusJsonl } from '../../testdata/corpus.js';
import { dyad } from '../../testdata/ingest-helpers.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { createCoder } from './coder.js';
import { eventToJson } from '../model/event-json.js';

// Coding must be a pure function of the article and the dictionaries: whatever came before it in a
// run (wink-nlp learns words as it reads), and however a run is split over worker threads.
const ARTICLES = 1000;
const INGESTED = 150;
const dir = mkdtempSync(join(tmpdir(), 'dyad-determinism-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test(`determinism: ${ARTICLES} corpus articles coded forwards then backwards give the same events`, { skip: corpusMissing }, () => {
  const articles = corpusArticles(ARTICLES);
  const coder = createCoder();
  const forwards = new Map(articles.map((a) => [a.id, JSON.stringify(coder.code(a).events.map(eventToJson))]));
  const differ: string[] = [];
  // The same coder, now warm with every article, reads them again in reverse order.
  for (const a of [...articles].reverse()) if (JSON.stringify(coder.code(a).events.map(eventToJson)) !== forwards.get(a.id)) differ.push(a.id);
  assert.deepEqual(differ, [], `${differ.length} of ${articles.length} articles coded differently backwards`);
});

/** Every stored event of every article, as sorted lines independent of row ids and commit order. */
async function stored(path: string): Promise<string[]> {
  const s = openSqliteStore(path, { readonly: true });
  const out: string[] = [];
  for await (const e of s.events({ negated: true })) out.push([e.article.id, e.sentence, e.span.join('-'), e.source?.code, e.cameo, e.target?.code, e.date?.value, e.place?.name, e.negated].join(' '));
  await s.close();
  return out.sort();
}

test(`determinism: ingesting ${INGESTED} corpus articles with --jobs 1 and --jobs 2 stores the same events`, { skip: corpusMissing }, async () => {
  const input = join(dir, 'corpus.jsonl');
  writeCorpusJsonl(input, INGESTED);
  const runs: string[][] = [];
  for (const jobs of ['1', '2']) {
    const db = join(dir, `jobs${jobs}.db`);
    const r = await dyad(['ingest', input, '--db', db, '--jobs', jobs, '--quiet']);
    assert.equal(r.code, 0, r.stderr);
    runs.push(await stored(db));
  }
  assert.ok((runs[0]?.length ?? 0) > 0, 'the corpus gives events');
  assert.deepEqual(runs[1], runs[0]);
});
