import type { Token } from '../../model/types.js';
import type { VerbDictionary } from '../../dictionaries/verbs.js';
import type { Lexicon } from '../../dictionaries/lexicon.js';
import { catenativeComplement, floatedVerb, gerundObject, perfectModifier, verbReading } from './verb-reading.js';
import { auxAsVerb } from './light.js';
import { unprefixed } from './words.js';
import { QUOTE_MARKS } from './speech-tag.js';

// match.reading and match.not-a-predicate: how a word that may trigger a pattern reads in its sentence
// (verb or noun, whatever the tagger says), split from match.ts, which fits the patterns.

/** The sentence a word is read in: its tokens, the verb dictionary and the lexicon. */
export interface ReadingInput {
  readonly tokens: readonly Token[];
  readonly verbs: VerbDictionary;
  readonly lex: Lexicon;
  /** Whether token `k` is the last of an actor's mention, where known. */
  readonly endsActor?: (k: number) => boolean;
}

/** How token `i` may be read: as a verb, as a noun, and the verb lemma its surface form gives. */
export interface Reading {
  readonly isVerb: boolean;
  readonly isNoun: boolean;
  readonly surface: string | null;
  /** The verb complement of a catenative verb ("began shelling"): its verb's patterns, not its noun's. */
  readonly complement: boolean;
}

const ADJECTIVE_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'this', 'these', 'those']);

/**
 * match.not-a-predicate: the shapes in which a verb form is no event: inside a hyphenated adjective, a
 * participle or present participle before its noun, a base or plural form after a preposition. `actorBefore`: the
 * word before ends an actor's name.
 */
export function notAPredicate(tokens: readonly Token[], i: number, t: Token, actorBefore = false): boolean {
  // "Iranian-backed militias": a verb inside a hyphenated adjective is no event.
  const before = tokens[i - 1];
  if (before && before.norm === '-' && before.end === t.start) return true;
  // "accused criminals", "alleged bombers": a participle used as an adjective is no event. An actor's last word the
  // tagger read as an adjective ("the Sylvanian military targeted rebel positions") is a subject, not a modifier.
  const after = tokens[i + 1];
  if (t.norm.endsWith('ed') && after && (after.pos === 'NOUN' || after.pos === 'PROPN') && (!before || before.pos === 'DET' || (before.pos === 'ADJ' && !actorBefore && !perfectModifier(tokens, i - 1, i)) || before.pos === 'ADP' || before.pos === 'VERB')) return true;
  // "the most lauded general", "a widely criticized plan": a degree adverb between the determiner and the participle.
  if (t.norm.endsWith('ed') && after && (after.pos === 'NOUN' || after.pos === 'PROPN') && before?.pos === 'ADV' && tokens[i - 2]?.pos === 'DET') return true;
  // "a planned one-on-one summit", "in this besieged area": a participle right after an article or a
  // demonstrative is an adjective, whatever follows ("that" is left out: it also opens relative clauses).
  if (before && t.norm.endsWith('ed') && ADJECTIVE_DETERMINERS.has(before.norm)) return true;
  // "the Sylvanian army and allied militias": a participle coordinated into a noun phrase is an adjective.
  const beforeConj = tokens[i - 2];
  if (t.norm.endsWith('ed') && after && after.pos === 'NOUN' && before && before.pos === 'CCONJ' && beforeConj && (beforeConj.pos === 'NOUN' || beforeConj.pos === 'PROPN')) return true;
  // "from shuttered chemical plants", "the destroyed old town": also irregular participles and before adjectives.
  if ((t.norm.endsWith('ed') || t.norm.endsWith('en')) && after && (after.pos === 'NOUN' || after.pos === 'ADJ') && before && (before.pos === 'DET' || before.pos === 'ADP') && before.norm !== 'to') return true;
  // "because of shelling", "in protest": a base or plural form after a preposition is a noun. The last
  // word of a hyphenated modifier is none ("an all-out bombardment").
  const hyphen = tokens[i - 2];
  if (before && before.pos === 'ADP' && before.norm !== 'to' && !(hyphen?.norm === '-' && hyphen.end === before.start) && !t.norm.endsWith('ing') && !t.norm.endsWith('ed') && t.pos !== 'VERB') return true;
  // "the first day of fighting", "because of shelling": an -ing form after "of" with no object is a noun.
  if (t.norm.endsWith('ing') && before?.norm === 'of' && noObjectAfter(after)) return true;
  // "Jordan's visiting king", "the ruling party": a present participle before its noun is an adjective; so after a
  // quote mark that opens a quoted phrase ('a "crushing response"').
  const lead = QUOTE_MARKS.has(before?.text ?? '') ? tokens[i - 2] : before;
  return t.norm.endsWith('ing') && after !== undefined && (after.pos === 'NOUN' || after.pos === 'PROPN') && lead !== undefined && (lead.pos === 'DET' || lead.norm === "'s" || lead.pos === 'ADJ');
}

