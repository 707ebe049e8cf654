import type { Mention } from '../../model/types.js';
import { CHARACTERISED_ACT, headsNoun } from './anaphora.js';
import type { Lexicon, LexiconClass } from '../../dictionaries/lexicon.js';
import type { VerbPattern } from '../../dictionaries/verbs.js';
import type { SentenceContext } from './context.js';
import type { Coded, Speech } from './coded.js';
import { findSource, inComplement } from './subject.js';
import { analyzeVerbGroup } from './verbgroup.js';
import { QUOTE_MARKS } from './speech-tag.js';
import { nounOwner } from './words.js';

// Reported evaluation (issue 9, "quoted evaluation"): what a speaker says of another actor's conduct is
// itself an act towards that actor. "Freedonia said Sylvania made a grave mistake", '"Sylvania's conduct
// is reckless," the Freedonian minister said' is Freedonia criticising Sylvania (111); "called Sylvania's
// step courageous" praises it (051). The evaluative words are lexicon classes (dictionaries/lexicon/
// evaluation.txt); the evaluated actor is the subject of the clause that holds them.

/** The evaluation classes and the CAMEO code each gives. */
const EVALUATIONS: readonly { readonly cls: LexiconClass; readonly code: string }[] = [
  { cls: 'EVAL_CRITICAL', code: '111' },
  { cls: 'EVAL_APPROVING', code: '051' },
];
/** characterise.critical: words that criticise only as what a verb of characterising calls someone. */
const CHARACTERISING: (typeof EVALUATIONS)[number] = { cls: 'CHARACTERISE_CRITICAL', code: '111' };

/** What a report evaluates: the evaluated actors, the code and the class that decided it. */
interface Evaluated {
  readonly targets: readonly Mention[];
  readonly code: string;
  readonly cls: LexiconClass;
  /** Token of the evaluative word. */
  readonly at: number;
}

/** Furthest a complement's evaluative word may lie after its verb of saying (tokens). */
const REACH = 20;

/**
 * speech.evaluation: a report whose clause calls its subject's conduct wrong or right is the speaker's
 * criticism (111) or praise (051) of that subject. Not when the report is negated or open ("not a
 * mistake", "whether"), not of the speaker itself, and not where the verb already codes an act towards
 * the same actor (an accusation says more).
 */
export function addEvaluations(ctx: SentenceContext, coded: Coded[], speech: readonly Speech[]): void {
  for (const sp of speech) {
    if (!sp.pattern) continue;
    const ev = evaluated(ctx, sp);
    if (!ev) continue;
    const targets = ev.targets.filter((m) => !sp.speaker.some((s) => s.id === m.id || s.actor.code === m.actor.code)
      && !coded.some((c) => c.hit.trigger === sp.verb && c.sides.targets.some((t) => t.id === m.id)));
    if (targets.length === 0) continue;
    const hit = { pattern: evaluationPattern(ctx, sp.pattern, ev), trigger: sp.verb, triggerEnd: sp.verb, targetFrom: sp.verb + 1, prep: -1 };
    coded.push({ hit, sides: { sources: sp.speaker, targets }, negated: false, modality: 'asserted', code: ev.code });
  }
}

/** The speech verb's pattern recoded as the evaluation, its rule pointing at the lexicon class that decided. */
function evaluationPattern(ctx: SentenceContext, say: VerbPattern, ev: Evaluated): VerbPattern {
  const at = ctx.lex.where.get(ev.cls);
  const rule = { file: at?.file ?? say.rule.file, line: at?.line ?? say.rule.line, id: `speech.evaluation.${ev.cls.toLowerCase()}+${say.rule.id}` };
  return { ...say, code: ev.code, say: false, needsTarget: true, rule };
}

const NOUNISH: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);

