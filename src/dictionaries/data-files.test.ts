import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFips } from '../export/gdelt.js';
import { defaultDictionaryDir, packageRoot } from '../paths.js';
import { loadCameo } from './cameo.js';
import { loadKnownPlaces } from './places.js';
import { loadVerbDictionary } from './verbs.js';

const HEADER = 'code\tquad\tgoldstein\tplover_type\tplover_mode\tname\n';

// Each malformed line of the table data files fails with its code, file and line; none is skipped.
const BAD_CODES: readonly { text: string; message: string }[] = [
  { text: `${HEADER}190\t4\t-10.0\tASSAULT\t-\n`, message: '[DICT051] dictionaries/cameo/codes.tsv:2: expected 6 tab-separated fields (code, quad, goldstein, plover_type, plover_mode, name), got 5' },
  { text: `# c\n${HEADER}19A\t4\t-10.0\t-\t-\tFight\n`, message: '[DICT052] dictionaries/cameo/codes.tsv:3: bad CAMEO code "19A"' },
  { text: `${HEADER}190\t4\t-10.0\t-\t-\tFight\n190\t4\t-10.0\t-\t-\tFight again\n`, message: '[DICT053] dictionaries/cameo/codes.tsv:3: CAMEO code 190 listed twice' },
  { text: `${HEADER}190\t5\t-10.0\t-\t-\tFight\n`, message: '[DICT054] dictionaries/cameo/codes.tsv:2: QuadClass must be 1, 2, 3 or 4, got "5"' },
  { text: `${HEADER}190\tfour\t-10.0\t-\t-\tFight\n`, message: '[DICT054] dictionaries/cameo/codes.tsv:2: QuadClass must be 1, 2, 3 or 4, got "four"' },
  { text: `${HEADER}190\t4\tlots\t-\t-\tFight\n`, message: '[DICT055] dictionaries/cameo/codes.tsv:2: Goldstein value must be a number from -10 to 10, got "lots"' },
  { text: `${HEADER}190\t4\t-12\t-\t-\tFight\n`, message: '[DICT055] dictionaries/cameo/codes.tsv:2: Goldstein value must be a number from -10 to 10, got "-12"' },
];

function dictDir(): string {
  return mkdtempSync(join(tmpdir(), 'dyad-data-'));
}

for (const b of BAD_CODES) {
  test(`data files: ${b.message}`, () => {
    const dir = dictDir();
    mkdirSync(join(dir, 'cameo'));
    writeFileSync(join(dir, 'cameo', 'codes.tsv'), b.text);
    assert.throws(() => loadCameo(dir), (e: Error) => e.message === b.message);
    rmSync(dir, { recursive: true });
  });
}

test('data files: the bundled codes.tsv loads whole, with its QuadClass as written', () => {
  const table = loadCameo(defaultDictionaryDir());
  const rows = readFileSync(join(defaultDictionaryDir(), 'cameo', 'codes.tsv'), 'utf8').split('\n').filter((l) => /^\d/.test(l));
  assert.equal(table.size, rows.length);
  assert.equal(table.get('190')?.quad, 4);
  assert.equal(table.get('057')?.quad, 1);
});

// Where the PLOVER manual's text and its conversion table differ, the text wins (see the head of codes.tsv).
const PLOVER_BY_MANUAL: readonly { code: string; type: string; mode: string }[] = [
  { code: '0831', type: 'RETREAT', mode: 'resign' },
  { code: '163', type: 'SANCTION', mode: 'discontinue' },
];

for (const c of PLOVER_BY_MANUAL) {
  test(`data files: CAMEO ${c.code} is PLOVER ${c.type} '${c.mode}'`, () => {
    const info = loadCameo(defaultDictionaryDir()).get(c.code);
    assert.deepEqual([info?.ploverType, info?.ploverMode], [c.type, c.mode]);
  });
}

test('data files: a missing codes.tsv or classes.txt is an error, not an empty table', () => {
  const dir = dictDir();
  assert.throws(() => loadCameo(dir), /^DictionaryError: \[DICT050\] dictionaries\/cameo\/codes\.tsv: required dictionary file cannot be read: ENOENT$/);
  cpSync(join(packageRoot(), 'testdata', 'fixtures', 'dictionaries'), dir, { recursive: true });
  rmSync(join(dir, 'verbs', 'classes.txt'));
  const cameo = loadCameo(defaultDictionaryDir());
  assert.throws(() => loadVerbDictionary(dir, cameo), /\[DICT050\] dictionaries\/verbs\/classes\.txt: required dictionary file cannot be read/);
  rmSync(dir, { recursive: true });
});

test('data files: a malformed fips.tsv line names its line', () => {
  const dir = dictDir();
  mkdirSync(join(dir, 'geo'));
  writeFileSync(join(dir, 'geo', 'fips.tsv'), '# iso fips name\nFRD\tFR\tFreedonia\nSYL SY Sylvania\n');
  assert.throws(() => loadFips(dir), (e: Error) => e.message === '[DICT056] dictionaries/geo/fips.tsv:3: expected ISO3<TAB>FIPS<TAB>name, got "SYL SY Sylvania"');
  writeFileSync(join(dir, 'geo', 'fips.tsv'), 'FRD\tFR\tFreedonia\n');
  assert.deepEqual([...loadFips(dir)], [['FRD', { fips: 'FR', name: 'Freedonia' }]]);
  rmSync(dir, { recursive: true });
});

// geo/places.tsv: a seat names the town it stands in; no other kind of place does.
const BAD_PLACES: readonly { text: string; message: string }[] = [
  { text: 'Grand Palace\tseat\tFRD\t10\t20\n', message: '[DICT084] dictionaries/geo/places.tsv:1: a seat needs the town it stands in (or -) after its other names' },
  { text: 'Fredonia City\tcapital\tFRD\t10\t20\t\tOld Town\n', message: '[DICT084] dictionaries/geo/places.tsv:1: only a seat names a town it stands in, got "Old Town"' },
  { text: 'Grand Palace\tseat\tFRD\t91\t20\t\tFredonia City\n', message: '[DICT082] dictionaries/geo/places.tsv:1: bad coordinates "91", "20"' },
];

for (const c of BAD_PLACES) {
  test(`data files: places.tsv line "${c.text.trim().replace(/\t/g, ' ')}" fails with ${c.message.slice(1, 8)}`, () => {
    const dir = dictDir();
    mkdirSync(join(dir, 'geo'));
    writeFileSync(join(dir, 'geo', 'places.tsv'), c.text);
    assert.throws(() => loadKnownPlaces(dir), (e: Error) => e.message === c.message);
    rmSync(dir, { recursive: true });
  });
}

test('data files: a seat keeps its town, "-" says it is a town of its own', () => {
  const dir = dictDir();
  mkdirSync(join(dir, 'geo'));
  writeFileSync(join(dir, 'geo', 'places.tsv'), 'Grand Palace\tseat\tFRD\t10\t20\tPalace\tFredonia City\nHoly Hill\tseat\t-\t10\t20\t\t-\n');
  const known = loadKnownPlaces(dir);
  assert.equal(known.get('palace')?.town, 'Fredonia City');
  assert.equal(known.get('holy hill')?.town, null);
  rmSync(dir, { recursive: true });
});
