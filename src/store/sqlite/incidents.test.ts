import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { EventGroup, StoredEvent } from '../../model/stored.js';
import { createCoder } from '../../pipeline/coder.js';
import { packageRoot } from '../../paths.js';
import { codeText } from '../../ingest/code-record.js';
import { contentHash } from '../../ingest/content-hash.js';
import type { ArticleMeta, CodedArticle } from '../../model/stored.js';
import { gdeltRow, loadFips } from '../../export/gdelt.js';
import { csvRow } from '../../export/tabular.js';
import { openSqliteStore } from './sqlite-store.js';

// Incidents without a dyad (null sides; a null CAMEO code for a disaster) go through the real SQLite store,
// its cross-article grouping and the exports like any other event.
const dir = mkdtempSync(join(tmpdir(), 'dyad-incidents-'));
after(() => rmSync(dir, { recursive: true, force: true }));
function coded(id: string, text: string, source: string): CodedArticle {
  const meta: ArticleMeta = { id, title: null, url: null, source, publishedAt: '2024-05-07', origin: `test#${id}` };
  return codeText(coder, text, meta, contentHash(text));
}
const coder = createCoder({ dictionaryDir: join(packageRoot(), 'testdata', 'fixtures', 'dictionaries'), incidents: 'every' });

test('store: incidents without a dyad are stored, read back and grouped across articles', async () => {
  const s = openSqliteStore(join(dir, 'i.db'));
  const text = 'A bomb exploded in the market of Karvelo. Floods killed 12 people in the valley.';
  await s.putArticle(coded('a', text, 'wire-one'));
  await s.putArticle(coded('b', `${text} Officials said so.`, 'wire-two'));
  const events: StoredEvent[] = [];
  for await (const e of s.events({})) events.push(e);
  assert.deepEqual(events.map((e) => [e.source, e.target, e.cameo, e.acled]).sort(), [
    [null, null, '183', 'REM_EXPLOS'], [null, null, '183', 'REM_EXPLOS'],
    [null, null, null, 'NATURAL_DISASTER'], [null, null, null, 'NATURAL_DISASTER'],
  ].sort());
  const groups: EventGroup[] = [];
  for await (const g of s.groups()) groups.push(g);
  assert.deepEqual(groups.map((g) => [g.cameo, g.mentions, g.articles, g.sources]).sort(), [['183', 2, 2, 2], [null, 2, 2, 2]].sort());
  const fips = loadFips();
  // GDELT's event table has rows only for CAMEO events; the csv export keeps every incident.
  assert.equal(groups.filter((g) => gdeltRow(g, fips) !== null).length, 1);
  assert.ok(events.every((e) => csvRow(e).includes(e.acled ?? '?')));
  await s.close();
});
