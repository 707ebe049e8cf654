import type { Token } from '../../model/types.js';
import type { VerbDictionary, VerbPattern, WordReq } from '../../dictionaries/verbs.js';
import type { Lexicon } from '../../dictionaries/lexicon.js';
import { appositiveParticiple, gerundObject } from './verb-reading.js';
import { haveObject } from './light.js';
import { beforeNumber, seriesMember, timePhrase } from './words.js';
import { complementWord, passiveSubjectStart } from './complement.js';
import { intentInfinitiveAt } from './clause-openers.js';
import { notAPredicate, nounReading, readingOf, type ReadingInput } from './token-reading.js';

/** How many tokens after the trigger (and its particles) a pattern's words and preposition may lie. */
const WINDOW = 20;
/** How far after a pattern's last required word its target preposition may stand. */
const PREP_REACH = 8;

/** A pattern that fired at a trigger, with the token positions it used. */
export interface PatternHit {
  readonly pattern: VerbPattern;
  readonly trigger: number;
  /** Last token of the trigger phrase (multi-word noun triggers, particles). */
  readonly triggerEnd: number;
  /** Where the target search starts: after the governing preposition when the pattern names one. */
  readonly targetFrom: number;
  readonly prep: number;
  /** Where a passive's subject holds the pattern's required words ("the attack was claimed by X"), else absent. */
  readonly subjectWord?: number;
}

function seqAt(tokens: readonly Token[], i: number, seq: readonly string[]): boolean {
  for (let k = 0; k < seq.length; k++) {
    const t = tokens[i + k];
    if (!t || (t.lemma !== seq[k] && t.norm !== seq[k])) return false;
  }
  return true;
}

/** Length in tokens of the alternative `findReq` matched last (the longest one at its position). */
let reqLength = 0;

function findReq(tokens: readonly Token[], from: number, to: number, req: WordReq): number {
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t || !(req.first.has(t.lemma) || req.first.has(t.norm))) continue;
    let best = 0;
    for (const alt of req.alts) if (alt.length > best && seqAt(tokens, i, alt)) best = alt.length;
    if (best > 0) { reqLength = best; return i; }
  }
  return -1;
}

/** The sentence a pattern is matched in: tokens up to `to` (which bounds required words), verbs and lexicon. */
export interface MatchInput extends ReadingInput {
  readonly to: number;
  /** `compileRequiredWords` of `verbs`, when the caller compiled it. */
  readonly required?: ReadonlyMap<readonly VerbPattern[], RequiredWords>;
  /** Per token, whether its form or lemma starts a required word of any pattern (`anyRequired`), where known. */
  readonly mayBeRequired?: (k: number) => boolean;
}

/** A pattern that fits at a trigger, with how far its words lie from the verb and how many tokens they cover. */
interface Fit {
  readonly hit: PatternHit;
  readonly distance: number;
  readonly covered: number;
}

/** Where a pattern's trigger and particles end at `i` and the position after them, or null when they are absent. */
function triggerEnd(input: MatchInput, i: number, p: VerbPattern, surface: string | null): { end: number; pos: number } | null {
  const { tokens, to } = input;
  let end = -1;
  for (const trig of p.triggers) if (seqAt(tokens, i, trig) || (!p.noun && trig.length === 1 && trig[0] === surface)) { end = i + trig.length - 1; break; }
  if (end < 0) return null;
  let pos = end + 1;
  for (const part of p.particles) {
    let found = -1;
    // match.particle-time: "called Kovac on Tuesday": a preposition that heads a time phrase is no particle
    // (an adverb before a day still is: "fired back Sunday at").
    for (let k = pos; k < Math.min(to, pos + 3); k++) if (tokens[k]?.norm === part && !(tokens[k]?.pos === 'ADP' && timePhrase(tokens, k, input.lex))) { found = k; break; }
    if (found < 0) return null;
    pos = found + 1;
    end = found;
  }
  return { end, pos };
}

/** What every pattern tried at one trigger shares: the surface verb, the clause test, the words nearby. */
interface MatchAt {
  readonly surface: string | null;
  readonly sameClause: (j: number) => boolean;
  /** Words after the trigger, within reach, that some of its patterns require: usually none or a few. */
  readonly here: readonly string[];
  /** First token of a passive participle's subject phrase, where required words may stand instead, or -1. */
  readonly subjectStart: number;
  /** Whether the trigger is a verb of announcing (SAY_ANNOUNCING), whose required words must not lie in what it reports. */
  readonly announcing: boolean;
}

