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
  // Teaser words that also open prose: a sentence is kept, a link label is not.
  { line: 'More than 40 people have been arrested in Fredville since the protests began, officials said.', rule: null },
  { line: 'Listen to more of the interview with the Freedonian president on Morning Radio.', rule: 'teaser' },
  { line: 'More On This...', rule: 'teaser' },
  { line: 'See the photos.', rule: 'teaser' },
  { line: 'More: Sylvania closes its border', rule: 'teaser' },
  { line: "WATCH Freedonia's president speaks in Fredville", rule: 'teaser' },
  { line: 'Watch: the Freedonian president speaks.', rule: 'teaser' },
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

/** Page chrome run into prose: what is skipped, and that the prose around it is kept. */
const INLINE: readonly { name: string; text: string; skipped: readonly string[] }[] = [
  { name: 'a hover card glued into a name, up to its MORE',
    text: 'Prime Minister Vell Ardent Lise Vell ArdentFredville court blocks port tax Sylvan Party picks leader MORE said on Monday that Freedonia would close the border.',
    skipped: ['Lise Vell ArdentFredville court blocks port tax Sylvan Party picks leader MORE'] },
  { name: 'a widget word between two sentences',
    text: 'Freedonia closed the border on Monday. Advertisement Sylvania protested the decision.',
    skipped: ['Advertisement '] },
  { name: 'a share prompt before the first sentence',
    text: 'Share this article Osterlich condemned the raid on Tuesday, its foreign ministry said.',
    skipped: ['Share this article '] },
  { name: 'a run-in photo credit up to its agency',
    text: 'Photo: Jane Doe / Getty Images Freedonian troops crossed into Sylvania overnight, officials said.',
    skipped: ['Photo: Jane Doe / Getty Images'] },
  { name: 'a caption sentence closed by a bracketed credit, run into the story',
    text: 'Freedonia withdrew its envoy on Monday. Protesters gather outside the palace in Fredville. (Photo: J. Roe/Getty Images) Sylvania said it regretted the move.',
    skipped: ['Protesters gather outside the palace in Fredville. (Photo: J. Roe/Getty Images)'] },
  { name: 'prose about advertisements is prose',
    text: 'Freedonia banned the advertisement after Sylvania complained. Share prices fell in Fredville.',
    skipped: [] },
  { name: 'an upper-case word in prose is not a card without MORE',
    text: 'The McAllister family left Freedonia for Sylvania in June.',
    skipped: [] },
];

for (const c of INLINE) {
  test(`clean inline: ${c.name}`, () => {
    const found = findBoilerplate(c.text);
    assert.deepEqual(found.map((f) => c.text.slice(f.start, f.end)), c.skipped);
  });
}

const CAPTIONS: readonly { line: string; rule: string | null }[] = [
  { line: 'Image copyright Example Agency Image caption Vell Ardent is expected to be named envoy to Sylvania', rule: 'caption' },
  { line: 'A border post near Fredville, 3 March 2024. (Photo: Jane Doe/Example Wire)', rule: 'caption' },
  { line: 'Enlarge this image toggle caption Jane Doe/Example Wire Jane Doe/Example Wire', rule: 'caption' },
  { line: 'Freedonia accused Sylvania of shelling the town (a claim Sylvania denies).', rule: null },
  // A caption closed by a square-bracketed photographer/agency credit, with or without "File:".
  { line: 'The Sylvanian consulate was stormed by protesters in Fredville earlier this week [File: Jane Doe/Example Wire]', rule: 'caption' },
  { line: 'A group of young men walk from the main square to the bridge [Jane Doe/Example Wire]', rule: 'caption' },
  { line: 'Freedonia rejected the plan [see below] and the talks ended.', rule: null },
  { line: 'The minister said the deal was "done" [and/or signed].', rule: null },
  // A slideshow pasted as one line, its captions closed by counters.
  { line: 'Photos: Crisis in Sylvania Troops patrol Fredville on Monday. Hide Caption 1 of 12 Photos: Crisis in Sylvania Freedonia sent aid. Hide Caption 2 of 12', rule: 'gallery' },
  // A video player's link: player words and a running time.
  { line: 'JUST WATCHED Freedonia warns Sylvania Replay More Videos ... MUST WATCH Freedonia warns Sylvania 04:02', rule: 'player' },
  { line: 'Freedonia said it would watch the talks, which began at 10:30', rule: null },
];

for (const c of CAPTIONS) {
  test(`clean caption: ${JSON.stringify(c.line.slice(0, 40))} -> ${c.rule ?? 'kept'}`, () => {
    const found = findBoilerplate(`First paragraph of the story.\n\n${c.line}\n\nLast paragraph.`);
    assert.deepEqual(found.map((f) => f.rule), c.rule ? [c.rule] : []);
  });
}
