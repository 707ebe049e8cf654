import type { Doc, Event, Mention, Report, Stage, Token } from '../../model/types.js';
import type { VerbDictionary, VerbPattern } from '../../dictionaries/verbs.js';
import { orgPrefixTest, type Lexicon } from '../../dictionaries/lexicon.js';
import type { CameoTable } from '../../ontology/cameo.js';
import type { GrammarTable } from '../../dictionaries/grammar.js';
import { verbReading } from './verb-reading.js';
import { anyRequired, compileRequiredWords, matchPatterns, type MatchInput, type PatternHit, type RequiredWords } from './match.js';
import { analyzeVerbGroup } from './verbgroup.js';
import { findSpeaker, inComplementOrInfinitive, verbSides, type Sides } from './sides.js';
import { deniedNoun, deniedObject, nounGroup, nounSides } from './nouns.js';
import { nounFamilies, resolveEventAnaphora } from './anaphora.js';
import { armedPassages, contests, foreignBans, materialBacking, verbalAttacks, welcomedVisitors, withholding } from './sense.js';
import { applyDemands, isBackground, refineAppeals, resolveComplements } from './hits.js';
import { dropAdjuncts } from './adjuncts.js';
import { adjunctContact } from './adjunct.js';
import { NO_EVENT, isEvent, type Coded, type Speech } from './coded.js';
import { dedupe, emitEvents, material, type EventSink } from './emit.js';
import { eventGrammar, sentenceContext, type SentenceContext } from './context.js';
import { cueWords } from './clauses.js';
import { CUE, REQUIRED, SAY_FORM, TRIGGER, classifyTokens, compileWordClasses, insideName } from './words.js';
import { addAccusations, addStatements } from './reported.js';
import { causativeAt, causedSides, governedGroup } from './causative.js';
import { addCharacterisations, addEvaluations, addQuotedEvaluations, evaluationPatterns } from './evaluation.js';
import { quotedSpeakers } from './quotations.js';
import { aimByPurpose } from './purpose.js';
import { protestParticipants } from './participants.js';
import { opposedTargets } from './opposed.js';
import { articleCountries, byPhraseFollows } from './custody.js';
import { agentlessAlone, keepEvents, storyPast, withBackground } from './kept.js';
import { tagAdjunct } from './speech-tag.js';
import { addEllipsis, neitherSide } from './ellipsis.js';
import { headsDirectObject } from './object-finders.js';

// The events stage reads each sentence through one SentenceContext: its clause map first, then the verb
// and noun triggers (hits), then what the hits say together (complements, demands, adjuncts, background),
// and finally one event per source–target pair. Each step below is a named rule or a list of them.

/**
 * Create the event coder: verb/noun patterns over shallow clauses, with voice, negation, modality and speech.
 * `countries`: one-word country names, adjectives and peoples (lower case) for "anti-X" words (opposed.ts).
 * `oneSided`: code every text as sentences apart (keepEvents); a text of one sentence always is (a lone
 * headline, wire lede or snippet has no context in which its target could be named).
 */
