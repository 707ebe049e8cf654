import type { Modality, Token } from '../../model/types.js';
import type { Lexicon } from '../../dictionaries/lexicon.js';
import type { SentenceContext } from './context.js';
import { governingParticiple } from './participles.js';
import { QUOTE_MARKS } from './speech-tag.js';

// Negation, modality and voice of a verb trigger, read from the words of its verb group.


/** What the words around a trigger verb say about it. */
export interface VerbGroup {
  /** First token of the verb group (auxiliaries, modals, negation). */
  readonly start: number;
  readonly negated: boolean;
  readonly modality: Modality;
  readonly passive: boolean;
  /** A modal with "have" ("would have attacked", "could have signed"): a past that did not happen. */
  readonly pastModal: boolean;
  /** "had attacked" outside reported speech: a past before the story's past, background (ADR 0010). */
  readonly pluperfect: boolean;
}

/** Whether a token looks like a past participle. */
export function isParticiple(t: Token, lex: Lexicon): boolean {
  return t.norm.endsWith('ed') || t.norm.endsWith('en') || lex.IRREGULAR_PARTICIPLES.has(t.norm);
}

/** The sentence a verb group is read from: its tokens, its span [from, to) and its clause map. */
export type VerbGroupInput = Pick<SentenceContext, 'tokens' | 'from' | 'to' | 'lex' | 'cm' | 'clauseOf'>;

/** Analyse the verb group ending at `v` within [from, v]: negation, modality, voice. */
export function analyzeVerbGroup(input: VerbGroupInput, v: number): VerbGroup {
  const { tokens, from, lex } = input;
  const { NEGATORS, FUTURE, HYPOTHETICAL, BE_FORMS: BE, CONDITIONAL } = lex;
  const head = coordinatedHead(input, v);
  let start = head;
  let negated = false;
  let modality: Modality = 'asserted';
  let sawBe = false, sawPerfect = false, counterfactual = false, pastModal = false, pastPerfect = false;
  for (let i = head - 1; i >= from && i >= head - 6; i--) {
    const t = tokens[i];
    if (!t) break;
    const n = t.norm;
    // group.partial-quote: 'would "totally destroy"', 'will "never accept"': a quote opened inside the group leaves it whole.
    if (QUOTE_MARKS.has(t.text) && i < head) continue;
    // reading.catenative: "will continue bombing", "did not help broker": the catenative verb right before
    // its complement (adverbs aside) is in the complement's group; its modals and negation are the act's.
    if (t.pos === 'VERB' && start === i + 1 && (lex.CATENATIVE_BASE.has(t.lemma) || lex.CATENATIVE_ING.has(t.lemma))) {
      start = i;
      continue;
    }
    if (t.pos === 'AUX' || t.pos === 'PART' || t.pos === 'ADV' || NEGATORS.has(n) || n === 'to' || BE.has(n)) {
      if (NEGATORS.has(n)) negated = true;
      else if (FUTURE.has(n)) {
        modality = modality === 'asserted' ? 'intended' : modality;
        counterfactual = lex.COUNTERFACTUAL.has(n);
        // "would have attacked": what did not happen.
        if (counterfactual && sawPerfect) modality = 'hypothetical';
        pastModal ||= sawPerfect;
      }
      // Negation follows the modal, so it is already read here: "cannot accept" is asserted and negated.
      else if (HYPOTHETICAL.has(n)) {
        if (!(negated && lex.ABILITY.has(n))) modality = 'hypothetical';
        pastModal ||= sawPerfect;
      }
      if (BE.has(n)) sawBe = true;
      if (lex.PERFECT.has(n)) sawPerfect = true;
      if (lex.PAST_PERFECT.has(n)) pastPerfect = true;
      start = i;
      if (n === 'to') {
        // "plans to attack", "threatened to strike": the governing verb sets the modality.
        const gov = tokens[i - 1];
        const gov2 = tokens[i - 2];
        const g = gov?.pos === 'VERB' ? gov : gov2?.pos === 'VERB' && (gov?.pos === 'ADV' || gov?.pos === 'PART') ? gov2 : governingParticiple(gov, lex);
        const stance = gov ? stanceOf(gov, lex) : null;
        if (stance !== null) {
          // modality.stance-adjective: "is reluctant to send" is not done, "is ready to send" intended.
          if (stance === 'refusal') negated = true; else modality = 'intended';
          for (let k = i - 2; k >= Math.max(from, i - 4); k--) if (NEGATORS.has(tokens[k]?.norm ?? '')) negated = true;
        } else if (g) {
          if (lex.THREAT_VERBS.has(g.lemma)) modality = 'threatened';
          else if (lex.INTENT_VERBS.has(g.lemma)) modality = 'intended';
          else if (lex.REFUSAL_VERBS.has(g.lemma)) negated = true;
          for (let k = i - 1; k >= Math.max(from, i - 4); k--) if (NEGATORS.has(tokens[k]?.norm ?? '')) negated = true;
        } else if (gov?.pos === 'NOUN' && (lex.INTENT_NOUNS.has(gov.lemma) || lex.THREAT_NOUNS.has(gov.lemma))) {
          modality = lex.THREAT_NOUNS.has(gov.lemma) ? 'threatened' : 'intended';
          // "has no plans to send troops", "had no intention of ...": a negated intent intends nothing.
          for (let k = i - 2; k >= Math.max(from, i - 5); k--) if (NEGATORS.has(tokens[k]?.norm ?? '')) negated = true;
        } else if (gov?.pos === 'NOUN' && lex.REFUSAL_NOUNS.has(gov.lemma)) negated = true; else if (gov && lex.POSSIBILITY.has(gov.lemma)) modality = 'hypothetical';
        // modality.be-to: "was to meet", "is also to visit": a finite "be" before the infinitive is a scheduled act.
        else if (beTo(input, i)) modality = 'intended';
        // "can use the army to suppress", "could send troops to attack": the purpose of a possible act is possible.
        if (modality === 'asserted' && governedByModal(input, i)) modality = 'hypothetical';
        break;
      }
      continue;
    }
    break;
  }
  // A condition anywhere before the verb in its clause makes it hypothetical.
  for (let i = v - 1; i >= from; i--) if (CONDITIONAL.has(tokens[i]?.norm ?? '') || conditionPhrase(tokens, i, lex)) { modality = 'hypothetical'; break; }
  // "would sign the pact if Sylvania withdrew": an "if" clause after a counterfactual verb (not the "unless"
  // of an ultimatum, which stays an announced act) makes it hypothetical; "said it would retaliate" stays intended.
  if (counterfactual && modality === 'intended' && !reported(input, v) && ifClauseFollows(input, v)) modality = 'hypothetical';
  const vt = tokens[v];
  const passive = vt !== undefined && sawBe && vt.pos !== 'NOUN' && isParticiple(vt, lex) && !(vt.norm.endsWith('ing')) && !lex.STATIVE_PARTICIPLES.has(vt.norm);
  // A modal before "had" is no pluperfect; in reported speech "had" is the backshifted past of what was said.
  const pluperfect = pastPerfect && modality !== 'hypothetical' && !pastModal && !reported(input, v) && !bareReported(input, v);
  return { start, negated, modality, passive, pastModal, pluperfect };
}

