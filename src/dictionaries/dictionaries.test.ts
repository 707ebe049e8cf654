import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCoder } from '../pipeline/coder.js';
import { packageRoot } from '../paths.js';
import { verbForms } from './inflect.js';

const FIXTURE = join(packageRoot(), 'testdata', 'fixtures', 'dictionaries');

// A broken line in each file kind must name its code, file and line.
const BROKEN: readonly { file: string; text: string; message: string }[] = [
  { file: 'actors/countries.txt', text: 'FRD  Freedonia\nSYL  Sylvania | captal: Sylvan City\n', message: '[DICT004] dictionaries/actors/countries.txt:2: unknown field "captal"' },
  { file: 'actors/countries.txt', text: 'FRDX  Freedonia\n', message: '[DICT010] dictionaries/actors/countries.txt:1: country code must be 3 letters, got "FRDX"' },
  { file: 'actors/agents.txt', text: '# sectors\nMILL  army\n', message: '[DICT013] dictionaries/actors/agents.txt:2: unknown sector "MILL"' },
  { file: 'actors/officials.txt', text: 'FRDGOV  Rufus | from: 1933-13-01\n', message: '[DICT014] dictionaries/actors/officials.txt:1: bad date "1933-13-01"' },
  { file: 'verbs/test.txt', text: '190   attack\n999   explode\n', message: '[DICT022] dictionaries/verbs/test.txt:2: unknown CAMEO code "999"' },
  { file: 'verbs/test.txt', text: '057   sign @TREATIES\n', message: '[DICT024] dictionaries/verbs/test.txt:1: unknown class "@TREATIES"' },
  { file: 'verbs/test.txt', text: '057   sign {mutal}\n', message: '[DICT021] dictionaries/verbs/test.txt:1: unknown option "mutal"' },
];

for (const b of BROKEN) {
  test(`dictionaries: ${b.message}`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-dict-'));
    cpSync(FIXTURE, dir, { recursive: true });
    writeFileSync(join(dir, b.file), b.text);
    assert.throws(() => createCoder({ dictionaryDir: dir }), (e: Error) => e.message === b.message);
  });
}

const FORMS: readonly [string, readonly string[]][] = [
  ['sign', ['sign', 'signs', 'signed', 'signing']],
  ['ban', ['bans', 'banned', 'banning']],
  ['seize', ['seizes', 'seized', 'seizing']],
  ['deny', ['denies', 'denied', 'denying']],
  ['shoot', ['shoots', 'shot', 'shooting']],
  ['commit', ['commits', 'committed', 'committing']],
  // Prefixed irregulars inflect like their base.
  ['retake', ['retakes', 'retook', 'retaken', 'retaking']],
];
for (const [lemma, forms] of FORMS) {
  test(`dictionaries: verb forms of "${lemma}"`, () => {
    const got = new Set(verbForms(lemma));
    for (const f of forms) assert.ok(got.has(f), `${f} in ${[...got].join(',')}`);
  });
}
