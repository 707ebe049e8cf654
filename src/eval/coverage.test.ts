import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fictionalCoder } from '../../testdata/helpers.js';
import { loadVerbDictionary } from '../dictionaries/verbs.js';
import { loadCameo } from '../dictionaries/cameo.js';
import { defaultDictionaryDir, packageRoot } from '../paths.js';
import { createCoverage, type CoverageReport } from './coverage.js';
import { cueWords, leafCodes } from './coverage-codes.js';

const FIXTURE = join(packageRoot(), 'testdata', 'fixtures', 'dictionaries');
const cameo = loadCameo(defaultDictionaryDir());
const verbs = loadVerbDictionary(FIXTURE, cameo);

function coverageOf(texts: readonly string[], isPlace?: (k: string) => boolean): CoverageReport {
  const c = createCoverage({ verbs, cameo, ...(isPlace ? { isPlace } : {}) });
  texts.forEach((text, i) => c.add(fictionalCoder().code({ id: String(i), text, publishedAt: '1933-06-01' })));
  return c.report(50);
}

test('coverage: sentences with two or more actors and no event, keyed by main verb', () => {
  const cases: readonly { text: string; want: Record<string, number> }[] = [
    { text: 'Freedonia and Sylvania watched the parade.', want: { watch: 1 } },
    { text: 'Freedonia condemned Sylvania.', want: {} },
    // The verb of saying gives way to the verb of its complement, where the event would be.
    { text: 'Osterlich said Freedonia admired Sylvania.', want: { admire: 1 } },
    { text: 'Freedonia said that Sylvania was tired.', want: { say: 1 } },
    // One actor twice is no pair.
    { text: 'Freedonia admired Freedonia.', want: {} },
    { text: 'Freedonia watched Sylvania. Osterlich watched Freedonia.', want: { watch: 2 } },
  ];
  for (const c of cases) {
    const r = coverageOf([c.text]);
    const got = Object.fromEntries(r.silentByVerb.map((row) => [row.key, row.count]));
    assert.deepEqual(got, c.want, c.text);
    assert.equal(r.silentSentences, Object.values(c.want).reduce((a, b) => a + b, 0), c.text);
  }
});

test('coverage: capitalised phrases that no actor entry covers', () => {
  const cases: readonly { text: string; want: readonly string[] }[] = [
    { text: 'Freedonia praised the Marx Brothers Company on Monday.', want: ['Marx Brothers Company'] },
    { text: 'The Ministry of Mirth met Sylvania.', want: ['Ministry of Mirth'] },
    { text: 'Mr. Groucho visited Fredville in March.', want: ['Groucho'] },
    { text: '"We thank Freedonia," the Sylvanian president said.', want: [] },
    { text: 'Rufus T. Firefly spoke to the League of Unity.', want: [] },
    { text: 'Freedonia and the Zeppo Front of Chico fought.', want: ['Zeppo Front of Chico'] },
  ];
  for (const c of cases) assert.deepEqual(coverageOf([c.text]).unknownNames.map((r) => r.key), c.want, c.text);
  const placed = coverageOf(['Freedonia praised Duck Soup.'], (k) => k === 'Duck Soup');
  assert.deepEqual(placed.unknownNames.map((r) => [r.key, r.note]), [['Duck Soup', 'place']]);
});

test('coverage: CAMEO leaf codes with no pattern, reached only by recoding, or never fired', () => {
  const r = coverageOf(['Freedonia and Sylvania signed a treaty.', 'Sylvanian protesters began a hunger strike against Freedonia.']);
  const note = (code: string): string | undefined => r.silentCodes.find((row) => row.key.startsWith(`${code} `))?.note;
  assert.equal(note('057'), undefined, 'fired');
  assert.equal(note('0353'), 'never fired');
  assert.equal(note('1384'), 'via threat of 190');
  assert.equal(note('1423'), 'no pattern');
  const hunger = r.silentCodes.find((row) => row.key.startsWith('1423 '));
  assert.equal(hunger?.count, 1);
  assert.match(hunger?.example ?? '', /hunger strike/);
  const order = r.silentCodes.map((row) => row.note === 'no pattern' ? 0 : row.note.startsWith('via') ? 1 : 2);
  assert.deepEqual(order, [...order].sort((a, b) => a - b), 'no pattern first, then recoded, then never fired');
});

test('coverage: cue words and leaf codes', () => {
  assert.deepEqual(cueWords('Conduct hunger strike for rights'), ['hunge', 'strik', 'right']);
  assert.deepEqual(cueWords('Make statement, not specified below'), ['state']);
  const leaves = new Set(leafCodes(cameo));
  assert.ok(leaves.has('0211') && leaves.has('057') && !leaves.has('05') && !leaves.has('021'));
});