const SINGULAR_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'his', 'her', 'its', 'this', 'every', 'each']);

const OBJECT_START: ReadonlySet<string> = new Set(['DET', 'PRON', 'PROPN', 'NUM', 'NOUN', 'ADJ', 'PART']);
const PARTICLES: ReadonlySet<string> = new Set(['down', 'up', 'out', 'off', 'back']);

/** Whether the token after a verb form starts no object or particle ("address to", not "hit the", "shot down"). */
function noObjectAfter(after: Token | undefined): boolean {
  return after === undefined || (!OBJECT_START.has(after.pos) && !PARTICLES.has(after.norm));
}

/** Whether only modifiers (nouns, adjectives, hyphens) stand between a singular determiner and token `i`. */
function headOfSingular(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const p = tokens[k];
    if (!p) return false;
    if (SINGULAR_DETERMINERS.has(p.norm)) return k < i - 1;
    if (!(p.pos === 'NOUN' || p.pos === 'PROPN' || p.pos === 'ADJ' || p.norm === '-')) return false;
  }
  return false;
}

/** match.reading: whether token `i` reads as a verb or a noun here, whatever the tagger says. */
export function readingOf(input: ReadingInput, i: number, t: Token): Reading {
  const { tokens, verbs: dict } = input;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  // "its peacekeeping forces", "Washington's earnest wish", "rejected calls by": a word after a possessive
  // (and its modifiers) or right after a finite verb in "-s" is a noun, whatever the tagger says.
  const plural = t.norm.endsWith('s') && !t.norm.endsWith('ss');
  // "border violations by militias": a plural in -s followed by "by"/"of" is a noun.
  // "conceded to demands from UNITA": no verb in -s follows "to".
  // "an emergency address to", "his White House address": a base form after a singular determiner and
  // modifiers, with no object after it, is the head noun of their phrase ("a missile hit the plane" is a verb);
  // so is one between "be" and "to" ("is host to", "are welcome to").
  const base = t.norm === t.lemma;
  const nominal = (plural && before?.norm === 'to') || (base && (before?.pos === 'NOUN' || before?.pos === 'PROPN') && !before.norm.endsWith('s') && noObjectAfter(after) && headOfSingular(tokens, i))
    || (base && after?.norm === 'to' && before?.pos === 'AUX' && before.lemma === 'be') || possessed(input, i) || (dict.nounTriggers.has(t.norm) && gerundNoun(input, i)) || (plural && before !== undefined && before.pos === 'VERB' && before.norm.endsWith('ed')) || (plural && (after?.norm === 'by' || after?.norm === 'of'));
  const complement = catenativeComplement(tokens, i, { dict, lex: input.lex });
  const rescued = verbReading(tokens, i, dict) ?? complement ?? floatedVerb(tokens, i, { dict, lex: input.lex }) ?? (gerundObject(tokens, i, input.lex) ? dict.verbForms.get(t.norm) ?? null : null);
  // "is ready to", "has agreed": patterns may name "be"/"have" as their trigger; wink tags them AUX.
  const isVerb = !nominal && (t.pos === 'VERB' || rescued !== null || compoundVerb(input, i, t) || (t.pos === 'AUX' && auxAsVerb(input, i, t)));
  const isNoun = headNoun(t, after);
  // wink's lemma first; the surface form's verb lemma backs it up ("staged" -> "stage", not "stag").
  const surface = isVerb || t.pos === 'ADJ' ? rescued ?? dict.verbForms.get(t.norm) ?? againVerb(t, dict) : null;
  return { isVerb, isNoun, surface, complement: complement !== null };
}

