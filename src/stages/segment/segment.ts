import type { Doc, Sentence, Span, Stage, Token } from '../../model/types.js';
import { MONTH_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './abbreviations.js';
import { matchKey } from '../../text/normalize.js';
import { createStatelessWink } from './wink.js';

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

/** A token under construction: abbreviation repair may still extend it. */
interface MutableToken {
  i: number;
  start: number;
  end: number;
  text: string;
  norm: string;
  lemma: string;
  pos: string;
  sentence: number;
}

const NON_ASCII = /[^\x00-\x7f]/;

function isAbbreviation(text: string): boolean {
  const k = text.toLowerCase();
  return TITLE_ABBREVIATIONS.has(k) || MONTH_ABBREVIATIONS.has(k);
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

function inSpans(a: number, b: number, spans: readonly Span[]): boolean {
  for (const s of spans) if (a < s.end && b > s.start) return true;
  return false;
}

/** Create the segmenter: loads the wink-nlp English model once (sentence boundaries and POS only). */
const POSSESSIVE = /^(.*[^'\u2019\s])['\u2019]s$/i;
/** Words whose "'s" is "is" or "us", not a possessive. */
const CONTRACTING = new Set(['it', 'he', 'she', 'that', 'what', 'there', 'here', 'who', 'where', 'how', 'let', 'when', 'why', 'this']);

export function createSegmenter(): Segmenter {
  const wink = createStatelessWink();

  function segment(text: string, skip: readonly Span[] = []): Segmentation {
    const { values, normals, pos, lemmas, sentences: spans } = wink.read(text);
    // Wink token indices that start a sentence.
    const startsSentence = new Uint8Array(values.length + 1);
    for (const sp of spans) startsSentence[sp[0] ?? 0] = 1;

    const tokens: MutableToken[] = [];
    const sentences: Sentence[] = [];
    let sentStart = 0;
    const close = (): void => {
      const head = tokens[sentStart];
      const tail = tokens[tokens.length - 1];
      if (head && tail && tokens.length > sentStart) {
        sentences.push({ index: sentences.length, start: head.start, end: tail.end, tokenStart: sentStart, tokenEnd: tokens.length });
      }
      sentStart = tokens.length;
    };
    let cursor = 0;
    let pendingBreak = false;
    for (let w = 0; w < values.length; w++) {
      const value = values[w] ?? '';
      let start = text.indexOf(value, cursor);
      if (start < 0 || start - cursor > 64) start = cursor; // wink altered the token: keep order
      const end = Math.min(text.length, start + value.length);
      cursor = end;
      if (startsSentence[w] === 1) pendingBreak = true;
      if (value.trim() === '') continue; // wink emits line breaks as tokens
      const prev = tokens[tokens.length - 1];
      // Line breaks always end a sentence: headlines, bylines and list items carry no period.
      if (prev !== undefined && hasNewline(text, prev.end, start)) pendingBreak = true;
      // "Maj" "." → "Maj." when wink split the abbreviation from its period; never a sentence end.
      if (value === '.' && prev !== undefined && prev.end === start && tokens.length > sentStart && isAbbreviation(prev.text)) {
        prev.end = end;
        prev.text += '.';
        prev.norm = prev.text.toLowerCase();
        prev.lemma = prev.norm;
        pendingBreak = false;
        continue;
      }
      if (pendingBreak) {
        // A boundary right after a title abbreviation ("Maj. | Gen. Bagheri") is a wrong split.
        const abbrev = prev !== undefined && !hasNewline(text, prev.end, start) && isAbbreviation(prev.text.replace(/\.$/, ''));
        if (!abbrev) close();
        pendingBreak = false;
      }
      if (skip.length > 0 && inSpans(start, end, skip)) continue;
      const normal = normals[w] ?? value.toLowerCase();
      const tag = pos[w] ?? 'X';
      // wink splits "Iran's" into "Iran" + "'s" until its lexicon cache has seen "iran's" whole; after
      // that it keeps one token. Splitting here makes a text's tokens independent of what came before.
      const poss = POSSESSIVE.exec(value);
      if (poss && poss[1] && !CONTRACTING.has(poss[1].toLowerCase()) && (tag === 'PROPN' || tag === 'NOUN')) {
        const base = poss[1];
        const baseNorm = base.toLowerCase();
        tokens.push({
          i: tokens.length, start, end: start + base.length, text: base,
          norm: NON_ASCII.test(baseNorm) ? matchKey(base) : baseNorm,
          lemma: baseNorm, pos: tag === 'PROPN' && base[0] === baseNorm[0] ? 'NOUN' : tag, sentence: sentences.length,
        });
        const tail = value.slice(base.length);
        tokens.push({ i: tokens.length, start: start + base.length, end, text: tail, norm: tail.toLowerCase(), lemma: tail.toLowerCase(), pos: 'PART', sentence: sentences.length });
        continue;
      }
      tokens.push({
        i: tokens.length, start, end, text: value,
        norm: NON_ASCII.test(normal) ? matchKey(value) : normal,
        lemma: lemmas[w] ?? normal, pos: tag, sentence: sentences.length,
      });
    }
    close();
    // Sentence indices were provisional while boilerplate could empty a sentence: renumber.
    for (const s of sentences) for (let t = s.tokenStart; t < s.tokenEnd; t++) {
      const tok = tokens[t];
      if (tok) tok.sentence = s.index;
    }
    return { tokens, sentences };
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
