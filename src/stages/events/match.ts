import type { Token } from '../../model/types.js';
import type { VerbDictionary, VerbPattern, WordReq } from '../../dictionaries/verbs.js';

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

/** Try the patterns whose trigger starts at token `i`; `clauseEnd` bounds required words. */
export function matchPatterns(tokens: readonly Token[], i: number, clauseEnd: number, dict: VerbDictionary, sameClause: (j: number) => boolean): PatternHit | null {
  const t = tokens[i];
  if (!t) return null;
  // "Iranian-backed militias": a verb inside a hyphenated adjective is no event.
  const before = tokens[i - 1];
  if (before && before.norm === '-' && before.end === t.start) return null;
  // "accused criminals", "alleged bombers": a participle used as an adjective is no event.
  const after = tokens[i + 1];
  if (t.norm.endsWith('ed') && after && (after.pos === 'NOUN' || after.pos === 'PROPN') && (!before || before.pos === 'DET' || before.pos === 'ADJ' || before.pos === 'ADP' || before.pos === 'VERB')) return null;
  // "the Sylvanian army and allied militias": a participle coordinated into a noun phrase is an adjective.
  const beforeConj = tokens[i - 2];
  if (t.norm.endsWith('ed') && after && after.pos === 'NOUN' && before && before.pos === 'CCONJ' && beforeConj && (beforeConj.pos === 'NOUN' || beforeConj.pos === 'PROPN')) return null;
  // "from shuttered chemical plants", "the destroyed old town": also irregular participles and before adjectives.
  if ((t.norm.endsWith('ed') || t.norm.endsWith('en')) && after && (after.pos === 'NOUN' || after.pos === 'ADJ') && before && (before.pos === 'DET' || before.pos === 'ADP') && before.norm !== 'to') return null;
  // "because of shelling", "in protest": a base or plural form after a preposition is a noun.
  if (before && before.pos === 'ADP' && before.norm !== 'to' && !t.norm.endsWith('ing') && !t.norm.endsWith('ed') && t.pos !== 'VERB') return null;
  // "Jordan's visiting king", "the ruling party": a present participle before its noun is an adjective.
  if (t.norm.endsWith('ing') && after && (after.pos === 'NOUN' || after.pos === 'PROPN') && before && (before.pos === 'DET' || before.norm === "'s" || before.pos === 'ADJ')) return null;
  // "its peacekeeping forces", "Washington's earnest wish", "rejected calls by": a word after a possessive
  // (and its modifiers) or right after a finite verb in "-s" is a noun, whatever the tagger says.
  const plural = t.norm.endsWith('s') && !t.norm.endsWith('ss');
  // "border violations by militias": a plural in -s followed by "by"/"of" is a noun.
  // "conceded to demands from UNITA": no verb in -s follows "to".
  const nominal = (plural && before?.norm === 'to') || possessed(tokens, i) || (dict.nounTriggers.has(t.norm) && gerundNoun(tokens, i)) || (plural && before !== undefined && before.pos === 'VERB' && before.norm.endsWith('ed')) || (plural && (after?.norm === 'by' || after?.norm === 'of'));
  const rescued = verbReading(tokens, i, dict);
  // "is ready to", "has agreed": patterns may name "be"/"have" as their trigger; wink tags them AUX.
  const isVerb = !nominal && (t.pos === 'VERB' || rescued !== null || (t.pos === 'AUX' && (t.lemma === 'be') && dict.byTrigger.has('be')));
  // wink tags some head nouns as adjectives ("an offensive against"): a head has no noun after it.
  const isNoun = t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'ADJ' && !['NOUN', 'PROPN', 'ADJ'].includes(after?.pos ?? ''));
  // wink's lemma first; the surface form's verb lemma backs it up ("staged" -> "stage", not "stag").
  const surface = isVerb || t.pos === 'ADJ' ? rescued ?? dict.verbForms.get(t.norm) ?? null : null;
  const cands = dict.byTrigger.get(t.lemma) ?? (t.lemma !== t.norm ? dict.byTrigger.get(t.norm) : undefined) ?? (surface !== null ? dict.byTrigger.get(surface) : undefined);
  if (!cands) return null;
  let fallback: PatternHit | null = null;
  let best: PatternHit | null = null;
  let bestDistance = Infinity;
  let bestCovered = 0;
  for (const p of cands) {
    if (best !== null && p.specificity < best.pattern.specificity) break;
    if (p.noun ? !isNoun : !isVerb) continue;
    let trigEnd = -1;
    for (const trig of p.triggers) if (seqAt(tokens, i, trig) || (!p.noun && trig.length === 1 && trig[0] === surface)) { trigEnd = i + trig.length - 1; break; }
    if (trigEnd < 0) continue;
    let pos = trigEnd + 1;
    let ok = true;
    for (const part of p.particles) {
      let found = -1;
      for (let k = pos; k < Math.min(clauseEnd, pos + 3); k++) if (tokens[k]?.norm === part) { found = k; break; }
      if (found < 0) { ok = false; break; }
      pos = found + 1;
      trigEnd = found;
    }
    if (!ok) continue;
    // Objects, particles and target phrases sit near their verb: a bounded window keeps matching linear.
    const windowEnd = Math.min(clauseEnd, pos + WINDOW);
    let distance = 0;
    let covered = 0;
    let lastReq = -1;
    for (const req of p.required) {
      const at = findReq(tokens, pos, windowEnd, req);
      if (at < 0 || !sameClause(at)) { ok = false; break; }
      distance += at - pos;
      covered += reqLength;
      if (at > lastReq) lastReq = at;
    }
    if (!ok) continue;
    let prep = -1;
    let targetFrom = pos;
    if (p.target.kind === 'prep') {
      // The target phrase follows the pattern's words closely ("signed an agreement with X"), not a later
      // phrase of their own ("signed an agreement to increase trade by 50 percent compared with last year").
      const prepEnd = lastReq >= 0 ? Math.min(windowEnd, lastReq + PREP_REACH) : windowEnd;
      for (let k = pos; k < prepEnd; k++) {
        const tk = tokens[k];
        if (tk && p.target.preps.has(tk.norm) && sameClause(k)) { prep = k; break; }
      }
      if (prep >= 0) targetFrom = prep + 1;
    }
    const hit = { pattern: p, trigger: i, triggerEnd: trigEnd, targetFrom, prep };
    // A pattern whose preposition is absent still applies, after every pattern that fits fully.
    if (p.target.kind === 'prep' && prep < 0) {
      if (!p.target.required) fallback ??= hit;
      continue;
    }
    // Among equally specific patterns, the one whose words sit nearest the verb wins ("imposed sanctions
    // on X" over a class word further on); patterns come in dictionary order, so ties keep file order.
    // At equal distance the longer phrase wins: "free trade" (economic cooperation) over "free" (release).
    if (best === null || distance < bestDistance || (distance === bestDistance && covered > bestCovered)) { best = hit; bestDistance = distance; bestCovered = covered; }
    if (distance === 0 && covered > 1) break;
  }
  return best ?? fallback;
}