/**
 * Whether `v` is in reported speech: a complement clause, a sentence with ", X said" or "according to X",
 * or a verb of saying before it ("said on Wednesday they would meet him if ...").
 */
function reported(input: VerbGroupInput, v: number): boolean {
  const { cm, clauseOf, tokens, lex } = input;
  if (cm.clauses[clauseOf(v)]?.kind === 'comp' || cm.clauses.some((c) => c.kind === 'speech' || c.kind === 'attrib')) return true;
  for (let k = input.from; k < v; k++) {
    const t = tokens[k];
    if (t?.pos === 'VERB' && lex.SAY_ALWAYS_SPEECH.has(t.lemma)) return true;
  }
  return false;
}

/** Whether a verb that takes a bare clause ("denied", "admitted") stands before `v`: "denied it had attacked" is backshifted. */
function bareReported(input: VerbGroupInput, v: number): boolean {
  for (let k = input.from; k < v; k++) {
    const t = input.tokens[k];
    if (t?.pos === 'VERB' && input.lex.SAY_BARE_COMPLEMENT.has(t.lemma)) return true;
  }
  return false;
}

/** Whether a subordinate clause of condition that is no ultimatum ("if", not "unless") opens after `v` in its sentence. */
function ifClauseFollows(input: VerbGroupInput, v: number): boolean {
  const { tokens, cm, clauseOf, lex } = input;
  for (let k = v + 1; k < input.to; k++) {
    const n = tokens[k]?.norm ?? '';
    if (conditionPhrase(tokens, k, lex) && clauseOf(k) === clauseOf(v)) return true;
    if (!lex.CONDITION.has(n) || lex.ULTIMATUM.has(n)) continue;
    const cl = cm.clauses[clauseOf(k)];
    if (cl?.kind === 'sub' && cl.opener === k) return true;
  }
  return false;
}

