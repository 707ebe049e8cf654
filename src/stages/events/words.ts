import type { Mention, Token } from '../../model/types.js';
import type { Lexicon } from '../../dictionaries/lexicon.js';

// The word classes the events stage tests at every token of a sentence it reads, looked up once per
// token: each string lookup in a large set costs about 0.1 µs in place, and three of them were made
// per token (trigger, clause cue, form of a verb of saying), and more in the windows after a trigger.

/** The token's lemma or form starts a pattern (`CompiledVerbs.triggers`). */
export const TRIGGER = 1;
/** The token's form may open or close a clause (`cueWords`). */
export const CUE = 2;
/** The token's form is one of a verb of saying (`CompiledVerbs.sayForms`). */
export const SAY_FORM = 4;
/** The token's form or lemma starts a word some pattern requires (`anyRequired`). */
export const REQUIRED = 8;

/** The classes of a form and of a lemma, compiled once. */
export interface WordClasses {
  readonly byNorm: ReadonlyMap<string, number>;
  readonly byLemma: ReadonlyMap<string, number>;
}

/** Compile the class bits of every word of the three sets. */
export function compileWordClasses(sets: { readonly triggers: ReadonlySet<string>; readonly cues: ReadonlySet<string>; readonly sayForms: ReadonlySet<string>; readonly required: ReadonlySet<string> }): WordClasses {
  const byNorm = new Map<string, number>();
  const mark = (w: string, bit: number): void => { byNorm.set(w, (byNorm.get(w) ?? 0) | bit); };
  for (const w of sets.triggers) mark(w, TRIGGER);
  for (const w of sets.cues) mark(w, CUE);
  for (const w of sets.sayForms) mark(w, SAY_FORM);
  for (const w of sets.required) mark(w, REQUIRED);
  const byLemma = new Map<string, number>();
  for (const w of sets.triggers) byLemma.set(w, TRIGGER);
  for (const w of sets.required) byLemma.set(w, (byLemma.get(w) ?? 0) | REQUIRED);
  return { byNorm, byLemma };
}

/** Write the class bits of tokens [from, to) into `out` (indexed by token). */
export function classifyTokens(tokens: readonly Token[], range: { readonly from: number; readonly to: number }, wc: WordClasses, out: Uint8Array): void {
  for (let i = range.from; i < range.to; i++) {
    const t = tokens[i];
    if (!t) continue;
    let bits = wc.byNorm.get(t.norm) ?? 0;
    if (t.lemma !== t.norm) bits |= wc.byLemma.get(t.lemma) ?? 0;
    // A rare prefixed form may be a trigger; matchPatterns finds out (its base verb's patterns, if any).
    if ((bits & TRIGGER) === 0 && unprefixed(t) !== null) bits |= TRIGGER;
    out[i] = bits;
  }
}

const INFLECTED = /(?:ed|ing|s)$/;

/**
 * match.re-prefix: a verb with the prefix "re" is its base verb done again ("re-imposed", "reinvaded"):
 * the form after the prefix, or null. Unhyphenated only for an inflected form the tagger knows no lemma
 * for, so that "resigned" or "regarded" (words of their own) stay themselves.
 */
export function unprefixed(t: Token): string | null {
  if (t.pos !== 'VERB' || t.norm.length < 6 || t.norm.charCodeAt(0) !== 114 || t.norm.charCodeAt(1) !== 101) return null;
  if (t.norm.startsWith('re-')) return t.norm.slice(3);
  return t.lemma === t.norm && INFLECTED.test(t.norm) ? t.norm.slice(2) : null;
}

/**
 * match.time-phrase: a preposition whose object is a day or month ("on Sunday", "in March") heads a time
 * phrase, not the target's: "sanctions received a boost on Sunday from X" names no one sanctioned.
 */
