import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { dyad, FICTIONAL } from '../../testdata/ingest-helpers.js';
import type { EventGroup, StoredEvent } from '../model/stored.js';
import { exportDate, gdeltDateColumns } from './dates.js';

const ADDED = '2025-01-15T10:20:30.000Z';

/** Only the fields the date choice reads: the event's own date and its article's dates. */
function event(date: StoredEvent['date'], publishedAt: string | null): StoredEvent {
  return { date, article: { hash: 'h', id: 'a', title: null, url: null, source: null, publishedAt, addedAt: ADDED } } as unknown as StoredEvent;
}

describe('export dates', () => {
  const rows: { name: string; e: StoredEvent; want: ReturnType<typeof exportDate> }[] = [
    { name: 'a text date keeps its precision', e: event({ value: '2023-03', precision: 'month', basis: 'text' }, '2024-05-01'), want: { value: '2023-03', precision: 'month', basis: 'text' } },
    { name: 'a publication date', e: event({ value: '2024-05-01', precision: 'day', basis: 'publication' }, '2024-05-01'), want: { value: '2024-05-01', precision: 'day', basis: 'publication' } },
    { name: 'no event date: the article date', e: event(null, '2024-05-02'), want: { value: '2024-05-02', precision: 'day', basis: 'publication' } },
    { name: 'no date at all: the ingest day, said so', e: event(null, null), want: { value: '2025-01-15', precision: 'day', basis: 'ingest' } },
  ];
  for (const r of rows) it(r.name, () => assert.deepEqual(exportDate(r.e), r.want));

  const groups: { date: string | null; want: string[] }[] = [
    { date: '2024-02-29', want: ['20240229', '202402', '2024', '2024.2438'] },
    { date: '2023-03', want: ['20230301', '202303', '2023', '2023.2493'] },
    { date: '2023', want: ['20230101', '202301', '2023', '2023.0849'] },
    { date: null, want: ['20250115', '202501', '2025', '2025.1233'] },
  ];
  for (const g of groups) {
    it(`GDELT date columns for ${g.date ?? 'an undated event'}`, () => {
      assert.deepEqual(gdeltDateColumns({ date: g.date, firstAdded: ADDED } as unknown as EventGroup), g.want);
    });
  }
});

describe('exports of undated and month-precision events (real store)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-export-dates-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const db = join(dir, 'e.db');

  it('fills every date column and says where the date came from', async () => {
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, [
      { id: 'undated', text: 'Freedonia attacked Sylvania.' },
      { id: 'month', date: '2024-05-01', text: 'Osterlich condemned Sylvania in March 2024.' },
    ].map((r) => JSON.stringify(r)).join('\n') + '\n');
    const ing = await dyad(['ingest', input, '--db', db, '--dictionaries', FICTIONAL, '--quiet', '--jobs', '1']);
    assert.equal(ing.code, 0, ing.stderr);
    const today = new Date().toISOString().slice(0, 10);

    const csv = await dyad(['export', '--db', db, '--format', 'csv']);
    const [head, ...lines] = csv.stdout.trim().split('\n');
    assert.match(head ?? '', /^id,date,date_precision,date_basis,/);
    const cells = lines.map((l) => l.split(',').slice(1, 5).join(' ')).sort();
    assert.deepEqual(cells, ['2024-03 month text OST', `${today} day ingest FRD`]);

    const jl = await dyad(['export', '--db', db, '--format', 'jsonl']);
    const dates = jl.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { date: unknown }).date);
    assert.deepEqual(dates.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))), [
      { value: '2024-03', precision: 'month', basis: 'text' }, { value: today, precision: 'day', basis: 'ingest' }]);

    const out = join(dir, 'g.tsv');
    const gd = await dyad(['export', '--db', db, '--format', 'gdelt', '--out', out]);
    assert.equal(gd.code, 0, gd.stderr);
    const rows = readFileSync(out, 'utf8').trim().split('\n').map((l) => l.split('\t').slice(1, 4).join(' ')).sort();
    assert.deepEqual(rows, ['20240301 202403 2024', `${today.replace(/-/g, '')} ${today.slice(0, 7).replace('-', '')} ${today.slice(0, 4)}`]);
  });
});