/** Words that start a required word of some pattern of one trigger, and how far past the trigger they may lie. */
export interface RequiredWords {
  readonly words: ReadonlySet<string>;
  /** Tokens from the trigger to the end of the furthest window a pattern's required words are looked for in. */
  readonly reach: number;
  /** The patterns that require no word: the only ones that can fit where none of `words` stands nearby. */
  readonly free: readonly VerbPattern[];
}

/** The required words of the patterns in `cands` (the patterns of one trigger). */
export function requiredWords(cands: readonly VerbPattern[]): RequiredWords {
  const words = new Set<string>();
  let reach = 0;
  for (const p of cands) {
    for (const req of p.required) for (const w of req.first) words.add(w);
    // Each particle may stand up to 3 tokens after what precedes it (triggerEnd); the window follows.
    reach = Math.max(reach, Math.max(...p.triggers.map((t) => t.length)) + 3 * p.particles.length + WINDOW);
  }
  return { words, reach, free: cands.filter((p) => p.required.length === 0) };
}

/** Every word that starts a required word of some pattern: the union of all `requiredWords`. */
export function anyRequired(verbs: VerbDictionary): ReadonlySet<string> {
  const out = new Set<string>();
  for (const cands of verbs.byTrigger.values()) for (const p of cands) for (const req of p.required) for (const w of req.first) out.add(w);
  return out;
}

/** `requiredWords` of every trigger's patterns, compiled once by a stage for its dictionary. */
export function compileRequiredWords(verbs: VerbDictionary): ReadonlyMap<readonly VerbPattern[], RequiredWords> {
  return new Map([...verbs.byTrigger.values()].map((cands) => [cands, requiredWords(cands)]));
}

function anyIn(here: readonly string[], first: ReadonlySet<string>): boolean {
  for (let k = 0; k < here.length; k++) if (first.has(here[k] ?? '')) return true;
  return false;
}

/**
 * match.approximator: "sent up to 450 troops to Iraq": "to" after "up" or "close" and before a number
 * approximates the number; it heads no target phrase. ("to three airbases", "over two raids" still do.)
 */
function upTo(tokens: readonly Token[], k: number, lex: Pick<Lexicon, 'UP_TO_HEADS' | 'QUANTITY_WORDS'>): boolean {
  return tokens[k]?.norm === 'to' && lex.UP_TO_HEADS.has(tokens[k - 1]?.norm ?? '') && beforeNumber(tokens, k + 1, lex);
}

/**
 * match.reported-clause: a word after a verb of announcing lies in the clause it reports, not in its object, when
 * "that", an auxiliary or a finite verb stands between ("announced it would prohibit aid to X" is no aid;
 * "announced new aid" is; "announced plans to send aid to X" is the plan's intended act, match.intended-act).
 */
function reportedWord(tokens: readonly Token[], i: number, k: number): boolean {
  for (let q = i + 1; q < k; q++) {
    const t = tokens[q];
    if (!t) return false;
    if (t.norm === 'that' || t.pos === 'AUX' || (t.pos === 'VERB' && tokens[q - 1]?.norm !== 'to')) return true;
  }
  return false;
}

/**
 * match.intended-act: a word in the to-infinitive of an intention or threat noun between the trigger and it
 * belongs to that intended act ("unveiled plans to impose sanctions", "announced its readiness to send troops"):
 * the act is coded there, with its modality, not as the trigger's object.
 */
function intendedWord(input: MatchInput, i: number, k: number): boolean {
  for (let q = i + 1; q < k - 1; q++) if (intentInfinitiveAt(input.tokens, q, input.lex)) return true;
  return false;
}

/** Parts of speech that start a noun phrase; with a complementiser, what starts a verb's direct object. */
const OBJECT_OR_CLAUSE_START: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ', 'SCONJ']);

/**
 * match.intransitive: whether a direct object starts at `k` (adverbs skipped): a noun phrase or a clause, not
 * a time phrase or a gerund ("demonstrated a willingness", "rallied supporters", "demonstrated that it can"; not
 * "demonstrated Sunday", "rallied this week", "marched peacefully to the square", "considering giving aid").
 */
