import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention, Token } from '../../model/types.js';
import { nameTokens } from './name-tokens.js';
import { bundledDyads } from '../../../testdata/helpers.js';

// actor.name-tokens: a word of a recognised name that the tagger read as a verb is a noun.

/** Hand-built tokens: one per word, "word/POS". */
function tokensOf(words: string): Token[] {
  let at = 0;
  return words.split(' ').map((w, i) => {
    const [text = '', pos = ''] = w.split('/');
    const t = { i, start: at, end: at + text.length, text, norm: text.toLowerCase(), lemma: text.toLowerCase(), pos, sentence: 0 };
    at += text.length + 1;
    return t;
  });
}

/** A mention over tokens [from, to). */
function mention(from: number, to: number): Mention {
  return { id: 0, sentence: 0, tokenStart: from, tokenEnd: to, start: 0, end: 0, text: '', actor: { code: 'NGOLBW', sector: 'NGO' }, rule: { file: 'x', line: 1, id: 'x' }, modifier: false };
}

const UNIT: readonly { readonly words: string; readonly span: readonly [number, number]; readonly want: string }[] = [
  // A capitalised word of a name of two words.
  { words: 'Liberty/PROPN Watch/VERB urged/VERB', span: [0, 2], want: 'PROPN PROPN VERB' },
  // An acronym alone.
  { words: 'WS/AUX fighters/NOUN attacked/VERB', span: [0, 1], want: 'PROPN NOUN VERB' },
  // A lone common noun keeps its reading.
  { words: 'police/VERB the/DET streets/NOUN', span: [0, 1], want: 'VERB DET NOUN' },
  // A lower-case word of a name is not retagged.
  { words: 'president-elect/VERB spoke/VERB', span: [0, 1], want: 'VERB VERB' },
];

for (const c of UNIT) {
  test(`actor.name-tokens (tokens): ${c.words}`, () => {
    const tokens = tokensOf(c.words);
    const out = nameTokens(tokens, [mention(c.span[0], c.span[1])]);
    assert.equal(out.map((t) => t.pos).join(' '), c.want);
    // Nothing to retag: the same array comes back.
    if (c.want === tokens.map((t) => t.pos).join(' ')) assert.equal(out, tokens);
  });
}

const CODED: readonly { readonly text: string; readonly want: readonly string[] }[] = [
  // "Watch" read as a verb made "urged" a participle before a noun ("accused criminals").
  { text: 'Liberty Watch urged Sylvania to release the prisoners.', want: ['NGOLBW>0253>SYL'] },
];

for (const c of CODED) {
  test(`actor.name-tokens (coded): ${c.text}`, () => {
    assert.deepEqual(bundledDyads(c.text), c.want);
  });
}
