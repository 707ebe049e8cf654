import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCueDictionary } from './cues.js';
import { defaultDictionaryDir } from '../paths.js';
import { scratchDir } from '../../testdata/helpers.js';

function dirWith(text: string): string {
  const dir = scratchDir('dyad-cues-');
  mkdirSync(join(dir, 'acled'));
  writeFileSync(join(dir, 'acled', 'x.txt'), text);
  return dir;
}

const BAD: readonly [string, RegExp][] = [
  ['# weapons\nBAZOOKA  bazooka*\n', /\[DICT030\] \S*acled\/x\.txt:2: unknown cue class "BAZOOKA"/],
  ['GRENADE  gr*\n', /\[DICT031\] \S*acled\/x\.txt:1: bad cue phrase "gr\*"/],
  ['GRENADE  grenade*\nGRENADE  Grenade*\n', /\[DICT032\] \S*acled\/x\.txt:2: cue "Grenade\*" repeats \S*acled\/x\.txt:1/],
  ['grenade stuff\n', /\[DICT002\] \S*acled\/x\.txt:1: bad code "grenade"/],
];

for (const [text, want] of BAD) {
  test(`cues: ${/DICT\d+/.exec(want.source)?.[0] ?? ''} rejects a bad line with its file and line`, () => {
    assert.throws(() => loadCueDictionary(dirWith(text)), want);
  });
}

test('cues: the bundled cue classes load, and every class the typer knows has words', () => {
  const d = loadCueDictionary(defaultDictionaryDir());
  assert.ok(d.phrases.length > 300);
  assert.ok(d.phrases.every((p) => p.file.startsWith('dictionaries/acled/')));
});