function directObject(tokens: readonly Token[], k: number, lex: Pick<Lexicon, 'WEEKDAYS' | 'MONTHS' | 'TIME_WORDS' | 'ADVERBIAL_NOUNS'>): boolean {
  let q = k;
  while (tokens[q]?.pos === 'ADV' && q < k + 2) q++;
  const t = tokens[q];
  if (!t || !OBJECT_OR_CLAUSE_START.has(t.pos)) return false;
  // The tagger reads many gerunds as nouns or adjectives: "considering giving money" has an act as its complement.
  if ((t.pos === 'NOUN' || t.pos === 'ADJ') && t.norm.endsWith('ing')) return false;
  return !(lex.WEEKDAYS.has(t.norm) || lex.MONTHS.has(t.norm) || lex.TIME_WORDS.has(t.norm) || lex.ADVERBIAL_NOUNS.has(t.norm));
}

/** Parts of speech that open a noun phrase: after a comma, a new subject. */
const NEW_SUBJECT: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM']);

/**
 * match.copula-predicate: the predicate of "be" runs up to a semicolon, or a comma before a new noun phrase: a word
 * after it belongs to another clause ("I am in no hurry, our military is ready to go"). A comma inside the
 * predicate stays in it ("were angry, disappointed and frustrated", "very, very angry", "was, however, critical of").
 */
function copulaEnd(tokens: readonly Token[], pos: number, end: number): number {
  for (let k = pos; k < end; k++) {
    const n = tokens[k]?.norm;
    if (n === ';' || (n === ',' && NEW_SUBJECT.has(tokens[k + 1]?.pos ?? ''))) return k;
  }
  return end;
}

/** match.pattern: whether pattern `p` fits at trigger `i`: trigger, particles, required words, target preposition. */
function fitPattern(input: MatchInput, i: number, p: VerbPattern, at: MatchAt): Fit | null {
  const { tokens } = input;
  // Cheap necessary test first: every required word must occur somewhere near the trigger.
  for (const req of p.required) if (!anyIn(at.here, req.first)) return null;
  const trig = triggerEnd(input, i, p, at.surface);
  if (!trig) return null;
  const { pos } = trig;
  if (p.intransitive && directObject(tokens, pos, input.lex)) return null;
  // match.transitive: the mirror, for a verb that is this event only with an object ("wants Sylvania to leave").
  if (p.transitive && !directObject(tokens, pos, input.lex)) return null;
  // Objects, particles and target phrases sit near their verb: a bounded window keeps matching linear.
  const limit = Math.min(input.to, pos + WINDOW);
  const windowEnd = !p.noun && tokens[i]?.lemma === 'be' ? copulaEnd(tokens, pos, limit) : limit;
  let distance = 0;
  let covered = 0;
  let lastReq = -1;
  let subjectWord = -1;
  for (const req of p.required) {
    let k = findReq(tokens, pos, windowEnd, req);
    if (k < 0 && at.subjectStart >= 0 && !p.noun) k = subjectWord = findReq(tokens, at.subjectStart, i, req);
    else if (k < 0 || !at.sameClause(k) || (p.ownObject && complementWord(tokens, i, k, input.to)) || (at.announcing && reportedWord(tokens, i, k)) || intendedWord(input, i, k)) return null;
    if (k < 0) return null;
    if (k < i) continue;
    distance += k - pos;
    covered += reqLength;
    if (k > lastReq) lastReq = k;
  }
  // A no-event sense is named by the verb's object: its words stand right after the verb ("struck a defiant tone").
  if (p.none && lastReq > pos + 3) return null;
  if (tokens[i]?.pos === 'AUX' && !haveObject(input, i, pos, lastReq)) return null;
  let prep = -1;
  if (p.target.kind === 'prep') {
    // The target phrase follows the pattern's words closely ("signed an agreement with X"), not a later
    // phrase of their own ("signed an agreement to increase trade by 50 percent compared with last year").
    const prepEnd = lastReq >= 0 ? Math.min(windowEnd, lastReq + PREP_REACH) : windowEnd;
    for (let k = pos; k < prepEnd; k++) {
      const tk = tokens[k];
      if (tk && p.target.preps.has(tk.norm) && at.sameClause(k) && !timePhrase(tokens, k, input.lex) && !upTo(tokens, k, input.lex)) { prep = k; break; }
    }
  }
  const hit: PatternHit = { pattern: p, trigger: i, triggerEnd: trig.end, targetFrom: prep >= 0 ? prep + 1 : pos, prep };
  return { hit: subjectWord >= 0 ? { ...hit, subjectWord } : hit, distance, covered };
}