/** The class of an evaluative word at token `k`, if it is one. */
function evaluationAt(ctx: SentenceContext, k: number): (typeof EVALUATIONS)[number] | undefined {
  const t = ctx.tokens[k];
  if (!t) return undefined;
  // "illegal immigrants": a word that judges only as a predicate classifies the noun it stands before.
  if (ctx.lex.EVAL_PREDICATIVE.has(t.norm) && NOUNISH.has(ctx.tokens[k + 1]?.pos ?? '')) return undefined;
  // A loop, not find(): this runs at every token of a report, and a closure per token costs a collection.
  for (const e of EVALUATIONS) if (ctx.lex[e.cls].has(t.lemma) || ctx.lex[e.cls].has(t.norm)) return e;
  return undefined;
}

/** The first evaluative word of the report of `sp` and the subject of its clause, or null. */
function evaluated(ctx: SentenceContext, sp: Speech): Evaluated | null {
  const { cm, clauseOf } = ctx;
  const sc = clauseOf(sp.verb);
  // The report: the complement after the verb, or the clause before an inverted tag ("..., Osterlich said").
  const from = sp.inverted ? ctx.from : sp.verb + 1;
  const to = sp.inverted ? sp.verb : Math.min(ctx.to, sp.verb + REACH);
  return judged(ctx, { from, to, topic: saidOf(ctx, sp.verb) }, (c) => (sp.inverted ? cm.clauses[c]?.kind !== 'speech' : c !== sc && inComplement(cm, c, sc)));
}

/**
 * speech.said-of: '"This is a blatant violation of international law," the ministry said of the US sanctions':
 * the actor of an "of" phrase right after the verb of saying is what the report is about, and what a
 * judgement with no actor subject of its own ("this", "it") judges.
 */
function saidOf(ctx: SentenceContext, verb: number): Mention | undefined {
  if (ctx.tokens[verb + 1]?.norm !== 'of') return undefined;
  for (const m of ctx.mentions) if (m.tokenStart > verb + 1 && m.tokenStart <= verb + 4) return m;
  return undefined;
}

/**
 * The first mention within tokens [from, to) that starts in clause `c`. A function of its own, not a
 * closure in the caller's loop: a closure over a loop variable costs a context at every iteration.
 */
function firstInClause(ctx: SentenceContext, range: { readonly from: number; readonly to: number }, c: number): Mention | undefined {
  for (const m of ctx.mentions) if (m.tokenStart >= range.from && m.tokenEnd <= range.to && ctx.clauseOf(m.tokenStart) === c) return m;
  return undefined;
}

/** The first evaluative word in [from, to), in a clause `inReport` accepts, and the actor subject of its clause (else the report's topic). */
function judged(ctx: SentenceContext, range: { readonly from: number; readonly to: number; readonly topic?: Mention | undefined }, inReport: (clause: number) => boolean): Evaluated | null {
  const { tokens, lex, clauseOf } = ctx;
  const { from, to } = range;
  let open = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t || t.norm === ';') return null;
    // "no mistake", "did nothing improper", "whether it was a mistake", "if Sylvania is reckless": no judgement passed.
    if (lex.NEGATORS.has(t.norm) || lex.NEGATIVE_PRONOUNS.has(t.norm) || lex.CONDITIONAL.has(t.norm)) { open = true; continue; }
    const ev = evaluationAt(ctx, k);
    if (!ev) continue;
    const c = clauseOf(k);
    if (!inReport(c)) return null;
    // speech.evaluation-owner: "we will not tolerate Sylvania's bullying": a judging noun owned by an actor judges
    // that actor whatever the clause says of it; a negation or condition before does not undo what the noun takes as given.
    const owner = t.pos === 'NOUN' ? nounOwner(tokens, ctx.mentions, k, lex) : undefined;
    if (owner) return { targets: [owner], code: ev.code, cls: ev.cls, at: k };
    if (open) return null;
    // The evaluated actor is the clause's subject, possessives included ("Sylvania's decision was a mistake").
    const subject = firstInClause(ctx, { from, to: k }, c);
    // "said it was a mistake to ...": the judgement is of a thing or a fact, whatever "it" refers to.
    const about = !subject || lex.EVAL_THING_SUBJECTS.has(tokens[subject.tokenStart]?.norm ?? '') ? range.topic : subject;
    return about ? { targets: [about], code: ev.code, cls: ev.cls, at: k } : null;
  }
  return null;
}

