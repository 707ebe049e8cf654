import type { Token } from '../../model/types.js';
import type { VerbDictionary } from '../../dictionaries/verbs.js';
import type { Lexicon } from '../../dictionaries/lexicon.js';
import { QUOTE_MARKS } from './speech-tag.js';

// Readings of tokens that wink-nlp tags as nouns where the sentence reads them as verbs.

// Headline grammar: "Venezuela releases activists", "Iran signs deal with Syria". wink-nlp tags a present
// -s form after a proper noun as a plural noun when a noun follows it; read as a noun, the sentence would
// have no predicate at all. So the form is the verb where the sentence has no other verb.

const PREDICATE = new Set(['VERB', 'AUX']);

/** headline.predicate: token `i` (an -s form after a proper noun) is its sentence's only possible predicate. */
function headlinePredicate(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t || !prev || prev.pos !== 'PROPN' || !t.norm.endsWith('s') || t.norm.endsWith('ss')) return false;
  for (let k = i - 1; k >= 0 && tokens[k]?.sentence === t.sentence; k--) if (PREDICATE.has(tokens[k]?.pos ?? '')) return false;
  for (let k = i + 1; k < tokens.length && tokens[k]?.sentence === t.sentence; k++) if (PREDICATE.has(tokens[k]?.pos ?? '')) return false;
  return true;
}

// wink-nlp tags a present participle as a noun when a comma stands before it ("Wang, meeting with X, said"),
// so its event would be lost. After a comma that closes a name, an -ing form with a preposition, determiner
// or name after it is the participle.

const NAME_END = new Set(['PROPN']);
const NEXT = new Set(['ADP', 'DET', 'PROPN', 'NUM']);

/** participle.appositive: token `i` is an -ing participle right after "Name,". */
export function appositiveParticiple(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || !next || !t.norm.endsWith('ing') || !NEXT.has(next.pos)) return false;
  const prev = tokens[i - 1];
  const name = tokens[i - 2];
  return prev !== undefined && prev.norm === ',' && name !== undefined && name.sentence === t.sentence && NAME_END.has(name.pos);
}

const SUBJECT_END = new Set(['NOUN', 'PROPN', 'PRON']);
const AFTER_VERB = new Set(['DET', 'PRON', 'PROPN', 'ADP', 'SCONJ', 'NUM', 'PART']);
/** What opens a direct object after a verb and its particle. */
const OBJECT_HEADS = new Set(['DET', 'PRON', 'PROPN', 'NUM', 'NOUN']);
const GERUND_OBJECT = new Set(['DET', 'PRON', 'PROPN', 'NUM']);

/**
 * reading.perfect-modifier: "has long accused", "have long opposed": wink tags a word between a perfect's "have" and
 * its participle as an adjective (and the participle as a noun or adjective); there it modifies the verb.
 */
export function perfectModifier(tokens: readonly Token[], k: number, participle: number): boolean {
  const before = tokens[k - 1];
  const p = tokens[participle]?.norm ?? '';
  return tokens[k]?.pos === 'ADJ' && before !== undefined && before.pos === 'AUX' && before.lemma === 'have' && (p.endsWith('ed') || p.endsWith('en'));
}

/**
 * reading.gerund-object: "after meeting Netanyahu", "before visiting Iraq": an -ing form right after a preposition of
 * time (lexicon GERUND_PREPS) and before the start of its object (a determiner, pronoun, name or number) is a gerund, a
 * verb ("in meeting rooms" is none; "accused X of funding", "the case for striking" are no report of the act).
 */
export function gerundObject(tokens: readonly Token[], i: number, lex: Pick<Lexicon, 'GERUND_PREPS'>): boolean {
  const t = tokens[i];
  return t !== undefined && t.norm.endsWith('ing') && lex.GERUND_PREPS.has(tokens[i - 1]?.norm ?? '') && GERUND_OBJECT.has(tokens[i + 1]?.pos ?? '');
}