/** Try the patterns whose trigger starts at token `i`; `sameClause` says where required words may lie. */
export function matchPatterns(input: MatchInput, i: number, sameClause: (j: number) => boolean): PatternHit | null {
  const { tokens, verbs: dict } = input;
  const t = tokens[i];
  if (!t) return null;
  // match.noun-only: a form that is no predicate here ("after talks with", "in protest") may still be an event noun.
  const nounOnly = notAPredicate(tokens, i, t, input.endsActor?.(i - 1) === true) && !(t.pos === 'NOUN' && seriesMember(tokens, i, input.lex));
  // A form read as no predicate needs no verb reading, the costly part.
  const { isVerb, isNoun, surface, complement } = nounOnly ? nounReading(t, tokens[i + 1]) : readingOf(input, i, t);
  // A noun-tagged form read as a verb ("Wang, meeting with", "began shelling") takes the verb's patterns, not its noun's.
  const verbal = isVerb && surface !== null && surface !== t.lemma && (complement || appositiveParticiple(tokens, i) || gerundObject(tokens, i, input.lex)) ? dict.byTrigger.get(surface) : undefined;
  const cands = verbal ?? dict.byTrigger.get(t.lemma) ?? (t.lemma !== t.norm ? dict.byTrigger.get(t.norm) : undefined) ?? (surface !== null ? dict.byTrigger.get(surface) : undefined);
  if (!cands) return null;
  const { words: wanted, reach, free } = input.required?.get(cands) ?? requiredWords(cands);
  const here: string[] = [];
  const end = wanted.size === 0 ? i : Math.min(input.to, i + reach);
  const may = input.mayBeRequired;
  for (let k = i + 1; k < end; k++) {
    const tk = tokens[k];
    if (!tk || (may !== undefined && !may(k))) continue;
    if (wanted.has(tk.lemma)) here.push(tk.lemma);
    if (tk.norm !== tk.lemma && wanted.has(tk.norm)) here.push(tk.norm);
  }
  // A passive's subject may hold the object's words (match.passive-object).
  const subjectStart = wanted.size === 0 ? -1 : passiveSubjectStart(tokens, i, input.lex);
  for (let k = Math.max(0, subjectStart); k < i && subjectStart >= 0; k++) {
    const tk = tokens[k];
    if (tk && wanted.has(tk.lemma)) here.push(tk.lemma);
    if (tk && tk.norm !== tk.lemma && wanted.has(tk.norm)) here.push(tk.norm);
  }
  const at: MatchAt = { surface, sameClause, here, subjectStart, announcing: t.pos === 'VERB' && input.lex.SAY_ANNOUNCING.has(t.lemma) };
  let fallback: PatternHit | null = null;
  let best: Fit | null = null;
  // With no required word nearby, only the patterns that require none can fit (the same ones, in order).
  for (const p of here.length === 0 ? free : cands) {
    if (best !== null && p.specificity < best.hit.pattern.specificity) break;
    if (p.noun ? !isNoun : !isVerb) continue;
    const fit = fitPattern(input, i, p, at);
    if (!fit) continue;
    // A pattern whose preposition is absent still applies, after every pattern that fits fully.
    if (p.target.kind === 'prep' && fit.hit.prep < 0) {
      if (!p.target.required) fallback ??= fit.hit;
      continue;
    }
    // Among equally specific patterns, the one whose words sit nearest the verb wins ("imposed sanctions
    // on X" over a class word further on); patterns come in dictionary order, so ties keep file order.
    // At equal distance the longer phrase wins: "free trade" (economic cooperation) over "free" (release).
    if (best === null || fit.distance < best.distance || (fit.distance === best.distance && fit.covered > best.covered)) best = fit;
    if (fit.distance === 0 && fit.covered > 1) break;
  }
  return best?.hit ?? fallback;
}
