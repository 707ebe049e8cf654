import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultDictionaryDir } from '../paths.js';
import { LEXICON_CLASSES, loadLexicon, orgPrefixTest, wordsPattern } from './lexicon.js';
import { loadGrammar } from './grammar.js';
import { scratchDir } from '../../testdata/helpers.js';

// The lexicon (word classes the stages read) and the grammar rule tables: loaded once, every bad line an
// error with its code, file and line.

/** A copy of the bundled lexicon and grammar folders with one file replaced (or removed when text is null). */
function copyWith(file: string, text: string | null): string {
  const dir = scratchDir('dyad-lex-');
  cpSync(join(defaultDictionaryDir(), 'lexicon'), join(dir, 'lexicon'), { recursive: true });
  cpSync(join(defaultDictionaryDir(), 'grammar'), join(dir, 'grammar'), { recursive: true });
  if (text === null) rmSync(join(dir, file));
  else writeFileSync(join(dir, file), text);
  return dir;
}

test('lexicon: the bundled lexicon defines every class the stages read', () => {
  const lex = loadLexicon(defaultDictionaryDir());
  for (const name of Object.keys(LEXICON_CLASSES)) assert.ok(lex.where.has(name as keyof typeof LEXICON_CLASSES), name);
  assert.ok(lex.SAY_BARE_COMPLEMENT.has('deny') && !lex.SAY_ALWAYS_SPEECH.has('deny'), 'the two say-verb classes differ on purpose');
});

const actors = readFileSync(join(defaultDictionaryDir(), 'lexicon', 'actors.txt'), 'utf8');
const BROKEN: readonly { file: string; text: string | null; message: string }[] = [
  { file: 'lexicon/actors.txt', text: `${actors}\nPAIR_WORDZ  two\n`, message: `[DICT042] dictionaries/lexicon/actors.txt:${actors.split('\n').length + 1}: unknown lexicon class "PAIR_WORDZ"` },
  { file: 'lexicon/actors.txt', text: `${actors}\nlowercase words\n`, message: `[DICT041] dictionaries/lexicon/actors.txt:${actors.split('\n').length + 1}: expected CLASS then words, got "lowercase words"` },
  { file: 'lexicon/actors.txt', text: `${actors}\n\nPAIR_WORDS  trio\n`, message: `[DICT043] dictionaries/lexicon/actors.txt:${actors.split('\n').length + 2}: class PAIR_WORDS already defined at dictionaries/lexicon/actors.txt:${actors.split('\n').findIndex((l) => l.startsWith('PAIR_WORDS')) + 1}` },
  { file: 'lexicon/actors.txt', text: 'ORG_PREFIXES  IGO; IMG; IGO\n', message: '[DICT044] dictionaries/lexicon/actors.txt:1: "IGO" is listed twice in ORG_PREFIXES' },
  { file: 'lexicon/dates.txt', text: null, message: '[DICT045] dictionaries/lexicon: class WEEKDAYS is not defined (weekday names in calendar order, Sunday first)' },
];

for (const b of BROKEN) {
  test(`lexicon: ${b.message}`, () => {
    assert.throws(() => loadLexicon(copyWith(b.file, b.text)), (e: Error) => e.message === b.message);
  });
}

test('lexicon: a missing folder is an error', () => {
  assert.throws(() => loadLexicon(scratchDir('dyad-lex-')), /\[DICT040\]/);
});

test('lexicon: the organisation prefix test and word patterns compile from classes', () => {
  const lex = loadLexicon(defaultDictionaryDir());
  const isOrg = orgPrefixTest(lex);
  assert.deepEqual(['IGOUNO', 'IMGRED', 'NGOXYZ', 'FRDGOV', 'IG'].map(isOrg), [true, true, true, false, false]);
  const back = wordsPattern(lex.BACK_DETERMINERS, lex.REPORT_NOUNS);
  assert.equal(back.test('Such reports could not be verified.'), true);
  assert.equal(back.test('Such a report'), false);
});

const GRAMMAR_BROKEN: readonly { text: string; message: string }[] = [
  { text: 'memory.pair  the two\nmemory.pair  again\n', message: '[DICT049] dictionaries/grammar/actors.txt:2: rule memory.pair already listed at line 1' },
  { text: 'Memory-Pair  the two\n', message: '[DICT047] dictionaries/grammar/actors.txt:1: expected a rule id (like memory.pair) then its description, got "Memory-Pair  the two"' },
];

for (const b of GRAMMAR_BROKEN) {
  test(`grammar: ${b.message}`, () => {
    assert.throws(() => loadGrammar(copyWith('grammar/actors.txt', b.text), 'actors'), (e: Error) => e.message === b.message);
  });
}

test('grammar: a rule the code asks for must be listed; each points at its own line', () => {
  const g = loadGrammar(defaultDictionaryDir(), 'actors');
  const lines = readFileSync(join(defaultDictionaryDir(), 'grammar', 'actors.txt'), 'utf8').split('\n');
  for (const id of g.ids) assert.ok(lines[g.ref(id).line - 1]?.startsWith(`${id} `), id);
  assert.throws(() => g.ref('memory.nothing'), /\[DICT048\] dictionaries\/grammar\/actors\.txt: rule memory\.nothing is not listed/);
  assert.throws(() => loadGrammar(scratchDir('dyad-lex-'), 'actors'), /\[DICT046\]/);
});

test('lexicon: docs/dictionaries.md lists every class', () => {
  const doc = readFileSync(join(defaultDictionaryDir(), '..', 'docs', 'dictionaries.md'), 'utf8');
  for (const name of Object.keys(LEXICON_CLASSES)) assert.ok(doc.includes(`\`${name}\``), name);
});
