import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSegmentation, createSegmenter } from './segment.js';
import { loadLexicon } from '../../dictionaries/lexicon.js';
import { defaultDictionaryDir } from '../../paths.js';

const lexicon = loadLexicon(defaultDictionaryDir());
const seg = createSegmenter(lexicon);

const CASES: readonly { text: string; sentences: number }[] = [
  { text: 'The chief of staff, Maj. Gen. Mohammad Bagheri, signed the pact. It took effect.', sentences: 2 },
  { text: 'Lt. Col. Ann Smith met Dr. Jones in the U.S. capital on Monday. They talked.', sentences: 2 },
  { text: 'The U.S. said it would respond. Iran said nothing.', sentences: 2 },
  { text: 'Sen. Rand Paul and Rep. Ilhan Omar spoke on Jan. 5 in Washington.', sentences: 1 },
  { text: 'Headline without a period\n\nThe body starts here. And goes on.', sentences: 3 },
];

for (const c of CASES) {
  test(`segment: ${JSON.stringify(c.text.slice(0, 40))} has ${c.sentences} sentences`, () => {
    const r = seg.segment(c.text);
    assert.equal(r.sentences.length, c.sentences);
  });
}

test('segment: token offsets index the original text, abbreviations stay whole', () => {
  const text = 'Maj. Gen. Mohammad Bagheri visited Damascus\u2019s airport.';
  const r = seg.segment(text);
  for (const t of r.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(r.tokens.slice(0, 2).map((t) => t.text), ['Maj.', 'Gen.']);
});

// A text's reading must not depend on what the segmenter read before: wink-nlp learns every unseen
// word, its tokenizer then keeps a learned "freedonia’s" whole (changing the "’s" token and the
// lemma), and past enough learned words it reads a stray one as the lemma of "cannot".
const PROBES: readonly string[] = [
  'Freedonia’s army shelled a border post, Osterlich’s envoy said.',
  "Sylvania's navy and Fenwick's guards met; the Fenwick’s-led talks did not resume.",
  'Freedonia does not, and cannot, accept the Sylvania-backed plan.',
];
const WARM_UP: readonly string[] = [
  'Freedonia’s. Osterlich’s-led at Sylvania\'s, Fenwick\'s\' and Fenwick’s, again.',
  ...PROBES,
];

test('segment: a reading does not depend on earlier readings', () => {
  const fresh = PROBES.map((t) => createSegmenter(lexicon).segment(t));
  const warm = createSegmenter(lexicon);
  for (const t of WARM_UP) warm.segment(t);
  const words: string[] = [];
  for (let i = 0; i < 48_000; i++) words.push(`Zq${i.toString(36)}x`);
  for (let i = 0; i < words.length; i += 4000) warm.segment(words.slice(i, i + 4000).join(' '));
  PROBES.forEach((t, i) => assert.deepEqual(warm.segment(t), fresh[i], t));
});

// Class: words wink re-spells in its normal form ("vice" -> "vise", "through" -> "thru", British -> American).
// A token is matched by its own spelling, as the dictionaries write it; only contraction pieces are expanded.
const NORMS: readonly { text: string; norms: Record<string, string> }[] = [
  { text: 'Vice President Ann Lee went through Osterlich.', norms: { Vice: 'vice', through: 'through' } },
  { text: 'The defence minister criticised the programme.', norms: { defence: 'defence', criticised: 'criticised', programme: 'programme' } },
  { text: "Sylvania won't talk and they're angry.", norms: { wo: 'will', "n't": 'not', "'re": 'are' } },
];

for (const c of NORMS) {
  test(`segment: token norms of ${JSON.stringify(c.text.slice(0, 30))} keep the written spelling`, () => {
    const r = seg.segment(c.text);
    for (const [text, norm] of Object.entries(c.norms)) assert.equal(r.tokens.find((t) => t.text === text)?.norm, norm, text);
  });
}

// Class: one form, two tags, two lemmas. A form read first as a noun keeps its verb lemma when it later
// stands as a verb (and the other way round): the lemma is a function of the form and its tag alone.
const LEMMAS: readonly { text: string; word: string; lemma: string }[] = [
  { text: 'The leaves fell in Osterlich.', word: 'leaves', lemma: 'leaf' },
  { text: 'Ann leaves Osterlich today.', word: 'leaves', lemma: 'leave' },
  { text: 'The saws were sharp.', word: 'saws', lemma: 'saw' },
  { text: 'Ann saw the meeting.', word: 'saw', lemma: 'see' },
  { text: "Ann can’t and WON'T agree.", word: 'WO', lemma: 'will' },
];
test('segment: lemmas follow each reading’s tags, in any reading order', () => {
  const shared = createSegmenter(lexicon);
  for (const c of [...LEMMAS, ...[...LEMMAS].reverse()]) {
    const t = shared.segment(c.text).tokens.find((x) => x.text === c.word);
    assert.equal(t?.lemma, c.lemma, c.text);
  }
});

// buildSegmentation on hand-built wink readings: what the builder itself adds to wink's tokens.
const words = { TITLE_ABBREVIATIONS: new Set(['gen']), MONTH_ABBREVIATIONS: new Set(['jan']), CONTRACTING: new Set(['it']) };
const BUILD_CASES: readonly { name: string; text: string; values: string[]; pos: string[]; sentences: number[][]; tokens: string[]; norms?: string[]; sentenceCount: number }[] = [
  {
    name: 'a title abbreviation takes back its period and is no sentence end',
    text: 'Gen. Kovac left.', values: ['Gen', '.', 'Kovac', 'left', '.'], pos: ['PROPN', 'PUNCT', 'PROPN', 'VERB', 'PUNCT'],
    sentences: [[0, 1], [2, 4]], tokens: ['Gen.', 'Kovac', 'left', '.'], sentenceCount: 1,
  },
  {
    name: "a noun's possessive is split off; a contracting pronoun's is not",
    text: "Osterlich's envoy said it's over.", values: ["Osterlich's", 'envoy', 'said', "it's", 'over', '.'],
    pos: ['PROPN', 'NOUN', 'VERB', 'PRON', 'ADV', 'PUNCT'], sentences: [[0, 5]],
    tokens: ['Osterlich', "'s", 'envoy', 'said', "it's", 'over', '.'], sentenceCount: 1,
  },
  {
    name: 'a line break ends a sentence that has no period; a blank token is dropped',
    text: 'Talks end\nSylvania wins', values: ['Talks', 'end', '\n', 'Sylvania', 'wins'], pos: ['NOUN', 'VERB', 'SPACE', 'PROPN', 'VERB'],
    sentences: [[0, 4]], tokens: ['Talks', 'end', 'Sylvania', 'wins'], norms: ['talks', 'end', 'sylvania', 'wins'], sentenceCount: 2,
  },
];

for (const c of BUILD_CASES) {
  test(`buildSegmentation: ${c.name}`, () => {
    const reading = { values: c.values, normals: c.values.map((v) => v.toLowerCase()), pos: c.pos, lemmas: c.values.map(() => undefined), sentences: c.sentences };
    const r = buildSegmentation(c.text, reading, { skip: [], words });
    assert.deepEqual(r.tokens.map((t) => t.text), c.tokens);
    for (const t of r.tokens) assert.equal(c.text.slice(t.start, t.end), t.text);
    if (c.norms) assert.deepEqual(r.tokens.map((t) => t.norm), c.norms);
    assert.equal(r.sentences.length, c.sentenceCount);
  });
}