/**
 * quote.evaluation: a sentence inside a quotation tagged in another sentence ('"... Sylvania's conduct is
 * reckless," Kovac said') judges its subject for the quotation's speaker, as speech.evaluation does in
 * the tag's own sentence. The evaluative word is the trigger; main clauses only.
 */
export function addQuotedEvaluations(ctx: SentenceContext, coded: Coded[], speaker: Mention, base: EvaluationPatterns): void {
  const ev = judged(ctx, { from: ctx.from, to: ctx.to }, (c) => ctx.cm.clauses[c]?.kind === 'main');
  if (!ev) return;
  const targets = ev.targets.filter((m) => m.id !== speaker.id && m.actor.code !== speaker.actor.code);
  const pattern = base.get(ev.cls);
  if (targets.length === 0 || !pattern) return;
  const hit = { pattern, trigger: ev.at, triggerEnd: ev.at, targetFrom: ev.at + 1, prep: -1 };
  coded.push({ hit, sides: { sources: [speaker], targets }, negated: false, modality: 'asserted', code: ev.code });
}

/** One pattern per evaluation class, for evaluations that no verb of saying carries (quote.evaluation). */
export type EvaluationPatterns = ReadonlyMap<LexiconClass, VerbPattern>;

/** Compile the quote.evaluation patterns once: their rule is the class's line in the lexicon. */
export function evaluationPatterns(lex: Lexicon): EvaluationPatterns {
  return new Map([...EVALUATIONS, CHARACTERISING].map((e): [LexiconClass, VerbPattern] => {
    const at = lex.where.get(e.cls);
    return [e.cls, {
      code: e.code, triggers: [], noun: false, particles: [], required: [], target: { kind: 'none' }, mutual: false, say: false,
      intent: false, threat: false, objectSource: false, received: false, demand: false, needsTarget: true, ownObject: false, intransitive: false, transitive: false, direct: false, none: false, specificity: 0,
      rule: { file: at?.file ?? 'dictionaries/lexicon/evaluation.txt', line: at?.line ?? 0, id: `quote.evaluation.${e.cls.toLowerCase()}` },
    }];
  }));
}

/** Furthest the evaluated actor may start after a verb of characterising, and the evaluative word after the actor. */
const OBJECT_REACH = 3;
const PREDICATE_REACH = 6;

/** What a verb of characterising judges: an actor (its mention), or an act named after the verb ("the move", "it"), whose author the event anaphora finds. */
interface Characterised {
  readonly object: Mention | null;
  /** Where the evaluative predicate may start. */
  readonly end: number;
}

/** Whether `norm` names an act that refers back ("the decision", "the attack", "the sanctions"). */
function actNoun(lex: Lexicon, norm: string): boolean {
  return lex.ANAPHORA_DECISION.has(norm) || lex.ANAPHORA_FORCE.has(norm) || lex.ANAPHORA_SANCTION.has(norm) || lex.ANAPHORA_OFFER.has(norm) ||
    lex.ANAPHORA_AGREEMENT.has(norm) || lex.ANAPHORA_THREAT.has(norm) || lex.ANAPHORA_DISPLAY.has(norm);
}

/**
 * The object of the verb of characterising at `k`: an actor mention within reach, else (characterise.act)
 * an act pronoun right after the verb ("called it a provocation") or a definite act noun ("described the
 * move as reckless"), which names no actor here: the event anaphora gives the act's author as the target.
 */