/**
 * reading.coordinated-participle: "were arrested and detained", "was attacked or even killed", "was ousted from
 * power and put under arrest", "were arrested, tortured and killed": a participle after "and"/"or" (an adverb
 * aside) whose earlier conjunct is a participle right after a form of "be" shares that one's auxiliaries, voice
 * and negation: the group is read from the first participle, whose index this returns (else `v`). Across a
 * complement, a conjunct with an object after it is active ("was attacked by Sylvania and killed the envoy").
 */
function coordinatedHead(input: VerbGroupInput, v: number): number {
  const { tokens, lex } = input;
  const t = tokens[v];
  if (!t || !isParticiple(t, lex) || t.norm.endsWith('ing')) return v;
  let k = v - 1;
  if (tokens[k]?.pos === 'ADV') k--;
  const conj = tokens[k]?.norm;
  if (conj !== 'and' && conj !== 'or') return v;
  const adjacent = k === v - 1 && conj === 'and';
  for (let j = k - 1; j >= input.from + 1 && j >= k - 7; j--) {
    const w = tokens[j];
    if (!w) return v;
    const participle = w.pos === 'VERB' && isParticiple(w, lex) && !w.norm.endsWith('ing');
    if (participle) {
      let b = j - 1;
      if (tokens[b]?.pos === 'ADV') b--;
      if (b >= input.from && lex.BE_FORMS.has(tokens[b]?.norm ?? '')) return adjacent && j === k - 1 || !objectAfter(tokens, v) ? j : v;
      continue;
    }
    if (w.pos === 'VERB' || w.pos === 'AUX' || w.pos === 'SCONJ' || (w.pos === 'PUNCT' && w.norm !== ',')) return v;
  }
  return v;
}

/** Whether a noun phrase or pronoun follows the verb at `v` directly: its object, so it is no passive. */
function objectAfter(tokens: readonly Token[], v: number): boolean {
  const n = tokens[v + 1];
  return n !== undefined && (n.pos === 'DET' || n.pos === 'PRON' || n.pos === 'PROPN' || n.pos === 'NOUN' || n.pos === 'NUM');
}

/**
 * modality.condition-phrase: "in the event of a strike", "in case of war" (lexicon CONDITION_NOUNS) opens a
 * condition as "if" does: "Sylvania would retaliate in the event of a strike" is hypothetical.
 */
function conditionPhrase(tokens: readonly Token[], i: number, lex: Pick<Lexicon, 'CONDITION_NOUNS'>): boolean {
  if (tokens[i]?.norm !== 'in') return false;
  const n = tokens[i + 1]?.norm === 'the' ? i + 2 : i + 1;
  const after = tokens[n + 1]?.norm;
  return lex.CONDITION_NOUNS.has(tokens[n]?.norm ?? '') && (after === 'of' || after === 'that');
}

/**
 * Whether a finite form of "be" (an adverb aside) governs the infinitive marker at `to` ("is to visit",
 * "were also to meet"), its clause naming no abstract noun as what the infinitive is ("the goal is to
 * press Sylvania", "the response was to fire": a predicate, not a schedule).
 */
function beTo(input: VerbGroupInput, to: number): boolean {
  const { tokens, lex, clauseOf } = input;
  let k = to - 1;
  if (tokens[k]?.pos === 'ADV') k--;
  const be = tokens[k];
  if (be === undefined || be.pos !== 'AUX' || !lex.BE_FINITE.has(be.norm)) return false;
  // "that was only to thank him": a demonstrative subject is what was done, defined by the infinitive.
  const subject = tokens[k - 1]?.norm;
  if (subject === 'that' || subject === 'this') return false;
  const clause = clauseOf(k);
  for (let j = k - 1; j >= input.from; j--) {
    const t = tokens[j];
    if (t?.pos === 'NOUN' && clauseOf(j) === clause && lex.PREDICATE_NOUNS.has(t.lemma)) return false;
  }
  return true;
}

/** What an adjective before a to-infinitive says of the act: refused ("reluctant to"), intended ("ready to"), or nothing. */
function stanceOf(t: Token, lex: Lexicon): 'refusal' | 'intent' | null {
  return lex.REFUSAL_ADJECTIVES.has(t.norm) ? 'refusal' : lex.WILLING_ADJECTIVES.has(t.norm) ? 'intent' : null;
}

/** Whether the nearest verb before the infinitive marker `to` (in its phrase) is itself hypothetical. */
function governedByModal(input: VerbGroupInput, to: number): boolean {
  const { tokens, from } = input;
  for (let k = to - 1; k >= Math.max(from, to - 6); k--) {
    const t = tokens[k];
    if (!t || t.pos === 'PUNCT' || t.pos === 'SCONJ') return false;
    if (t.pos === 'VERB') return analyzeVerbGroup(input, k).modality === 'hypothetical';
  }
  return false;
}
