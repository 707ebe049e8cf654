import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { realCoder } from '../../testdata/helpers.js';
import { defaultDictionaryDir } from '../paths.js';
import { parseEntryFile } from './lines.js';

test('officials data: no name stands for actors of two countries on the same date', () => {
  const rel = 'dictionaries/actors/officials.txt';
  const entries = parseEntryFile(rel, readFileSync(join(defaultDictionaryDir(), 'actors', 'officials.txt'), 'utf8'), 'name', new Set(['name', 'from', 'to', 'role']));
  const byName = new Map<string, { country: string; from: string; to: string; line: number }[]>();
  for (const e of entries) {
    const span = { country: e.code.slice(0, 3), from: e.fields.get('from')?.[0] ?? '0000-00-00', to: e.fields.get('to')?.[0] ?? '9999-12-31', line: e.line };
    for (const n of e.fields.get('name') ?? []) byName.set(n, [...(byName.get(n) ?? []), span]);
  }
  const clashes: string[] = [];
  for (const [name, spans] of byName) {
    spans.forEach((a, i) => spans.slice(i + 1).forEach((b) => {
      if (a.country !== b.country && a.from < b.to && b.from < a.to) clashes.push(`${name}: lines ${a.line} and ${b.line}`);
    }));
  }
  assert.deepEqual(clashes, []);
});

test('officials and agencies: a name takes the code of the role held on the publication date', () => {
  const cases: readonly { text: string; date: string; want: string }[] = [
    { text: 'James Comey', date: '2015-06-01', want: 'USACOP' },
    { text: 'Robert Mueller', date: '2005-06-01', want: 'USACOP' },
    { text: 'Robert Mueller', date: '2018-06-01', want: 'USAJUD' },
    { text: 'Janet Yellen', date: '2022-06-01', want: 'USAGOV' },
    { text: 'Moussa Faki', date: '2020-06-01', want: 'IGOAU' },
    { text: 'Ahmed Aboul Gheit', date: '2020-06-01', want: 'IGOARL' },
    { text: 'the FBI', date: '2020-06-01', want: 'USACOPFBI' },
    { text: 'the Justice Department', date: '2020-06-01', want: 'USAJUDDOJ' },
    { text: 'GCHQ', date: '2020-06-01', want: 'GBRSPYGCHQ' },
    { text: 'Dan Coats', date: '2014-06-01', want: 'USALEG' },
    { text: 'Dan Coats', date: '2018-06-01', want: 'USAGOV' },
  ];
  for (const c of cases) {
    const doc = realCoder().code({ id: 'x', text: `${c.text} spoke to reporters on Monday.`, publishedAt: c.date });
    const got = doc.mentions.find((m) => m.start === c.text.indexOf(c.text.replace(/^the /, '')))?.actor.code ?? null;
    assert.equal(got, c.want, `${c.text} on ${c.date}`);
  }
});