/** The verb lemma of a token wink-nlp tagged as a noun where the context reads as a verb ("news states that"). */
export function verbReading(tokens: readonly Token[], i: number, dict: VerbDictionary): string | null {
  const t = tokens[i];
  if (!t || t.pos === 'VERB' || (t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'PROPN')) return null;
  const lemma = dict.verbForms.get(t.norm);
  if (lemma === undefined) return null;
  // Look back past quotes and adverbs: 'had "unintentionally" shot down', "also commits".
  let b = i - 1;
  while (b > i - 5 && (tokens[b]?.pos === 'ADV' || QUOTE_MARKS.has(tokens[b]?.norm ?? '') || perfectModifier(tokens, b, i))) b--;
  const prev = tokens[b];
  const next = tokens[i + 1];
  if (appositiveParticiple(tokens, i)) return lemma;
  if (!prev || !next || !SUBJECT_END.has(prev.pos) && prev.pos !== 'AUX' && prev.norm !== 'not') return null;
  // Only where the next word would not make it a verb is the whole sentence scanned for another predicate.
  // reading.particle-after: "police shot dead three protesters": the particle of one of the verb's patterns
  // after the form (tagged an adjective), with an object after it, makes it the verb ("an officer shot dead at" is none).
  if (!AFTER_VERB.has(next.pos) && next.norm !== 'that' && !(particleOf(dict, lemma, next.norm) && OBJECT_HEADS.has(tokens[i + 2]?.pos ?? '')) && !headlinePredicate(tokens, i)) return null;
  // "rebel units in north Sylvania", "talks with": a noun in -s before a preposition stays a noun.
  if (t.norm.endsWith('s') && next.pos === 'ADP' && !headlinePredicate(tokens, i)) return null;
  // A base form ("the Islamic state out") reads as a verb only after a modal, "to" or a pronoun.
  // After a form of "be" a base form is an adjective ("are welcome to leave").
  if (t.norm === lemma && !((prev.pos === 'AUX' && prev.lemma !== 'be') || prev.norm === 'to' || prev.pos === 'PRON')) return null;
  return lemma;
}

/** Whether `word` is the first particle of some pattern of verb `lemma` ("dead" of "shoot +dead"). */
function particleOf(dict: VerbDictionary, lemma: string, word: string): boolean {
  return dict.byTrigger.get(lemma)?.some((p) => !p.noun && p.particles[0] === word) === true;
}

/**
 * reading.floating-quantifier: "Sylvania and Freedonia have each accused the other", "both sides all blamed":
 * wink tags a verb form after a quantifier that floats off its subject (lexicon FLOATING_QUANTIFIERS) as a
 * noun ("each accused"). After an auxiliary or the subject's noun, and before an object, it is the verb.
 */
export function floatedVerb(tokens: readonly Token[], i: number, use: { readonly dict: VerbDictionary; readonly lex: Lexicon }): string | null {
  const t = tokens[i];
  const q = tokens[i - 1];
  const before = tokens[i - 2];
  const next = tokens[i + 1];
  if (!t || !q || !before || !next || (t.pos !== 'NOUN' && t.pos !== 'ADJ') || !use.lex.FLOATING_QUANTIFIERS.has(q.norm)) return null;
  const lemma = use.dict.verbForms.get(t.norm);
  if (lemma === undefined || lemma === t.norm) return null;
  if (!(before.pos === 'AUX' || before.pos === 'NOUN' || before.pos === 'PROPN')) return null;
  return AFTER_VERB.has(next.pos) ? lemma : null;
}

/**
 * reading.catenative: the verb lemma of a token the tagger read as a noun or adjective right after a
 * catenative verb whose complement it is: a bare infinitive after CATENATIVE_BASE ("helped broker a
 * truce"), an -ing form after CATENATIVE_ING ("will continue bombing"). The act is the complement's, and
 * its subject the catenative verb's.
 */
export function catenativeComplement(tokens: readonly Token[], i: number, use: { readonly dict: VerbDictionary; readonly lex: Lexicon }): string | null {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t || !prev || prev.pos !== 'VERB' || (t.pos !== 'NOUN' && t.pos !== 'ADJ')) return null;
  const lemma = use.dict.verbForms.get(t.norm);
  if (lemma === undefined) return null;
  if (use.lex.CATENATIVE_BASE.has(prev.lemma)) return t.norm === lemma ? lemma : null;
  return use.lex.CATENATIVE_ING.has(prev.lemma) && t.norm.endsWith('ing') ? lemma : null;
}
