import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventDate } from '../../model/types.js';
import { earlierYear } from './dates.js';

// dates.earlier-year: a date in a calendar year before publication that ended more than two months before it.

const CASES: readonly { readonly date: EventDate['value']; readonly precision: EventDate['precision']; readonly pub: string; readonly want: boolean }[] = [
  { date: '2014', precision: 'year', pub: '2016-05-01', want: true },
  { date: '2015-03', precision: 'month', pub: '2016-05-01', want: true },
  { date: '2015-03-09', precision: 'day', pub: '2016-05-01', want: true },
  // The same year is news.
  { date: '2016-01', precision: 'month', pub: '2016-05-01', want: false },
  { date: '2016', precision: 'year', pub: '2016-05-01', want: false },
  // Last December read in January: recent, not background.
  { date: '2015-12', precision: 'month', pub: '2016-01-10', want: false },
  { date: '2015-12-28', precision: 'day', pub: '2016-01-10', want: false },
  { date: '2015', precision: 'year', pub: '2016-01-10', want: false },
  { date: '2015', precision: 'year', pub: '2016-03-10', want: true },
  { date: '2015-10-20', precision: 'day', pub: '2016-01-10', want: true },
];

for (const c of CASES) {
  test(`earlier-year: ${c.date} (${c.precision}) published ${c.pub} → ${c.want}`, () => {
    assert.equal(earlierYear({ value: c.date, precision: c.precision, basis: 'text' }, c.pub), c.want);
  });
}
