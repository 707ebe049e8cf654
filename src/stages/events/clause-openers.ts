import { CLOSING_QUOTES, QUOTE_MARKS } from './speech-tag.js';
import { exemplifierAt } from './words.js';
import type { Mention, Token } from '../../model/types.js';
import type { Lexicon } from '../../dictionaries/lexicon.js';

// Whether a clause opens at a token: the tests the clause segmenter (clauses.ts) asks of the words after
// "as" and after a coordinating conjunction.

/** What the opener tests read: the sentence's tokens, where it ends, the lexicon. */
export interface OpenerInput {
  readonly tokens: readonly Token[];
  readonly to: number;
  readonly lex: Lexicon;
}

/** What the tests around verbs of saying read besides the opener input: where the sentence starts, the say test. */
export interface SayInput extends OpenerInput {
  readonly from: number;
  readonly isSay: (i: number) => boolean;
}

/**
 * Whether the words before the comma at `i` can be what a tag reports: a clause (a verb) or a quotation.
 * A fronted adjunct has neither ("On Monday, the rebels declared a truce"): its comma opens no tag.
 */
export function saidBefore(r: SayInput, i: number): boolean {
  for (let k = r.from; k < i; k++) {
    const t = r.tokens[k];
    if (t && (t.pos === 'VERB' || t.pos === 'AUX' || QUOTE_MARKS.has(t.text))) return true;
  }
  return false;
}

/** Whether a verb of saying stands before the colon at `i`, with only its addressee (no verb or punctuation) between. */
export function sayBefore(r: SayInput, i: number): boolean {
  for (let k = i - 1; k >= Math.max(r.from, i - 8); k--) {
    const t = r.tokens[k];
    if (!t) return false;
    if (r.isSay(k)) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') return false;
  }
  return false;
}

/**
 * "resigned as the opposition threatened to storm": "as" before a determiner or pronoun subject and its
 * verb opens a clause, after "even" or "just" too; "such as", "as well as", "as soon as", "as a result of"
 * and "as part of" do not.
 */
export function temporalAs(r: OpenerInput, i: number): boolean {
  const prev = r.tokens[i - 1];
  const next = r.tokens[i + 1];
  // "even as" and "just as" open the clause as "as" alone does ("support Assad even as he kills civilians").
  if (!prev || !next || r.lex.NOT_AS_CLAUSE.has(prev.norm) || prev.pos === 'ADJ' || (prev.pos === 'ADV' && !r.lex.AS_INTENSIFIERS.has(prev.norm))) return false;
  if (!(next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'PROPN')) return false;
  // The subject is a plain noun phrase ("the envoys of both governments"): a finite verb follows it
  // with no other preposition and no "to" before it ("as a bid by Freedonia to weaken" is no clause).
  let sawNoun = false;
  for (let k = i + 1; k < Math.min(r.to, i + 10); k++) {
    const t = r.tokens[k];
    if (!t) return false;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') sawNoun = true;
    else if (t.pos === 'VERB' || t.pos === 'AUX') return sawNoun && r.tokens[k - 1]?.norm !== 'to';
    else if (t.pos === 'PUNCT' || t.norm === 'to' || (t.pos === 'ADP' && t.norm !== 'of')) return false;
  }
  return false;
}

/**
 * "..., and Israel said ..." opens a clause; "signed and ratified" does not. `reach`: how many words the
 * subject may take before its verb (a subordinator's subject may be long: "since the Freedonian president
 * and the Sylvanian prime minister met").
 */
export function startsNewClause(r: OpenerInput, from: number, reach = 8): boolean {
  const first = r.tokens[from];
  if (!first || first.pos === 'VERB' || first.pos === 'AUX' || first.pos === 'ADV') return false;
  let sawNoun = false;
  let end = Math.min(r.to, from + reach);
  for (let i = from; i < end; i++) {
    const t = r.tokens[i];
    if (!t) break;
    // "... intelligence to Macedonia which is preparing": a verb after a relative pronoun is no new subject's.
    if (r.lex.RELATIVE.has(t.norm)) return false;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') sawNoun = true;
    // "a stern and personal warning to stop": a verb after "to" is an infinitive, no clause's finite verb.
    else if ((t.pos === 'VERB' || t.pos === 'AUX') && sawNoun) return r.tokens[i - 1]?.norm !== 'to';
    else if (t.norm === ',' && sawNoun) {
      // "but Admiral Lee, director of the Joint Staff, accused ...": an appositive between subject and verb.
      const close = appositiveEnd(r, i);
      if (close < 0) return false;
      i = close;
      end = Math.min(r.to, close + 4);
    } else if (t.pos === 'PUNCT' || t.pos === 'ADP' && !sawNoun) return false;
  }
  return false;
}

