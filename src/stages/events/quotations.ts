import type { Mention, Token } from '../../model/types.js';
import type { Lexicon } from '../../dictionaries/lexicon.js';

// Quotations that run over several sentences: '"We want peace. Sylvania's conduct is reckless," Kovac
// said.' The sentences wholly inside such a quotation have no verb of saying of their own; their
// speaker is the one tagged at the quotation's end (', Kovac said') or start ('Kovac said: "').

/** A quotation left open for more sentences than this has lost its closing mark: it is not used. */
const MAX_SENTENCES = 4;

/** 1 opens, -1 closes, 0 may do either; null for a token that is no double quotation mark. */
function markOf(text: string): number | null {
  const c = text.charCodeAt(0);
  if (c === 0x201c) return 1;
  if (c === 0x201d) return -1;
  if (c === 34 || c === 96 || c === 39) return text === '"' || text === '``' || text === "''" ? 0 : null;
  return null;
}

/** Whether token `k` is a verb of saying that tags a quotation ("said", "added", "told"). */
function saying(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k];
  return t !== undefined && t.pos === 'VERB' && lex.QUOTE_VERBS.has(t.lemma);
}

/** The mentions in reading order, searchable by token. */
function firstStartingAtOrAfter(mentions: readonly Mention[], k: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid]?.tokenStart ?? Infinity) < k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The speaker tagged after a closing mark at `c` ('," Kovac said', '," said the minister') or before an opening one at `o`. */
function speakerOf(input: QuotationInput, o: number, c: number): Mention | null {
  const { tokens, mentions, lex } = input;
  for (let j = firstStartingAtOrAfter(mentions, c + 1); j < mentions.length; j++) {
    const m = mentions[j];
    if (!m || m.tokenStart > c + 4) break;
    if (!m.modifier && (saying(tokens, m.tokenEnd, lex) || saying(tokens, m.tokenStart - 1, lex))) return m;
  }
  for (let j = firstStartingAtOrAfter(mentions, o) - 1; j >= 0; j--) {
    const m = mentions[j];
    if (!m || o - m.tokenEnd > 5) break;
    if (m.modifier || m.tokenEnd > o) continue;
    for (let k = m.tokenEnd; k < o; k++) if (saying(tokens, k, lex)) return m;
  }
  return null;
}

/** What the quotation finder reads. */
export interface QuotationInput {
  readonly tokens: readonly Token[];
  /** The article's mentions in reading order. */
  readonly mentions: readonly Mention[];
  readonly lex: Lexicon;
}

/**
 * quote.running: the speaker of each sentence that lies wholly inside a quotation tagged with its
 * speaker in another sentence. Straight marks alternate; typographic ones say which way they face.
 */
export function quotedSpeakers(input: QuotationInput): ReadonlyMap<number, Mention> {
  const { tokens } = input;
  const out = new Map<number, Mention>();
  let open = -1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t) continue;
    const mark = markOf(t.text);
    if (mark === null) continue;
    if (open < 0) {
      if (mark !== -1) open = k;
      continue;
    }
    if (mark === 1) { open = k; continue; }
    const first = tokens[open]?.sentence ?? 0;
    const last = t.sentence;
    if (last > first && last - first <= MAX_SENTENCES) {
      const speaker = speakerOf(input, open, k);
      // Every sentence of the quotation but the one that holds the tag lacks a verb of saying of its own.
      if (speaker) for (let s = first; s <= last; s++) if (s !== speaker.sentence) out.set(s, speaker);
    }
    open = -1;
  }
  return out;
}
