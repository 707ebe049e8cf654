import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSegmenter } from '../segment/segment.js';
import type { Token } from '../../model/types.js';
import { compileCalendar, findDates } from './resolve.js';
import { loadLexicon } from '../../dictionaries/lexicon.js';
import { defaultDictionaryDir } from '../../paths.js';

const lexicon = loadLexicon(defaultDictionaryDir());
const seg = createSegmenter(lexicon);
const cal = compileCalendar(lexicon);
function tokens(text: string): Token[] {
  return seg.segment(text).tokens;
}

// Publication date 2020-07-09 is a Thursday.
const CASES: readonly { text: string; value: string | null; precision?: string }[] = [
  { text: 'They signed it on Wednesday.', value: '2020-07-08', precision: 'day' },
  { text: 'They signed it on Thursday.', value: '2020-07-09', precision: 'day' },
  { text: 'They met last Thursday.', value: '2020-07-02', precision: 'day' },
  { text: 'They met on Friday.', value: '2020-07-03', precision: 'day' },
  { text: 'They met yesterday.', value: '2020-07-08', precision: 'day' },
  { text: 'They met on March 3.', value: '2020-03-03', precision: 'day' },
  { text: 'They met on 3 March 2019.', value: '2019-03-03', precision: 'day' },
  { text: 'They met on Dec. 12.', value: '2019-12-12', precision: 'day' },
  { text: 'They met on August 2.', value: '2019-08-02', precision: 'day' },
  { text: 'They met last month.', value: '2020-06', precision: 'month' },
  { text: 'They met in May.', value: '2020-05', precision: 'month' },
  { text: 'They may meet.', value: null },
  { text: 'They met last year.', value: '2019', precision: 'year' },
  { text: 'They met three days ago.', value: '2020-07-06', precision: 'day' },
  { text: 'They will meet on July 20.', value: '2019-07-20', precision: 'day' },
];

for (const c of CASES) {
  test(`dates: ${c.text}`, () => {
    const t = tokens(c.text);
    const found = findDates(t, { from: 0, to: t.length }, '2020-07-09', cal);
    assert.equal(found[0]?.date.value ?? null, c.value);
    if (c.precision) assert.equal(found[0]?.date.precision, c.precision);
    for (const f of found) assert.ok(f.date.value <= '2020-07-09', 'never after publication');
  });
}