/** The comma closing an appositive opened by the comma at `i` (a phrase with no verb), or -1. */
function appositiveEnd(r: OpenerInput, i: number): number {
  for (let k = i + 1; k < Math.min(r.to, i + 12); k++) {
    const t = r.tokens[k];
    if (!t || t.pos === 'VERB' || t.pos === 'AUX' || r.lex.RELATIVE.has(t.norm)) return -1;
    if (t.norm === ',') return k > i + 1 ? k : -1;
  }
  return -1;
}

/** Whether token `k` is the participle of a speech act (lexicon SPEAKER_ADJUNCTS): "..., accusing X of". */
export function speakerAdjunct(r: OpenerInput, k: number): boolean {
  const t = r.tokens[k];
  return t !== undefined && t.pos === 'VERB' && t.norm.endsWith('ing') && r.lex.SPEAKER_ADJUNCTS.has(t.lemma);
}

/**
 * clause.addressee: "told Sylvania he would come", "warned reporters the talks had failed": after a verb of
 * saying that takes an addressee, a name, noun or object pronoun (a determiner first) and then a subject
 * pronoun or a determiner: the bare clause starts at that subject, not at the addressee. Where it starts, or -1.
 */
export function addresseeEnd(r: OpenerInput, i: number): number {
  const { tokens, lex } = r;
  if (!lex.SAY_ADDRESSEE.has(tokens[i - 1]?.lemma ?? '')) return -1;
  const s = tokens[i]?.pos === 'DET' ? i + 1 : i;
  let j = s;
  for (let t = tokens[j]; t && j < r.to && j < s + 4 && (t.pos === 'PROPN' || t.pos === 'NOUN' || lex.OBJECT_PRONOUNS.has(t.norm)); t = tokens[j]) j++;
  const n = tokens[j];
  // A colon after the addressee opens the report there too (clause.colon): 'told Sylvania: "..."'.
  return j > s && j < r.to && n !== undefined && ((n.pos === 'PRON' && lex.SUBJECT_PRONOUNS.has(n.norm)) || n.pos === 'DET' || n.norm === ':') ? j : -1;
}

/** Whether an adjective's complement starts at `k`: one of its prepositions, perhaps after a closing quote ('"happy and impressed" with'). */
export function adjectiveComplement(r: OpenerInput, k: number): boolean {
  const at = CLOSING_QUOTES.has(r.tokens[k]?.text ?? '') ? k + 1 : k;
  return r.lex.ADJECTIVE_COMPLEMENT_PREPS.has(r.tokens[at]?.norm ?? '');
}

/**
 * clause.tense-break: "requested that the leader stand trial and issued a warrant", "urged Sylvania to leave and
 * called for talks": after a clause opened at `opener` whose verb is a bare form (a subjunctive, an infinitive, a
 * verb after a modal), a past-tense verb after "and" at `i` cannot share that clause: it is the governing clause's.
 */
export function pastAfterBare(r: OpenerInput, i: number, opener: number): boolean {
  const { tokens } = r;
  const nx = tokens[i + 1]?.pos === 'ADV' ? tokens[i + 2] : tokens[i + 1];
  if (!nx || nx.pos !== 'VERB' || nx.norm === nx.lemma || !nx.norm.endsWith('ed')) return false;
  for (let k = i - 1; k > opener; k--) {
    const t = tokens[k];
    if (t && (t.pos === 'VERB' || t.pos === 'AUX')) return t.pos === 'VERB' && t.norm === t.lemma;
  }
  return false;
}

/** Whether token `q` is a noun of intent or threat (INTENT_NOUNS, THREAT_NOUNS) with a to-infinitive after it ("plans to send"). */
export function intentInfinitiveAt(tokens: readonly Token[], q: number, lex: Pick<Lexicon, 'INTENT_NOUNS' | 'THREAT_NOUNS'>): boolean {
  const t = tokens[q];
  return t?.pos === 'NOUN' && (lex.INTENT_NOUNS.has(t.lemma) || lex.THREAT_NOUNS.has(t.lemma)) && tokens[q + 1]?.norm === 'to' && tokens[q + 2]?.pos === 'VERB';
}

