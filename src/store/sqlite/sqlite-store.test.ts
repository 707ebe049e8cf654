import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { coded, storeContract } from '../../../testdata/store-contract.js';
import { openSqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-sqlite-'));
let n = 0;
after(() => rmSync(dir, { recursive: true, force: true }));

storeContract('sqlite', async () => openSqliteStore(join(dir, `s${n++}.db`)));

describe('sqlite store specifics', () => {
  it('uses the WAL journal and refuses a store of another schema version', async () => {
    const path = join(dir, 'wal.db');
    const s = openSqliteStore(path);
    await s.close();
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(path);
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    db.prepare("UPDATE meta SET value = '999' WHERE key = 'schema'").run();
    db.close();
    assert.throws(() => openSqliteStore(path), /\[STORE001\].*schema version 999/);
  });

  it('opens read-only for queries and refuses writes', async () => {
    const path = join(dir, 'ro.db');
    await (openSqliteStore(path)).close();
    const s = openSqliteStore(path, { readonly: true });
    await assert.rejects(s.hasArticle('x'), /\[STORE003\]/);
    assert.equal((await s.stats()).articles, 0);
    await s.close();
  });

  it('refuses a stored value the coder never writes (a damaged store) with STORE005', async () => {
    const path = join(dir, 'damaged.db');
    const s = openSqliteStore(path);
    await s.putArticle(coded('d1', 'Freedonia attacked Sylvania.', [{ sentence: 0, trigger: 'attacked', source: 'FRD', target: 'SYL', cameo: '190', date: '2024-05-07' }]));
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(path);
    db.prepare("UPDATE events SET modality = 'perhaps'").run();
    db.close();
    await assert.rejects(async () => { for await (const e of s.events({})) void e; }, /\[STORE005\] stored modality "perhaps" is not one the coder writes/);
    await s.close();
  });
});