const POSSESSIVES = new Set(["'s", 'its', 'their', 'his', 'her', 'our', 'my', 'your']);

/** Whether token `i` stands after a possessive and only modifiers: "its peacekeeping forces", "Iran's stated wish". */
function possessed(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const p = tokens[k];
    if (!p) return false;
    if (POSSESSIVES.has(p.norm)) return true;
    // Only describing words may stand between: "Myanmar's government rejected" has a noun head before the verb.
    if (!(p.pos === 'ADJ' || p.norm.endsWith('ing'))) return false;
  }
  return false;
}

const ARTICLES = new Set(['a', 'an', 'the', 'this', 'that', 'another']);

/** "launched a fierce shelling of the town": an event noun in -ing after an article and modifiers, with no object, is a noun. */
function gerundNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || !t.norm.endsWith('ing') || (next && !(next.pos === 'ADP' || next.pos === 'PUNCT' || next.pos === 'CCONJ'))) return false;
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const p = tokens[k];
    if (!p) return false;
    if (ARTICLES.has(p.norm)) return true;
    if (!(p.pos === 'ADJ' || p.pos === 'NOUN' || p.pos === 'NUM')) return false;
  }
  return false;
}

const SUBJECT_END = new Set(['NOUN', 'PROPN', 'PRON']);
const QUOTES = new Set(['"', "'", '“', '”', '‘', '’', '``', "''"]);
const AFTER_VERB = new Set(['DET', 'PRON', 'PROPN', 'ADP', 'SCONJ', 'NUM', 'PART']);

/** The verb lemma of a token wink-nlp tagged as a noun where the context reads as a verb ("news states that"). */
export function verbReading(tokens: readonly Token[], i: number, dict: VerbDictionary): string | null {
  const t = tokens[i];
  if (!t || t.pos === 'VERB' || (t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'PROPN')) return null;
  const lemma = dict.verbForms.get(t.norm);
  if (lemma === undefined) return null;
  // Look back past quotes and adverbs: 'had "unintentionally" shot down', "also commits".
  let b = i - 1;
  while (b > i - 5 && (tokens[b]?.pos === 'ADV' || QUOTES.has(tokens[b]?.norm ?? ''))) b--;
  const prev = tokens[b];
  const next = tokens[i + 1];
  const subj = prev;
  if (!prev || !next || !subj || !SUBJECT_END.has(subj.pos) && prev.pos !== 'AUX' && prev.norm !== 'not') return null;
  if (!AFTER_VERB.has(next.pos) && next.norm !== 'that') return null;
  // "rebel units in north Sylvania", "talks with": a noun in -s before a preposition stays a noun.
  if (t.norm.endsWith('s') && next.pos === 'ADP') return null;
  // A base form ("the Islamic state out") reads as a verb only after a modal, "to" or a pronoun.
  if (t.norm === lemma && !(prev.pos === 'AUX' || prev.norm === 'to' || prev.pos === 'PRON')) return null;
  return lemma;
}