/**
 * clause.noun-infinitive: "announced plans to send aid", "declared its intention to withdraw": a noun phrase
 * headed by a noun of intent or threat and followed by a to-infinitive (intentInfinitiveAt) is the verb's object,
 * not the subject of a bare clause (a clause has a finite verb). Whether the phrase at `i` is one.
 */
export function nounInfinitiveObject(r: OpenerInput, i: number): boolean {
  const { tokens } = r;
  let k = i;
  while (k < i + 6 && (tokens[k]?.pos === 'DET' || tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'NOUN' || tokens[k]?.pos === 'NUM' || (tokens[k]?.pos === 'PRON' && k === i))) k++;
  return k > i && intentInfinitiveAt(tokens, k - 1, r.lex);
}

/** What the list tests read besides: the mentions by the token they end before. */
export type ListInput = OpenerInput & { readonly mentionsEndingAt: ReadonlyMap<number, readonly Mention[]> };

/**
 * clause.list-comma: "While Freedonia, Sylvania and other states agree": a comma after an actor that goes on
 * with actors and commas to "and" or "or" is inside a list, not the end of a clause ("after a spokesman,
 * Colonel Kurtz, said" is an apposition and closes nothing).
 */
export function listGoesOn(r: ListInput, i: number): boolean {
  return listConjunction(r, i) >= 0;
}

/** The "and" or "or" that the list going on at the comma `i` reaches (clause.list-comma), or -1. */
function listConjunction(r: ListInput, i: number): number {
  if (!r.mentionsEndingAt.get(i)?.length) return -1;
  let k = i + 1;
  for (let steps = 0; steps < 6 && k < r.to; steps++) {
    // "Sylvania, Osterlich, and Freedonia": the serial comma before the conjunction.
    if (steps > 0 && (r.tokens[k]?.norm === 'and' || r.tokens[k]?.norm === 'or')) return k;
    const end = itemEnd(r, k);
    if (end < 0) return -1;
    const w = r.tokens[end]?.norm;
    if (w === 'and' || w === 'or') return end;
    if (w !== ',') return -1;
    k = end + 1;
  }
  return -1;
}

/** Where the list item at `k` (a determiner first) ends: the token after its actor, or -1. */
function itemEnd(r: ListInput, k: number): number {
  const start = r.tokens[k]?.pos === 'DET' ? k + 1 : k;
  let end = -1;
  for (let q = start + 1; q <= start + 5; q++) if (r.mentionsEndingAt.get(q)?.some((m) => m.tokenStart === start)) end = q;
  return end;
}

/** "Sylvania, Osterlich, and Freedonia": at the comma after a list's last item but one (a comma before it too), the conjunction after it, or -1. */
function serialComma(r: ListInput, i: number): number {
  const w = r.tokens[i + 1]?.norm;
  if (w !== 'and' && w !== 'or') return -1;
  return r.mentionsEndingAt.get(i)?.some((m) => r.tokens[m.tokenStart - 1]?.norm === ',') === true ? i + 1 : -1;
}

/**
 * clause.adjunct-list: "While praising Freedonia, Sylvania and Osterlich for their help, Kovac said": after a
 * participle's first object, a list that goes on and is followed by no verb is more of its objects; one
 * followed by a verb is the main clause's subject ("While praising Freedonia, Sylvania and Osterlich condemned").
 */
export function objectListGoesOn(r: ListInput, i: number): boolean {
  const found = listConjunction(r, i);
  const and = found >= 0 ? found : serialComma(r, i);
  if (and < 0) return false;
  const end = itemEnd(r, and + 1);
  const after = r.tokens[end]?.pos === 'ADV' ? r.tokens[end + 1] : r.tokens[end];
  return end >= 0 && after !== undefined && after.pos !== 'VERB' && after.pos !== 'AUX';
}

/**
 * Whether "and" at `i` joins two subjects rather than two clauses. clause.zero-relative: the actor before it
 * opens a relative clause without "that" after a time noun ("the first time Freedonia and Sylvania met").
 * clause.exemplified-list: it closes a list of members after an exemplifier ("states including Freedonia and
 * Sylvania condemned", lexicon EXEMPLIFIERS), whose participle is no verb of the clause.
 */
