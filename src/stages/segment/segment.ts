import type { Doc, Sentence, Span, Stage, Token } from '../../model/types.js';
import type { Lexicon } from '../../dictionaries/lexicon.js';
import { matchKey } from '../../text/normalize.js';
import { createStatelessWink, type WinkReading } from './wink.js';

/** Tokens and sentences of a text, offsets into it; boilerplate spans are left out. */
export interface Segmentation {
  readonly tokens: Token[];
  readonly sentences: Sentence[];
}

/** The wink-nlp backed tokenizer/tagger, created once. */
export interface Segmenter {
  /** Tokenise, tag and split a text into sentences, skipping tokens inside `skip` spans. */
  segment(text: string, skip?: readonly Span[]): Segmentation;
  /** Tokenise only, for compiling dictionary phrases the same way text is tokenised. */
  tokenize(text: string): string[];
}

/**
 * A token under construction: abbreviation repair may still extend it. Made by a constructor, not an
 * object literal: V8 may decide while running to allocate a literal's objects straight in the old
 * generation once most of them outlive a minor collection (as an article's tokens do), and segmenting
 * then ran three to four times slower in some processes than in others.
 */
class MutableToken implements Token {
  declare i: number;
  declare start: number;
  declare end: number;
  declare text: string;
  declare norm: string;
  declare lemma: string;
  declare pos: string;
  declare sentence: number;
  constructor(at: { readonly i: number; readonly start: number; readonly end: number }, text: string, norm: string, tags: { readonly lemma: string; readonly pos: string; readonly sentence: number }) {
    this.i = at.i;
    this.start = at.start;
    this.end = at.end;
    this.text = text;
    this.norm = norm;
    this.lemma = tags.lemma;
    this.pos = tags.pos;
    this.sentence = tags.sentence;
  }
}

/**
 * A copy of a segmenter token with another tag and lemma, of the same class: later stages read tokens in hot
 * loops, and a token of a second object shape among them makes every such read polymorphic.
 */
export function retagged(t: Token, tags: { readonly pos: string; readonly lemma: string }): Token {
  return new MutableToken({ i: t.i, start: t.start, end: t.end }, t.text, t.norm, { lemma: tags.lemma, pos: tags.pos, sentence: t.sentence });
}

/** Whether a word is plain ASCII (a loop: cheaper than a regex call for the short strings tokens are). */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** Whether wink token `w` is a piece of a contraction: it holds an apostrophe, or the next piece starts with one ("wo" + "n't"). */
function contractionPiece(values: readonly string[], w: number): boolean {
  const v = values[w] ?? '';
  if (v.includes("'") || v.includes('\u2019')) return true;
  // Char tests, not regexes: this runs for every token of every text.
  const next = values[w + 1] ?? '';
  const c0 = next.charCodeAt(0);
  if (c0 === 39 || c0 === 0x2019) return true;
  const c1 = next.charCodeAt(1);
  return next.length === 3 && (c0 | 32) === 110 && (c1 === 39 || c1 === 0x2019) && (next.charCodeAt(2) | 32) === 116;
}

/** Whether a token is only white space (what `trim() === ''` says, without the copy). */
function isBlank(v: string): boolean {
  const c = v.charCodeAt(0);
  return c > 32 && c < 127 ? false : v.trim() === '';
}

/** The word classes the segmenter reads (lexicon/segment.txt and the month abbreviations of dates.txt). */
export type SegmenterWords = Pick<Lexicon, 'TITLE_ABBREVIATIONS' | 'MONTH_ABBREVIATIONS' | 'CONTRACTING'>;