export function createEventCoder(opts: { verbs: VerbDictionary; cameo: CameoTable; lexicon: Lexicon; grammar: GrammarTable; oneSided?: boolean; countries?: ReadonlyMap<string, string> }): Stage {
  const { verbs, cameo, lexicon: lex } = opts;
  const rules = eventGrammar(opts.grammar);
  const opposable = opts.countries ?? new Map<string, string>();
  const isOrg = orgPrefixTest(lex);
  const families = nounFamilies(lex);
  const cv = compileVerbs(verbs);
  const evaluations = evaluationPatterns(lex);
  const classes = compileWordClasses({ triggers: cv.triggers, cues: cueWords(lex), sayForms: cv.sayForms, required: anyRequired(verbs) });

  function run(doc: Doc): Doc {
    const tokens = doc.tokens;
    const bits = new Uint8Array(tokens.length);
    const at: VerbsAt = { cv, bits };
    const isSay = (i: number): boolean => isSayAt(tokens, i, at);
    const isCue = (i: number): boolean => ((bits[i] ?? 0) & CUE) !== 0;
    const sink: EventSink = { events: [], agentless: new Set<Event>(), unsaid: new Set<Event>(), triggers: [] };
    // Background beside a main-clause event (hits.background) is coded apart, flagged, and never read as an antecedent.
    const aside: EventSink = { events: [], agentless: new Set<Event>(), unsaid: new Set<Event>(), triggers: [] };
    const reports: Report[] = [];
    const quoted = quotedSpeakers({ tokens, mentions: doc.mentions, lex });
    const countryBefore = articleCountries(doc.mentions);
    const sentenceLevel = opts.oneSided === true || doc.sentences.length === 1;
    let mi = 0;
    for (const s of doc.sentences) {
      while (mi < doc.mentions.length && (doc.mentions[mi]?.sentence ?? Infinity) < s.index) mi++;
      const mentions = sentenceMentions(doc.mentions, mi, s.index);
      // Every side, speaker and report is one of the sentence's mentions: a sentence that names no actor
      // codes nothing, and about a third of news sentences name none (their clauses need not be read).
      if (mentions.length === 0) continue;
      classifyTokens(tokens, { from: s.tokenStart, to: s.tokenEnd }, classes, bits);
      const ctx = sentenceContext({ tokens, s, mentions, isSay, isCue }, { lex, isOrg, rules, articleCountry: () => countryBefore(s.index) });
      const { local, speech } = readHits(ctx, at);
      verbalAttacks(ctx, local);
      contests(ctx, local);
      foreignBans(local);
      armedPassages(ctx, local);
      withholding(ctx, local);
      welcomedVisitors(ctx, local);
      materialBacking(ctx, local);
      applyDemands(ctx, local, speech, verbs);
      dropAdjuncts(ctx, local);
      const background = takeBackground(ctx, local);
      aimByPurpose(ctx, local, background);
      protestParticipants(ctx, local);
      opposedTargets(ctx, local, opposable);
      const coded = resolveComplements(ctx, local).filter(isEvent);
      addEllipsis(ctx, coded);
      addAccusations(ctx, coded, speech);
      // Sentence-level coding: a report whose sentence codes nothing else is the speaker's statement.
      if (sentenceLevel) addStatements(ctx, coded, speech);
      addEvaluations(ctx, coded, speech);
      addCharacterisations(ctx, coded, evaluations);
      const quoteSpeaker = speech.length === 0 ? quoted.get(s.index) : undefined;
      if (quoteSpeaker) addQuotedEvaluations(ctx, coded, quoteSpeaker, evaluations);
      emitEvents(ctx, { coded, cameo }, sink);
      if (background.length > 0) emitEvents(ctx, { coded: resolveComplements(ctx, background).filter(isEvent), cameo, background: 'clause' }, aside);
      addReports(ctx, speech, reports);
    }
    // A statement, appeal, demand, rejection or threat (CAMEO 01-13) is an event only towards someone and
    // from someone placed (a country, or an international body); material acts (14-20, 06-08) may have no
    // named target ("protesters marched", "a bomb exploded") and an agent of unknown country. With `oneSided`,
    // a source alone suffices: a sentence coded apart from its article ("X promised reforms", "President Y resigned").
    const placedSource = (e: Event): boolean => e.source !== null && (e.source.actor.country !== undefined || isOrg(e.source.actor.code));
    const kept = (e: Event): boolean => material(e.cameo ?? '') || (e.target !== null && placedSource(e));
    const anaphora = resolveEventAnaphora(sink.events, { tokens, sentences: doc.sentences, reports }, families);
    const resolved = anaphora.filter((e) => !sink.agentless.has(e));
    const aimedAt = keepEvents(resolved, { kept, oneSided: sentenceLevel });
    if (sentenceLevel) aimedAt.push(...agentlessAlone(anaphora, aimedAt, sink.unsaid));
    const news = storyPast(dedupe(aimedAt));
    const events = aside.events.length === 0 ? news : withBackground(news, aside.events.filter((e) => !aside.agentless.has(e) && kept(e)));
    return { ...doc, events, reports, triggers: sink.triggers };
  }

  return { name: 'events', version: '1', run };
}