export function joinsSubjects(r: ListInput, i: number): boolean {
  const before = r.mentionsEndingAt.get(i)?.[0];
  if (!before) return false;
  const head = r.tokens[before.tokenStart - 1];
  if (head !== undefined && head.pos === 'NOUN' && r.lex.ZERO_RELATIVE_HEADS.has(head.norm)) return true;
  // Back over the list's earlier members and their commas to the word that opens it.
  let k = before.tokenStart - 1;
  for (let steps = 0; k >= 0 && steps < 12; steps++) {
    const t = r.tokens[k];
    if (!t) return false;
    if (exemplifierAt(r.tokens, k, r.lex)) return true;
    const member = t.norm === ',' ? r.mentionsEndingAt.get(k)?.[0] : undefined;
    if (t.pos !== 'DET' && !member) return false;
    k = member ? member.tokenStart - 1 : k - 1;
  }
  return false;
}

/** clause.infinitive-time: "vowed Monday to strike", "pledged on March 3 to": a time phrase leaves the infinitive the verb's own. */
export function afterTimeAdjunct(r: Pick<SayInput, 'tokens' | 'from' | 'lex'>, i: number): boolean {
  const { lex, tokens } = r;
  const timeWord = (k: number): boolean => lex.WEEKDAYS.has(tokens[k]?.norm ?? '') || lex.MONTHS.has(tokens[k]?.norm ?? '') || lex.TIME_WORDS.has(tokens[k]?.norm ?? '') || (tokens[k]?.pos === 'NUM' && lex.MONTHS.has(tokens[k - 1]?.norm ?? ''));
  if (!timeWord(i - 1)) return false;
  let k = i - 2;
  while (k >= r.from && k >= i - 5 && (timeWord(k) || tokens[k]?.norm === 'on' || tokens[k]?.norm === 'in')) k--;
  return tokens[k]?.pos === 'VERB';
}

/** What starts the object of a participle the tagger read as a noun: a name, a determiner, a pronoun. */
const OBJECT_START: ReadonlySet<string> = new Set(['PROPN', 'DET', 'PRON']);

/** Whether token `k` is a present participle: the tagger reads "meeting", "visiting" as nouns too, which an object after it shows are verbs. */
export function participle(r: OpenerInput, k: number): boolean {
  const t = r.tokens[k];
  return t !== undefined && t.norm.endsWith('ing') && (t.pos === 'VERB' || (t.pos === 'NOUN' && OBJECT_START.has(r.tokens[k + 1]?.pos ?? '')));
}

/**
 * clause.fronted-participle: "Praising Sylvania for its help, Kovac said": a sentence-initial participle with an
 * object, closed by a comma before any finite verb; with one first it is a gerund subject ("Getting Sylvania to
 * agree will be hard, Kovac said").
 */
export function frontedParticiple(r: ListInput, i: number): boolean {
  const t = r.tokens[i];
  if (!t || r.lex.PREP_PARTICIPLES.has(t.norm) || !OBJECT_START.has(r.tokens[i + 1]?.pos ?? '') || !participle(r, i)) return false;
  let list = false;
  for (let k = i + 2; k < Math.min(r.to, i + 24); k++) {
    const w = r.tokens[k];
    if (!w) return false;
    // A comma inside a list of objects ("Getting Sylvania, Osterlich, and Freedonia to agree") closes nothing.
    if (w.norm === ',') {
      const next = r.tokens[k + 1]?.norm;
      if (listGoesOn(r, k)) list = true;
      else if (!(list && (next === 'and' || next === 'or'))) return true;
    }
    if (w.pos === 'AUX' || (w.pos === 'VERB' && finiteAt(r, k))) return false;
  }
  return false;
}

/** Whether a verb-tagged token is a finite verb: not a participle, an infinitive after "to", or a noun after a determiner ("its help"). */
function finiteAt(r: OpenerInput, k: number): boolean {
  const w = r.tokens[k];
  const before = r.tokens[k - 1];
  return w !== undefined && !w.norm.endsWith('ing') && before?.norm !== 'to' && before?.pos !== 'DET' && before?.pos !== 'PRON' && before?.pos !== 'ADJ';
}