export function timePhrase(tokens: readonly Token[], k: number, lex: Pick<Lexicon, 'WEEKDAYS' | 'MONTHS'>): boolean {
  const next = tokens[k + 1];
  if (!next) return false;
  // "may" is a month only as "May".
  return lex.WEEKDAYS.has(next.norm) || (lex.MONTHS.has(next.norm) && (next.norm !== 'may' || next.text === 'May'));
}

/** Whether a mention's sector starts with one of `prefixes` (ARMED_SECTORS, POLITICAL_SECTORS, ...). */
export function sectorIn(m: Mention | null | undefined, prefixes: ReadonlySet<string>): boolean {
  return m != null && m.actor.sector !== undefined && prefixes.has(m.actor.sector.slice(0, 3));
}

/** nouns.series: whether token `i` follows "of" after a noun of a series ("a torrent of threats"): a member of it, no mere prepositional object. */
export function seriesMember(tokens: readonly Token[], i: number, lex: Pick<Lexicon, 'SERIES_NOUNS'>): boolean {
  return tokens[i - 1]?.norm === 'of' && lex.SERIES_NOUNS.has(tokens[i - 2]?.norm ?? '');
}

/** Whether a capitalised token is an honorific or title abbreviation that may stand before a name ("Mr.", "Dr", "Queen"). */
export function honorific(t: Token, lex: Pick<Lexicon, 'TITLE_ABBREVIATIONS' | 'MALE_HONORIFICS' | 'FEMALE_HONORIFICS'>): boolean {
  const c = t.text.charCodeAt(0);
  if (c < 65 || c > 90) return false;
  const w = t.norm.endsWith('.') ? t.norm.slice(0, -1) : t.norm;
  return lex.TITLE_ABBREVIATIONS.has(w) || lex.MALE_HONORIFICS.has(t.norm) || lex.FEMALE_HONORIFICS.has(t.norm);
}

/** Whether a number starts at token `i`: a numeral, or (after "a") a round-number noun ("a dozen", "hundreds"). */
export function beforeNumber(tokens: readonly Token[], i: number, lex: Pick<Lexicon, 'QUANTITY_WORDS'>): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.pos === 'NUM' || lex.QUANTITY_WORDS.has(t.norm)) return true;
  return (t.norm === 'a' || t.norm === 'an') && lex.QUANTITY_WORDS.has(tokens[i + 1]?.norm ?? '');
}

/**
 * hits.inside-name: whether token `i` lies inside a multi-word actor name after its first word ("States" in
 * "the United States", "Watch" in "Human Rights Watch"): a word of a name is no trigger.
 */
export function insideName(mentions: readonly Mention[], i: number): boolean {
  for (const m of mentions) if (m.tokenStart < i && i < m.tokenEnd && (m.rule.id.startsWith('country.') || m.rule.id.startsWith('org.') || m.rule.id.startsWith('official.'))) return true;
  return false;
}

/** The actor owning the noun at `k`: a possessive right before it ("Sylvania's bullying") or a modifier ("Sylvanian aggression"). */
export function nounOwner(tokens: readonly Token[], mentions: readonly Mention[], k: number, lex: Pick<Lexicon, 'POSSESSIVE_MARKS'>): Mention | undefined {
  const poss = lex.POSSESSIVE_MARKS.has(tokens[k - 1]?.norm ?? '');
  for (const m of mentions) if (m.tokenEnd === (poss ? k - 1 : k) && (poss || m.modifier)) return m;
  return undefined;
}

/** Whether token `k` ends an exemplifier, one word or two ("including", "such as"; lexicon EXEMPLIFIERS). */
export function exemplifierAt(tokens: readonly Token[], k: number, lex: Pick<Lexicon, 'EXEMPLIFIERS'>): boolean {
  const w = tokens[k]?.norm ?? '';
  return lex.EXEMPLIFIERS.has(w) || (k > 0 && lex.EXEMPLIFIERS.has(`${tokens[k - 1]?.norm ?? ''} ${w}`));
}