/** Whether token `i` is a verb of saying (a {say} pattern's trigger), also where the tagger read a noun. */
export function sayVerbAt(tokens: readonly Token[], i: number, verbs: VerbDictionary): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.pos === 'VERB') return verbs.sayVerbs.has(t.lemma);
  const r = verbReading(tokens, i, verbs);
  return r !== null && verbs.sayVerbs.has(r);
}

/** The mentions of sentence `index`, starting the scan at `mi`. */
function sentenceMentions(mentions: readonly Mention[], mi: number, index: number): Mention[] {
  const sm: Mention[] = [];
  for (let k = mi; k < mentions.length && mentions[k]?.sentence === index; k++) {
    const m = mentions[k];
    if (m) sm.push(m);
  }
  return sm;
}

/** What the events stage compiles once from its verb dictionary for the per-token hot loops. */
interface CompiledVerbs {
  readonly verbs: VerbDictionary;
  /** Every word a pattern may be triggered by or a verb form read from: a superset test for the hot loop. */
  readonly triggers: ReadonlySet<string>;
  readonly required: ReadonlyMap<readonly VerbPattern[], RequiredWords>;
  /** Forms whose verb is one of saying: only these can be a verb of saying the tagger read as a noun. */
  readonly sayForms: ReadonlySet<string>;
}

function compileVerbs(verbs: VerbDictionary): CompiledVerbs {
  const sayForms = new Set<string>();
  for (const [form, lemma] of verbs.verbForms) if (verbs.sayVerbs.has(lemma)) sayForms.add(form);
  // A form counts only when its verb triggers a pattern: otherwise matchPatterns finds no candidates for it.
  const triggers = new Set(verbs.byTrigger.keys());
  for (const [form, lemma] of verbs.verbForms) if (verbs.byTrigger.has(lemma)) triggers.add(form);
  return { verbs, triggers, required: compileRequiredWords(verbs), sayForms };
}

const NO_SIDES: Sides = { sources: [], targets: [] };

/** The compiled verbs with the word-class bits of the document's tokens (filled for each sentence read). */
interface VerbsAt {
  readonly cv: CompiledVerbs;
  readonly bits: Uint8Array;
}

/** sayVerbAt with a cheap test first: most tokens are neither verbs nor forms of a verb of saying. */
function isSayAt(tokens: readonly Token[], i: number, at: VerbsAt): boolean {
  const t = tokens[i];
  return t !== undefined && (t.pos === 'VERB' || ((at.bits[i] ?? 0) & SAY_FORM) !== 0) && sayVerbAt(tokens, i, at.cv.verbs);
}

/** The trigger being matched: its clause and token. */
interface TriggerAt { c: number; trigger: number }

/**
 * Where the words of a pattern triggered at `at` may lie: its clause, that clause's complement or infinitive.
 * One closure per sentence over the trigger being matched (set before each match; no hit keeps it), not one
 * per trigger token.
 */
function clauseOrComplement(ctx: SentenceContext, at: TriggerAt): (j: number) => boolean {
  const { cm, clauseOf } = ctx;
  return (j) => {
    const cj = clauseOf(j);
    return cj === at.c || (inComplementOrInfinitive(cm, cj, at.c) && ownComplement(ctx, at, cj));
  };
}

/**
 * match.own-complement: whether the complement holding clause `cj` is the trigger's own, not another verb's of
 * its clause: "warned Sylvania against it, saying that Osterlich will retaliate" reports for "saying".
 */
function ownComplement(ctx: SentenceContext, at: { readonly c: number; readonly trigger: number }, cj: number): boolean {
  const { cm, tokens } = ctx;
  let cl = cm.clauses[cj];
  for (let d = 0; cl && cl.parent !== at.c && d < 8; d++) cl = cm.clauses[cl.parent];
  if (!cl || cl.opener <= at.trigger) return true;
  for (let k = at.trigger + 1; k < cl.opener; k++) if (tokens[k]?.pos === 'VERB' && tokens[k - 1]?.norm === ',') return false;
  return true;
}

