import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { packageRoot } from '../paths.js';
import { scratchDir } from '../../testdata/helpers.js';

const DYAD = join(packageRoot(), 'bin', 'dyad');

test('cli: coverage reads .jsonl and .jsonl.gz, skips bad lines, and ranks the three lists', () => {
  const dir = scratchDir('dyad-coverage-');
  const lines = [
    JSON.stringify({ id: 'a', date: '2020-03-02', text: 'Iran and Iraq admired the parade. The Zorblatt Institute hosted it.' }),
    JSON.stringify({ id: 'b', date: '', text: 'Iran and Iraq admired the fireworks.' }),
    '{broken',
  ].join('\n');
  const plain = join(dir, 'c.jsonl');
  const gz = join(dir, 'c.jsonl.gz');
  writeFileSync(plain, lines);
  writeFileSync(gz, gzipSync(lines));
  for (const f of [plain, gz]) {
    const r = spawnSync(DYAD, ['coverage', f, '--json'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const rep = JSON.parse(r.stdout) as { articles: number; silentByVerb: { key: string; count: number }[]; unknownNames: { key: string }[]; silentCodes: unknown[] };
    assert.equal(rep.articles, 2);
    assert.deepEqual(rep.silentByVerb[0], { key: 'admire', count: 2, example: 'Iran and Iraq admired the parade.', note: '' });
    assert.ok(rep.unknownNames.some((n) => n.key === 'Zorblatt Institute'));
    assert.ok(rep.silentCodes.length > 0);
    assert.match(r.stderr, /1 bad lines skipped/);
  }
  const text = spawnSync(DYAD, ['coverage', plain, '--top', '3'], { encoding: 'utf8' });
  assert.match(text.stdout, /== sentences with two or more actors and no event, by main verb\n\s+2 {2}admire/);
  assert.equal(spawnSync(DYAD, ['coverage', plain, '--top', 'x'], { encoding: 'utf8' }).status, 2);
  assert.equal(spawnSync(DYAD, ['coverage'], { encoding: 'utf8' }).status, 2);
});
