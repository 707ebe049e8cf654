import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBoilerplate } from './boilerplate.js';

const CASES: readonly { line: string; rule: string | null }[] = [
  { line: 'Read  Official news agency: Freedonia attacked the airport', rule: 'teaser' },
  { line: 'Read also: Sylvania closes its border', rule: 'teaser' },
  { line: 'READ MORE: Talks collapse in Fredville', rule: 'teaser' },
  { line: 'By Jane Doe, Freedonia Daily News', rule: 'byline' },
  { line: 'By JANE DOE and John Roe', rule: 'byline' },
  { line: '(Photo: Getty Images)', rule: 'credit' },
  { line: 'Follow us on Twitter for more', rule: 'social' },
  { line: 'Readers in Sylvania reacted angrily to the decision, officials said on Monday.', rule: null },
  { line: 'By the end of the year, Freedonia had withdrawn its troops from the border region.', rule: null },
];

for (const c of CASES) {
  test(`clean: ${JSON.stringify(c.line.slice(0, 40))} -> ${c.rule ?? 'kept'}`, () => {
    const found = findBoilerplate(`First paragraph of the story.\n\n${c.line}\n\nLast paragraph.`);
    assert.deepEqual(found.map((f) => f.rule), c.rule ? [c.rule] : []);
  });
}

test('clean: a dateline prefix is skipped, the sentence after it is kept', () => {
  const text = 'FREDVILLE (Reuters) - Freedonia closed its border with Sylvania on Monday.';
  const [d] = findBoilerplate(text);
  assert.ok(d);
  assert.equal(d.rule, 'dateline');
  assert.equal(text.slice(d.end).trim().startsWith('Freedonia'), true);
});