/** Whether a token (without its period) is a title or month abbreviation. */
function isAbbreviation(words: SegmenterWords, text: string): boolean {
  const k = text.toLowerCase();
  return !k.endsWith('.') && (words.TITLE_ABBREVIATIONS.has(k) || words.MONTH_ABBREVIATIONS.has(k));
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

function inSpans(a: number, b: number, spans: readonly Span[]): boolean {
  for (const s of spans) if (a < s.end && b > s.start) return true;
  return false;
}

/**
 * `value` lower-cased, or `same` when that is what lower-casing gives: most tokens are plain ASCII
 * whose wink normal is exactly that, and reusing it spares a string per token.
 */
function lowerCase(value: string, same: string): string {
  if (value.length !== same.length) return value.toLowerCase();
  for (let i = 0; i < value.length; i++) {
    let c = value.charCodeAt(i);
    if (c > 127) return value.toLowerCase();
    if (c >= 65 && c <= 90) c += 32;
    if (c !== same.charCodeAt(i)) return value.toLowerCase();
  }
  return same;
}

/** Where `value` first occurs in `text` at or after `from`: tokens mostly start there or one space on. */
function findToken(text: string, value: string, from: number): number {
  if (text.startsWith(value, from)) return from;
  if (text.startsWith(value, from + 1)) return from + 1;
  return text.indexOf(value, from);
}

const POSSESSIVE = /^(.*[^'\u2019\s])['\u2019]s$/i;


/** Builds tokens and sentences from wink's tokens in one pass; `pendingBreak` is a sentence end not yet taken. */
class SegmentationBuilder {
  readonly tokens: MutableToken[] = [];
  readonly sentences: Sentence[] = [];
  private sentStart = 0;
  private pendingBreak = false;

  // wink's parallel per-token arrays, held as fields: `add` runs for every token of every text.
  private readonly values: readonly string[];
  private readonly normals: readonly string[];
  private readonly pos: readonly string[];
  private readonly lemmas: readonly (string | undefined)[];

  /** `starts`: 1 at each wink token that begins a sentence. */
  constructor(private readonly text: string, private readonly skip: readonly Span[], reading: WinkReading, private readonly starts: Uint8Array, private readonly words: SegmenterWords) {
    this.values = reading.values;
    this.normals = reading.normals;
    this.pos = reading.pos;
    this.lemmas = reading.lemmas;
  }

  /** Close the sentence under construction, if it has any token. */
  close(): void {
    const head = this.tokens[this.sentStart];
    const tail = this.tokens[this.tokens.length - 1];
    if (head && tail && this.tokens.length > this.sentStart) {
      this.sentences.push({ index: this.sentences.length, start: head.start, end: tail.end, tokenStart: this.sentStart, tokenEnd: this.tokens.length });
    }
    this.sentStart = this.tokens.length;
  }

  /** Read wink token `w`, found at [start, end) of the text. */
  add(w: number, start: number, end: number): void {
    const values = this.values;
    const value = values[w] ?? '';
    if (this.starts[w] === 1) this.pendingBreak = true;
    if (isBlank(value)) return; // wink emits line breaks as tokens
    const n = this.tokens.length;
    const prev = n > 0 ? this.tokens[n - 1] : undefined;
    // Line breaks always end a sentence: headlines, bylines and list items carry no period.
    const brokenLine = prev !== undefined && hasNewline(this.text, prev.end, start);
    if (brokenLine) this.pendingBreak = true;
    if (value === '.' && this.joinAbbreviation(prev, start, end)) return;
    if (this.pendingBreak) {
      // A boundary right after a title abbreviation ("Maj. | Gen. Bagheri") is a wrong split.
      const abbrev = prev !== undefined && !brokenLine && isAbbreviation(this.words, prev.text.replace(/\.$/, ''));
      if (!abbrev) this.close();
      this.pendingBreak = false;
    }
    if (this.skip.length > 0 && inSpans(start, end, this.skip)) return;
    const tag = this.pos[w] ?? 'X';
    if (this.splitPossessive(value, tag, start, end)) return;
    const respelt = this.normals[w] ?? value.toLowerCase();
    // wink's normal form re-spells words ("vice" -> "vise", "through" -> "thru", "defence" -> "defense") that the
    // dictionaries write as they are; only a contraction's pieces ("n't", "'re", "wo" of "won't") take it.
    // Most tokens' normal is their lower case: then the contraction test cannot change anything.
    const lowered = lowerCase(value, respelt);
    const normal = lowered === respelt || !contractionPiece(values, w) ? lowered : respelt;
    this.tokens.push(new MutableToken({ i: n, start, end }, value, isAscii(normal) ? normal : matchKey(value), { lemma: this.lemmas[w] ?? respelt, pos: tag, sentence: this.sentences.length }));
  }

  /** "Maj" "." → "Maj." when wink split the abbreviation from its period; never a sentence end. */
  private joinAbbreviation(prev: MutableToken | undefined, start: number, end: number): boolean {
    if (prev === undefined || prev.end !== start || this.tokens.length <= this.sentStart || !isAbbreviation(this.words, prev.text)) return false;
    prev.end = end;
    prev.text += '.';
    prev.norm = prev.text.toLowerCase();
    prev.lemma = prev.norm;
    this.pendingBreak = false;
    return true;
  }

  /**
   * wink splits "Iran's" into "Iran" + "'s" until its lexicon cache has seen "iran's" whole; after that
   * it keeps one token. Splitting here makes a text's tokens independent of what came before.
   */
  private splitPossessive(v: string, tag: string, start: number, end: number): boolean {
    // Cheap shape test first: only a word ending in 's / ’s can be a possessive.
    const q = v.charCodeAt(v.length - 2);
    if (v.length < 3 || (q !== 39 && q !== 0x2019) || (v.charCodeAt(v.length - 1) | 32) !== 115) return false;
    const poss = POSSESSIVE.exec(v);
    if (!poss || !poss[1] || this.words.CONTRACTING.has(poss[1].toLowerCase()) || (tag !== 'PROPN' && tag !== 'NOUN')) return false;
    const base = poss[1];
    const baseNorm = base.toLowerCase();
    const sentence = this.sentences.length;
    const pos = tag === 'PROPN' && base[0] === baseNorm[0] ? 'NOUN' : tag;
    this.tokens.push(new MutableToken({ i: this.tokens.length, start, end: start + base.length }, base, isAscii(baseNorm) ? baseNorm : matchKey(base), { lemma: baseNorm, pos, sentence }));
    const tail = v.slice(base.length);
    this.tokens.push(new MutableToken({ i: this.tokens.length, start: start + base.length, end }, tail, tail.toLowerCase(), { lemma: tail.toLowerCase(), pos: 'PART', sentence }));
    return true;
  }

  /** Close the last sentence and renumber: indices were provisional while boilerplate could empty a sentence. */
  finish(): Segmentation {
    this.close();
    for (const s of this.sentences) for (let t = s.tokenStart; t < s.tokenEnd; t++) {
      const tok = this.tokens[t];
      if (tok) tok.sentence = s.index;
    }
    return { tokens: this.tokens, sentences: this.sentences };
  }
}

/**
 * Tokens and sentences of `text` from wink's reading of it: offsets into the text, abbreviations and
 * possessives repaired, line breaks as sentence ends, tokens inside `skip` spans left out.
 */
export function buildSegmentation(text: string, reading: WinkReading, opts: { readonly skip: readonly Span[]; readonly words: SegmenterWords }): Segmentation {
  const { values } = reading;
  const starts = new Uint8Array(values.length + 1);
  for (const sp of reading.sentences) starts[sp[0] ?? 0] = 1;
  const b = new SegmentationBuilder(text, opts.skip, reading, starts, opts.words);
  let cursor = 0;
  for (let w = 0; w < values.length; w++) {
    const value = values[w] ?? '';
    let start = findToken(text, value, cursor);
    if (start < 0 || start - cursor > 64) start = cursor; // wink altered the token: keep order
    const end = Math.min(text.length, start + value.length);
    cursor = end;
    b.add(w, start, end);
  }
  return b.finish();
}

/** Create the segmenter: loads the wink-nlp English model once (sentence boundaries and POS only). */
export function createSegmenter(words: SegmenterWords): Segmenter {
  const wink = createStatelessWink();

  function segment(text: string, skip: readonly Span[] = []): Segmentation {
    return buildSegmentation(text, wink.read(text), { skip, words });
  }

  function tokenize(text: string): string[] {
    return segment(text).tokens.map((t) => t.text);
  }

  return { segment, tokenize };
}

/** The segment stage: fills sentences and tokens, skipping boilerplate spans. */
export function createSegmentStage(segmenter: Segmenter): Stage {
  return {
    name: 'segment',
    version: '4',
    run(doc: Doc): Doc {
      const { tokens, sentences } = segmenter.segment(doc.article.text, doc.boilerplate);
      return { ...doc, tokens, sentences };
    },
  };
}
