import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { defaultDictionaryDir } from '../paths.js';
import { createCoder } from './coder.js';
import { eventToJson } from '../model/event-json.js';
import { readSnapshot, snapshotDir, snapshotKey, writeSnapshot } from './snapshot.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-snapshot-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('snapshot: the key follows the bytes of its sources', () => {
  const f = join(dir, 'a.txt');
  writeFileSync(f, 'FRE name: Freedonia\n');
  const before = snapshotKey('probe', { files: [f], packages: ['wink-nlp'] });
  assert.equal(snapshotKey('probe', { files: [f], packages: ['wink-nlp'] }), before);
  appendFileSync(f, 'SYL name: Sylvania\n');
  assert.notEqual(snapshotKey('probe', { files: [f], packages: ['wink-nlp'] }), before);
  assert.notEqual(snapshotKey('other', { files: [f], packages: ['wink-nlp'] }), snapshotKey('probe', { files: [f], packages: ['wink-nlp'] }));
});

test('snapshot: maps, sets and typed arrays come back; another key finds nothing; functions are refused', () => {
  const value = { m: new Map([['freedonia', { code: 'FRE' }]]), s: new Set(['a']), t: new Float32Array([1.5, 2]) };
  assert.ok(writeSnapshot('probe-test', 'k1', value));
  assert.deepEqual(readSnapshot('probe-test', 'k1'), value);
  assert.equal(readSnapshot('probe-test', 'k2'), undefined);
  assert.equal(writeSnapshot('probe-test', 'k3', { f: () => 1 }), false);
  for (const n of readdirSync(snapshotDir())) if (n.startsWith('probe-test-')) rmSync(join(snapshotDir(), n));
});

test('snapshot: the build left one, and a coder from it codes exactly as one that compiled', () => {
  assert.ok(readdirSync(snapshotDir()).some((n) => n.startsWith('dictionaries-')), 'npm run build writes dist/snapshot');
  // A copy of the dictionaries elsewhere has a key of its own, so that coder compiles them.
  const copy = join(dir, 'dictionaries');
  cpSync(defaultDictionaryDir(), copy, { recursive: true });
  const text = 'Syrian troops shelled rebel positions near Aleppo on Monday. Iran condemned the attack, its foreign ministry said. The White House urged restraint.';
  const code = (c: ReturnType<typeof createCoder>): string => JSON.stringify(c.code({ id: 'x', text, publishedAt: '2024-05-13' }).events.map(eventToJson));
  const fromSnapshot = code(createCoder());
  assert.ok(fromSnapshot.includes('Aleppo'));
  assert.equal(code(createCoder({ dictionaryDir: copy, cameoDir: copy })), fromSnapshot);
});