function characterised(ctx: SentenceContext, k: number, clause: number): Characterised | null {
  const { tokens, lex, clauseOf } = ctx;
  const object = ctx.mentions.find((m) => m.tokenStart > k && m.tokenStart <= k + OBJECT_REACH && clauseOf(m.tokenStart) === clause);
  const first = tokens[k + 1]?.norm ?? '';
  const after = tokens[k + 2];
  if (lex.ACT_PRONOUNS.has(first) && !headsNoun(after)) return { object: null, end: k + 2 };
  if (object) return lex.EVAL_THING_SUBJECTS.has(tokens[object.tokenStart]?.norm ?? '') ? null : { object, end: object.tokenEnd };
  if (!lex.DEFINITE_DETERMINERS.has(first)) return null;
  for (let j = k + 2; j <= k + OBJECT_REACH && j < ctx.to && clauseOf(j) === clause; j++) {
    const t = tokens[j];
    if (t && actNoun(lex, t.norm)) return { object: null, end: j + 1 };
    if (!t || !(t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN')) break;
  }
  return null;
}

/**
 * characterise.evaluation: a verb of characterising (CHARACTERISE_VERBS: "called", "described ... as",
 * "branded") whose object is an actor or its act and whose predicate is evaluative judges that actor for
 * the verb's subject: "Freedonia called Sylvania's move reckless" is Freedonia criticising Sylvania (111).
 * Active and not negated; not where the verb took a preposition ("called on", "called for" are appeals)
 * or already coded an event.
 */
export function addCharacterisations(ctx: SentenceContext, coded: Coded[], base: EvaluationPatterns): void {
  const { tokens, lex } = ctx;
  for (let k = ctx.from; k < ctx.to; k++) {
    const t = tokens[k];
    if (!t || t.pos !== 'VERB' || !lex.CHARACTERISE_VERBS.has(t.lemma)) continue;
    const next = tokens[k + 1];
    if (!next || next.pos === 'ADP' || next.pos === 'PART' || triggeredAt(coded, k)) continue;
    const c = characterisationAt(ctx, k, base);
    if (c) coded.push(c);
  }
}

/** Whether some coded hit has its trigger at token `k`. */
function triggeredAt(coded: readonly Coded[], k: number): boolean {
  for (const c of coded) if (c.hit.trigger === k) return true;
  return false;
}

/** The characterisation the verb at `k` codes, if its object and predicate make one (addCharacterisations). */
function characterisationAt(ctx: SentenceContext, k: number, base: EvaluationPatterns): Coded | null {
  const { tokens, lex, clauseOf } = ctx;
  const c = clauseOf(k);
  const what = characterised(ctx, k, c);
  if (!what) return null;
  let ev: (typeof EVALUATIONS)[number] | undefined;
  // "called Sylvania's ambassador to Freedonia a stupid man": the object's own prepositional phrase comes before the predicate.
  let from = what.end;
  const prep = tokens[from];
  const phrase = prep?.pos === 'ADP' && prep.norm !== 'as' ? ctx.mentions.find((m) => m.tokenStart > from && m.tokenStart <= from + 2) : undefined;
  if (phrase) from = phrase.tokenEnd;
  // Quotation marks around the predicate ("a “grave mistake”") take no part of its reach.
  for (let j = from, words = 0; j < ctx.to && words < PREDICATE_REACH && clauseOf(j) === c; j++) {
    if (QUOTE_MARKS.has(tokens[j]?.norm ?? '')) continue;
    words++;
    if (lex.NEGATORS.has(tokens[j]?.norm ?? '')) break;
    if ((ev = evaluationAt(ctx, j) ?? (lex.CHARACTERISE_CRITICAL.has(tokens[j]?.norm ?? '') ? CHARACTERISING : undefined))) break;
  }
  const pattern = ev ? base.get(ev.cls) : undefined;
  if (!ev || !pattern) return null;
  const vg = analyzeVerbGroup(ctx, k);
  if (vg.passive || vg.negated) return null;
  const object = what.object;
  const sources = findSource(ctx, k, vg.start).filter((m) => object === null || (m.id !== object.id && m.actor.code !== object.actor.code));
  if (sources.length === 0) return null;
  const rule = { ...pattern.rule, id: pattern.rule.id.replace('quote.', object ? 'characterise.' : CHARACTERISED_ACT) };
  // An act's author is found after the sentence, by the event anaphora; without one the event is dropped there.
  const hit = { pattern: { ...pattern, rule, needsTarget: object !== null }, trigger: k, triggerEnd: k, targetFrom: k + 1, prep: -1 };
  return { hit, sides: { sources, targets: object ? [object] : [] }, negated: false, modality: vg.modality, code: ev.code };
}
