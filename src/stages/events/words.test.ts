import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention, Token } from '../../model/types.js';
import { CUE, REQUIRED, SAY_FORM, TRIGGER, classifyTokens, compileWordClasses, insideName } from './words.js';

/** A token with the given form and lemma (the rest does not matter to the classes). */
function tok(i: number, norm: string, lemma = norm): Token {
  return { i, start: i, end: i + 1, text: norm, norm, lemma, pos: 'X', sentence: 0 };
}

const classes = compileWordClasses({
  triggers: new Set(['attack', 'say', 'talks']),
  cues: new Set(['that', ',', 'and']),
  sayForms: new Set(['said', 'says']),
  required: new Set(['sanction', 'that']),
});

test('word classes: one lookup per form gives every class it belongs to; a lemma adds the trigger and required classes only', () => {
  const rows: readonly [Token, number][] = [
    [tok(0, 'attacked', 'attack'), TRIGGER],
    [tok(0, 'attack'), TRIGGER],
    [tok(0, 'talks', 'talk'), TRIGGER],
    [tok(0, 'said', 'say'), TRIGGER | SAY_FORM],
    [tok(0, 'that'), CUE | REQUIRED],
    // A required word counts by its form or by its lemma, as patterns match either.
    [tok(0, 'sanctions', 'sanction'), REQUIRED],
    [tok(0, 'sanction'), REQUIRED],
    [tok(0, 'the'), 0],
    // A lemma that is a cue word or a form of saying does not make its token one: those classes are of forms.
    [tok(0, 'ands', 'and'), 0],
    [tok(0, 'saids', 'said'), 0],
  ];
  for (const [t, want] of rows) {
    const out = new Uint8Array(1);
    classifyTokens([t], { from: 0, to: 1 }, classes, out);
    assert.equal(out[0], want, `${t.norm}/${t.lemma}`);
  }
});

test('word classes: only the range asked for is written', () => {
  const ts = [tok(0, 'attack'), tok(1, 'that'), tok(2, 'said', 'say')];
  const out = new Uint8Array(3).fill(255);
  classifyTokens(ts, { from: 1, to: 2 }, classes, out);
  assert.deepEqual([...out], [255, CUE | REQUIRED, 255]);
});

test('hits.inside-name: a word inside a multi-word country, organisation or person name after its first word is no trigger', () => {
  const mention = (tokenStart: number, tokenEnd: number, rule: string): Mention =>
    ({ id: tokenStart, sentence: 0, tokenStart, tokenEnd, start: tokenStart, end: tokenEnd, text: '', actor: { code: 'X' }, rule: { file: 'f', line: 1, id: rule }, modifier: false });
  const ms = [mention(2, 4, 'country.USA'), mention(5, 8, 'org.NGOLBW'), mention(9, 11, 'agent.GOV.police'), mention(12, 14, 'official.FRDGOV.rufus')];
  const rows: readonly [number, boolean][] = [[2, false], [3, true], [6, true], [7, true], [8, false], [10, false], [13, true]];
  for (const [i, want] of rows) assert.equal(insideName(ms, i), want, `token ${i}`);
});