/** Read every trigger of the sentence: verbs of saying become speech, other hits become coded events. */
function readHits(ctx: SentenceContext, at: VerbsAt): { local: Coded[]; speech: Speech[] } {
  const { cv, bits } = at;
  const { verbs } = cv;
  const { tokens, cm, clauseOf } = ctx;
  const speech: Speech[] = [];
  const local: Coded[] = [];
  let input: MatchInput | null = null;
  const matching: TriggerAt = { c: 0, trigger: 0 };
  const sameClause = clauseOrComplement(ctx, matching);
  for (let i = ctx.from; i < ctx.to; i++) {
    const tk = tokens[i];
    // Hot path: most tokens trigger nothing; skip them before any allocation.
    if (!tk || ((bits[i] ?? 0) & TRIGGER) === 0 || insideName(ctx.mentions, i)) continue;
    input ??= { tokens, to: ctx.to, verbs, lex: ctx.lex, required: cv.required, mayBeRequired: (k) => ((bits[k] ?? 0) & REQUIRED) !== 0, endsActor: (k) => ctx.endingAt.get(k + 1)?.some((m) => !m.modifier) === true };
    const c = clauseOf(i);
    // Words a pattern requires may sit in the verb's complement or infinitive ("commits X to helping");
    // not in a relative clause, which belongs to a noun.
    matching.c = c;
    matching.trigger = i;
    const hit = matchPatterns(input, i, sameClause);
    if (!hit) continue;
    // hits.no-event-sense: the trigger's words name a sense that is no event ("struck a conciliatory note");
    // kept, with no sides, until its complement is read as its content ("defended its decision to withdraw").
    if (hit.pattern.none) {
      local.push({ hit, sides: NO_SIDES, negated: false, modality: 'asserted', code: NO_EVENT });
      i = Math.max(i, hit.triggerEnd);
      continue;
    }
    const vg = hit.pattern.noun ? nounGroup(ctx, i) : analyzeVerbGroup(ctx, i);
    if (hit.pattern.say) {
      const sp = readSpeech(ctx, hit, vg.start);
      if (sp) speech.push(sp);
      continue;
    }
    // Inside an inverted speech tag only the verb of saying counts ("..., a member of the team trying to broker a deal said"),
    // and the speaker's own contact as its setting (nouns.adjunct: ", the minister said during a visit to Beijing").
    if (cm.clauses[c]?.kind === 'speech' && !tagAdjunct(ctx.tokens, { c, clauseOf: ctx.clauseOf, from: cm.clauses[c]?.opener ?? i }, i) && !(hit.pattern.noun && adjunctContact(ctx, hit))) continue;
    const cz = hit.pattern.noun ? null : causativeAt(ctx, i, vg.start);
    const sides = hit.pattern.noun ? nounSides(ctx, hit) : cz ? causedSides(verbSides(ctx, hit, vg), cz) : verbSides(ctx, hit, vg);
    if (sides.sources.length === 0 && sides.targets.length === 0) continue;
    if (hit.pattern.direct && !sides.targets.some((m) => headsDirectObject(ctx, hit.triggerEnd, m))) continue;
    // A caused act negated with its causer ("will not make Sylvania withdraw") is no refusal of the causee's.
    const g = cz ? governedGroup(ctx, vg, cz) : vg;
    // "held no talks with": the act did not happen, which is no refusal either (nouns.denied-object).
    const none = deniedObject(ctx, hit) || (hit.pattern.noun && deniedNoun(ctx, hit.trigger)) || neitherSide(ctx, sides.sources) || neitherSide(ctx, sides.targets);
    const unsaid = !hit.pattern.noun && sides.sources.length === 0 && unsaidAgent(ctx, vg) && !byPhraseFollows(ctx, hit);
    const mutual = reciprocal(ctx, hit);
    local.push({ hit, sides: mutual ? { sources: sides.sources, targets: [] } : sides, negated: g.negated || none, modality: g.modality, code: hit.pattern.code, ...(g.pastModal ? { pastModal: true } : {}), ...(g.pluperfect ? { pluperfect: true } : {}), ...((cz && g.negated) || none ? { denied: true } : {}), ...(unsaid ? { unsaidAgent: true } : {}), ...(mutual ? { mutual: true } : {}) });
    i = Math.max(i, hit.triggerEnd);
  }
  return { local, speech };
}

