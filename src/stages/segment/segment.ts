import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Doc, Sentence, Span, Stage, Token } from '../../model/types.js';
import { MONTH_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './abbreviations.js';
import { matchKey } from './normalize.js';

/** A plain token before sentence assignment. */
export interface RawToken {
  start: number;
  end: number;
  text: string;
  pos: string;
  lemma: string;
}

/** Tokens and sentence token-ranges for a text, before boilerplate removal. */
export interface Segmentation {
  readonly tokens: RawToken[];
  /** Token index where each sentence starts; sentences end where the next starts. */
  readonly sentenceStarts: number[];
}

/** The wink-nlp backed tokenizer/tagger, created once. */
export interface Segmenter {
  /** Tokenise, tag and split a text into sentences (offsets into `text`). */
  segment(text: string): Segmentation;
  /** Tokenise only, for compiling dictionary phrases the same way text is tokenised. */
  tokenize(text: string): string[];
}

/** Create the segmenter: loads the wink-nlp English model once. */
export function createSegmenter(): Segmenter {
  const nlp = winkNLP(model);
  const its = nlp.its;

  function segment(text: string): Segmentation {
    const doc = nlp.readDoc(text);
    const values = doc.tokens().out(its.value) as string[];
    const pos = doc.tokens().out(its.pos) as string[];
    const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
    const spans = doc.sentences().out(its.span) as unknown as number[][];
    const tokens: RawToken[] = [];
    // Map wink token index -> our token index (merging abbreviations shifts them).
    const remap = new Int32Array(values.length + 1);
    let cursor = 0;
    for (let w = 0; w < values.length; w++) {
      const value = values[w] ?? '';
      let start = text.indexOf(value, cursor);
      if (start < 0 || start - cursor > 64) start = cursor; // wink altered the token: keep order
      const end = Math.min(text.length, start + value.length);
      cursor = end;
      const prev = tokens[tokens.length - 1];
      // "Maj" "." → "Maj." when wink split the abbreviation from its period.
      if (value === '.' && prev !== undefined && prev.end === start && isAbbreviation(prev.text)) {
        prev.end = end;
        prev.text += '.';
        prev.lemma = prev.text.toLowerCase();
        remap[w] = tokens.length - 1;
        continue;
      }
      remap[w] = tokens.length;
      if (value.trim() === '') continue; // wink emits line breaks as tokens
      tokens.push({ start, end, text: value, pos: pos[w] ?? 'X', lemma: lemmas[w] ?? value.toLowerCase() });
    }
    remap[values.length] = tokens.length;
    const starts: number[] = [];
    for (const span of spans) {
      const first = span[0] ?? 0;
      const t = remap[first] ?? 0;
      const prevTok = tokens[t - 1];
      // A boundary right after a title abbreviation ("Maj. | Gen. Bagheri") is a wrong split.
      if (starts.length > 0 && prevTok !== undefined && isAbbreviation(prevTok.text.replace(/\.$/, ''))) continue;
      if (starts.length === 0 || starts[starts.length - 1] !== t) starts.push(t);
    }
    if (starts.length === 0 && tokens.length > 0) starts.push(0);
    // Line breaks always end a sentence: headlines, bylines and list items carry no period.
    const withLines: number[] = [];
    let s = 0;
    for (let t = 0; t < tokens.length; t++) {
      if (s < starts.length && starts[s] === t) {
        withLines.push(t);
        s++;
        continue;
      }
      const prevTok = tokens[t - 1];
      const tok = tokens[t];
      if (prevTok !== undefined && tok !== undefined && hasNewline(text, prevTok.end, tok.start)) withLines.push(t);
    }
    return { tokens, sentenceStarts: withLines };
  }

  function tokenize(text: string): string[] {
    return segment(text).tokens.map((t) => t.text);
  }

  return { segment, tokenize };
}

function isAbbreviation(text: string): boolean {
  const k = text.toLowerCase();
  return TITLE_ABBREVIATIONS.has(k) || MONTH_ABBREVIATIONS.has(k);
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

function overlaps(a: number, b: number, spans: readonly Span[]): boolean {
  for (const s of spans) if (a < s.end && b > s.start) return true;
  return false;
}

/** The segment stage: fills sentences and tokens, skipping boilerplate spans. */
export function createSegmentStage(segmenter: Segmenter): Stage {
  return {
    name: 'segment',
    version: '1',
    run(doc: Doc): Doc {
      const { tokens: raw, sentenceStarts } = segmenter.segment(doc.article.text);
      const tokens: Token[] = [];
      const sentences: Sentence[] = [];
      for (let s = 0; s < sentenceStarts.length; s++) {
        const from = sentenceStarts[s] ?? 0;
        const to = sentenceStarts[s + 1] ?? raw.length;
        const first = raw[from];
        const last = raw[to - 1];
        if (first === undefined || last === undefined) continue;
        const dirty = doc.boilerplate.length > 0 && overlaps(first.start, last.end, doc.boilerplate);
        const index = sentences.length;
        const tokenStart = tokens.length;
        for (let t = from; t < to; t++) {
          const r = raw[t];
          if (r === undefined) continue;
          if (dirty && overlaps(r.start, r.end, doc.boilerplate)) continue;
          tokens.push({
            i: tokens.length, start: r.start, end: r.end, text: r.text, norm: matchKey(r.text),
            lemma: r.lemma, pos: r.pos, sentence: index,
          });
        }
        if (tokens.length === tokenStart) continue;
        const head = tokens[tokenStart];
        const tail = tokens[tokens.length - 1];
        if (head === undefined || tail === undefined) continue;
        sentences.push({ index, start: head.start, end: tail.end, tokenStart, tokenEnd: tokens.length });
      }
      return { ...doc, tokens, sentences };
    },
  };
}