/** The reading of a form that is no predicate where it stands (match.noun-only): a noun or nothing. */
export function nounReading(t: Token, after: Token | undefined): Reading {
  return { isVerb: false, isNoun: headNoun(t, after), surface: null, complement: false };
}

/** Whether a token may head a noun phrase; wink tags some head nouns as adjectives ("an offensive against"): a head has no noun after it. */
function headNoun(t: Token, after: Token | undefined): boolean {
  return t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'ADJ' && after?.pos !== 'NOUN' && after?.pos !== 'PROPN' && after?.pos !== 'ADJ');
}

/**
 * match.compound-verb: "test-fired": a word joined by a hyphen to a verb reads as the first part of the compound
 * verb a pattern names, whatever the tagger calls it (wink tags "test" in "test-fired" a noun).
 */
function compoundVerb(input: ReadingInput, i: number, t: Token): boolean {
  const hyphen = input.tokens[i + 1];
  const verb = input.tokens[i + 2];
  if (hyphen === undefined || verb === undefined || hyphen.norm !== '-' || hyphen.start !== t.end || verb.start !== hyphen.end) return false;
  // Only a compound the dictionary names ("test-fire"): "bomb-sniffing dogs", "arms-control talks" are modifiers.
  if (verb.norm.endsWith('ing')) return false;
  const lemma = verb.pos === 'VERB' ? verb.lemma : input.verbs.verbForms.get(verb.norm);
  return input.verbs.byTrigger.get(t.norm)?.some((p) => !p.noun && p.triggers.some((tr) => tr[1] === '-' && tr[2] === lemma)) ?? false;
}

/** The verb a prefixed form does again ("re-imposed" -> "impose"; words.ts `unprefixed`), or null. */
function againVerb(t: Token, dict: VerbDictionary): string | null {
  const u = unprefixed(t);
  if (u === null) return null;
  const known = dict.verbForms.get(u);
  if (known !== undefined) return known;
  // Forms the inflector spells otherwise ("opened", not "openned"): the stem that is a trigger.
  return [u.replace(/e?d$/, ''), u.replace(/d$/, ''), u.replace(/ing$/, ''), u.replace(/ing$/, 'e'), u.replace(/e?s$/, '')].find((x) => dict.byTrigger.has(x)) ?? null;
}


/** Whether token `i` stands after a possessive and only modifiers: "its peacekeeping forces", "Iran's stated wish". */
function possessed(input: ReadingInput, i: number): boolean {
  const { tokens, lex } = input;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const p = tokens[k];
    if (!p) return false;
    if (lex.POSSESSIVES.has(p.norm)) return true;
    // Only describing words may stand between: "Myanmar's government rejected" has a noun head before the verb;
    // so has "Sylvania's military attacked", whose actor word the tagger read as an adjective.
    if (!(p.pos === 'ADJ' || p.norm.endsWith('ing')) || input.endsActor?.(k) === true) return false;
  }
  return false;
}

/** "launched a fierce shelling of the town": an event noun in -ing after an article and modifiers, with no object, is a noun. */
function gerundNoun(input: ReadingInput, i: number): boolean {
  const { tokens, lex } = input;
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || !t.norm.endsWith('ing') || (next && !(next.pos === 'ADP' || next.pos === 'PUNCT' || next.pos === 'CCONJ'))) return false;
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const p = tokens[k];
    if (!p) return false;
    if (lex.ARTICLES.has(p.norm)) return true;
    if (!(p.pos === 'ADJ' || p.pos === 'NOUN' || p.pos === 'NUM')) return false;
  }
  return false;
}