/** sides.reciprocal: "Freedonia and Sylvania accused each other", "each blamed the other": a reciprocal object (lexicon RECIPROCALS) right after the trigger. */
function reciprocal(ctx: SentenceContext, hit: PatternHit): boolean {
  const { tokens, lex } = ctx;
  for (let k = hit.triggerEnd + 1; k < Math.min(ctx.to - 1, hit.triggerEnd + 4); k++) {
    const t = tokens[k];
    if (!t || t.pos === 'VERB' || t.pos === 'PUNCT') return false;
    // "each accused the other", not "the other side".
    const after = tokens[k + 2]?.pos;
    if (lex.RECIPROCALS.has(`${t.norm} ${tokens[k + 1]?.norm ?? ''}`)) return after !== 'NOUN' && after !== 'PROPN' && after !== 'ADJ';
  }
  return false;
}

/** Whether the grammar leaves a verb's agent unsaid: an agentless passive, or a cause for subject ("a bomb killed"). */
function unsaidAgent(ctx: SentenceContext, vg: { readonly start: number; readonly passive: boolean }): boolean {
  if (vg.passive) return true;
  let k = vg.start - 1;
  while (k >= ctx.from && ctx.tokens[k]?.pos === 'ADV') k--;
  const head = ctx.tokens[k];
  return head !== undefined && head.pos === 'NOUN' && ctx.lex.AGENTLESS_CAUSES.has(head.norm);
}

/**
 * speech.verb: a verb of saying and its speaker. An ambiguous verb of saying ("add", "note", "state") is
 * speech only before "that", a quote or punctuation, or at the end of an inverted clause.
 */
function readSpeech(ctx: SentenceContext, hit: PatternHit, vgStart: number): Speech | null {
  const { tokens, cm, clauseOf } = ctx;
  const i = hit.trigger;
  const nx = tokens[hit.triggerEnd + 1];
  const speechLike = ctx.lex.SAY_ALWAYS_SPEECH.has(tokens[i]?.lemma ?? '') || !nx || nx.norm === 'that' || nx.pos === 'PUNCT' || cm.clauses[clauseOf(i)]?.opener === i - 1;
  if (!speechLike) return null;
  const who = findSpeaker(ctx, i, vgStart);
  if (who.length === 0) return null;
  return { verb: i, speaker: who, text: who.map((m) => m.text).join(' and '), inverted: cm.clauses[clauseOf(i)]?.kind === 'speech', pattern: hit.pattern };
}

/**
 * hits.background: background (relative and subordinate clauses, events named only by a noun) is news
 * only when the sentence asserts nothing in its main clauses: analysts want what a sentence reports, not
 * its asides. A main clause without an agent ("civilians were killed as troops shelled the town") asserts
 * no event of its own here: the background names who acted. Nor does a statement with no one to aim at,
 * which is dropped later ("approved a resolution criticizing X"). Takes the asides out of `local` and
 * returns them, to be coded as background (`clause`, ADR 0010).
 */
function takeBackground(ctx: SentenceContext, local: Coded[]): Coded[] {
  const asserts = (c: Coded): boolean => c.sides.sources.length > 0 && (c.sides.targets.length > 0 || material(c.code)) && !isBackground(ctx, c);
  if (!local.some(asserts)) return [];
  const taken: Coded[] = [];
  for (let k = local.length - 1; k >= 0; k--) {
    const c = local[k];
    if (c && isBackground(ctx, c)) taken.unshift(...local.splice(k, 1));
  }
  return refineAppeals(ctx, local, taken);
}

/** report.according, report.speech: who the sentence cites, for the attribution stage. */
function addReports(ctx: SentenceContext, speech: readonly Speech[], out: Report[]): void {
  const according = ctx.mentions.filter((m) => ctx.cm.clauses[ctx.clauseOf(m.tokenStart)]?.kind === 'attrib');
  const first = according[0];
  if (first) out.push({ sentence: ctx.index, token: first.tokenStart, kind: 'according', speakers: according });
  for (const sp of speech) out.push({ sentence: ctx.index, token: sp.verb, kind: sp.inverted ? 'inverted' : 'speech', speakers: sp.speaker });
}
