import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCoder } from '../pipeline/coder.js';
import { packageRoot } from '../paths.js';
import { verbForms } from './inflect.js';
import { loadActorDictionary, oneWordCountries } from './actors.js';
import { scratchDir } from '../../testdata/helpers.js';

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
  // A multi-word noun trigger written with a space reads its second word as a required word: refused.
  { file: 'verbs/test.txt', text: '041   ~phone call >with!\n', message: '[DICT026] dictionaries/verbs/test.txt:1: noun trigger followed by the word "call": join the words of a multi-word noun with "_" ("~phone_call")' },
  // Ids are derived from content; one written twice is an error naming both lines.
  { file: 'verbs/test.txt', text: '190   attack\n111   condemn\n190   attack    # again\n', message: '[DICT025] dictionaries/verbs/test.txt:3: pattern 190.attack is already written at dictionaries/verbs/test.txt:1' },
  { file: 'actors/officials.txt', text: 'FRDGOV  Rufus T. Firefly; Firefly | from: 1933-01-01\nFRDGOV  Rufus T. Firefly | from: 1933-01-01\n', message: '[DICT016] dictionaries/actors/officials.txt:2: entry id official.FRDGOV.rufus_t_firefly@1933-01-01 is already used at dictionaries/actors/officials.txt:1' },
  { file: 'actors/agents.txt', text: 'MIL  army; troops\nMIL  army\n', message: '[DICT016] dictionaries/actors/agents.txt:2: entry id agent.MIL.army is already used at dictionaries/actors/agents.txt:1' },
];

for (const b of BROKEN) {
  test(`dictionaries: ${b.message}`, () => {
    const dir = scratchDir('dyad-dict-');
    cpSync(FIXTURE, dir, { recursive: true });
    writeFileSync(join(dir, b.file), b.text);
    assert.throws(() => createCoder({ dictionaryDir: dir }), (e: Error) => e.message === b.message);
  });
}

test('dictionaries: one person in two roles has two ids (the start of each role tells them apart)', () => {
  const dir = scratchDir('dyad-dict-');
  cpSync(FIXTURE, dir, { recursive: true });
  writeFileSync(join(dir, 'actors/officials.txt'), 'FRDGOV  Rufus T. Firefly; Firefly | from: 1933-01-01 | to: 1934-01-01\nSYLGOV  Rufus T. Firefly; Firefly | from: 1934-01-01\n');
  const coder = createCoder({ dictionaryDir: dir });
  const ids = ['1933-06-01', '1935-06-01'].map((d) => coder.code({ id: 't', text: 'Firefly spoke.', publishedAt: d }).mentions[0]?.rule.id);
  assert.deepEqual(ids, ['official.FRDGOV.rufus_t_firefly@1933-01-01', 'official.SYLGOV.rufus_t_firefly@1934-01-01']);
});

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

// oneWordCountries: one-word names, adjectives and peoples of one country, lower case; a word two countries
// share is no one's; phrases of several words are left out.
test('oneWordCountries: one-word country words and their country', () => {
  const dir = scratchDir('dyad-dict-');
  cpSync(FIXTURE, dir, { recursive: true });
  writeFileSync(join(dir, 'actors', 'countries.txt'), 'FRD  Freedonia | adj: Freedonian | people: Freedonians\nSYL  Sylvania; Sylvan Republic | adj: Sylvanian; Sylvan\nOST  Osterlich | adj: Sylvan\n');
  const dict = loadActorDictionary(dir, (s) => s.split(/\s+/), () => false);
  const words = oneWordCountries(dict);
  assert.equal(words.get('freedonian'), 'FRD');
  assert.equal(words.get('freedonians'), 'FRD');
  assert.equal(words.get('sylvania'), 'SYL');
  assert.equal(words.has('sylvan'), false);
  assert.equal(words.has('republic'), false);
});
