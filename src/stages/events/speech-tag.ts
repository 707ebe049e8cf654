import type { Token } from '../../model/types.js';

// Inverted speech tags ('..., officials said.', '...," said the minister.'): whether a comma opens one, and
// where its speaker stands. The clause map (clauses.ts) reads them.

/** What reading a tag needs of the sentence: its tokens, where it ends, and the say test. */
export interface TagInput {
  readonly tokens: readonly Token[];
  readonly to: number;
  readonly isSay: (i: number) => boolean;
}

/** Whether the verb of saying at `i` opens the inverted tag `clause` ('," said the minister'): the speaker follows it. */
export function tagVerbFirst(tokens: readonly Token[], clause: { readonly kind: string; readonly opener: number } | undefined, i: number): boolean {
  if (clause?.kind !== 'speech') return false;
  return i === clause.opener || (i === clause.opener + 1 && CLOSING_QUOTES.has(tokens[clause.opener]?.text ?? ''));
}

/**
 * speech.tag-adjunct: '"…," said the minister, accusing Sylvania of …': a participle after the comma that
 * closes an inverted tag's speaker is the speaker's own act, not part of the tag. Whether token `i` is that participle.
 */
export function tagAdjunct(tokens: readonly Token[], tag: { readonly c: number; readonly clauseOf: (k: number) => number; readonly from: number }, i: number): boolean {
  for (let k = tag.from; k < i; k++) {
    if (tokens[k]?.norm !== ',' || tag.clauseOf(k) !== tag.c) continue;
    // Only the participle itself: what follows "referring to", "citing" is no act of the speaker's.
    const next = tokens[k + 1];
    return k + 1 === i && next !== undefined && next.pos === 'VERB' && next.norm.endsWith('ing');
  }
  return false;
}

/** Quotation marks, opening or closing, single or double (straight, typographic or TeX-style). */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”', "'", '‘', '’', '``', "''"]);

/** Double quotation marks that may close a quotation (straight, typographic or TeX-style). */
export const CLOSING_QUOTES: ReadonlySet<string> = new Set(['"', '”', "''"]);
/** Whether a tag starts at `from`: ", the minister said." / ", said the minister." (a short clause whose verb is one of saying). */
export function invertedSpeech(r: TagInput, from: number): boolean {
  const { tokens, to } = r;
  // '," the army said': the closing quotation mark after the comma belongs to the quotation.
  if (CLOSING_QUOTES.has(tokens[from]?.text ?? '')) from++;
  // ", and the army said ..." is a new clause, not a speech tag; ", to assure him of support" a purpose.
  const first = tokens[from];
  if (!first || first.pos === 'CCONJ' || first.norm === 'to') return false;
  for (let i = from; i < Math.min(to, from + 18); i++) {
    const t = tokens[i];
    if (!t) return false;
    // ", on Tuesday to assure him of support": a verb of saying after "to" is an infinitive, no tag's verb.
    // "a hand-written letter": a verb of saying inside a hyphenated word is an adjective.
    if (r.isSay(i)) return tokens[i - 1]?.norm !== 'to' && tokens[i - 1]?.norm !== '-' && speechTagEnds(r, from, i);
    const hyphenated = t.norm === '-' || tokens[i - 1]?.norm === '-';
    // Participles inside the speaker phrase ("trying to broker") are allowed; a comma or a finite verb ends it.
    if (!hyphenated && (t.pos === 'PUNCT' && t.norm !== "'s" || t.pos === 'VERB' && i - from < 2)) return false;
  }
  return false;
}

/** Whether the verb of saying at `i`, in a tag that starts at `from`, closes it rather than opening new content. */
function speechTagEnds(r: TagInput, from: number, i: number): boolean {
  const { tokens, to } = r;
  // A long speaker phrase is fine when the verb of saying closes the sentence ("..., a member of the
  // Chadian team trying to broker a pact has said."); otherwise keep to short tags.
  if (i - from > 9 && to - i > 5) return false;
  // ", the army said in a statement carried by state media." — but not ", X said that ..." nor
  // ", X said they had ...", which say something new.
  const nx = tokens[i + 1];
  if (nx && (nx.norm === 'that' || nx.norm === ':')) return false;
  if (nx && (nx.pos === 'PRON' || nx.pos === 'DET' || nx.pos === 'PROPN' || nx.pos === 'NOUN')) {
    // '," said the minister, accusing Sylvania ...': a comma ends the speaker; the participle after it is an adjunct.
    for (let k = i + 2; k < Math.min(to, i + 6) && tokens[k]?.norm !== ','; k++) if (tokens[k]?.pos === 'VERB' || tokens[k]?.pos === 'AUX') return false;
  }
  return true;
}
