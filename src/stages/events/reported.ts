import type { Mention, Token } from '../../model/types.js';
import type { Lexicon } from '../../dictionaries/lexicon.js';
import type { VerbPattern } from '../../dictionaries/verbs.js';
import type { SentenceContext } from './context.js';
import type { Coded, Speech } from './coded.js';
import { group } from './group.js';
import { inComplement } from './subject.js';
import { QUOTE_MARKS } from './sense.js';
import { analyzeVerbGroup } from './verbgroup.js';

// Reported accusations (docs/adr/0011-reported-accusations.md): "Osterlich claimed that Sylvania attacked
// Freedonia" reports the attack, attributed to Osterlich and hedged by the attribution stage, and is also
// Osterlich accusing Sylvania (CAMEO 112). Verbs that name the accusation themselves ("accused X of",
// "alleged that", "charged that") are 112 patterns already, whose complement is their content.

/** CAMEO roots of acts that, reported of another, accuse: coercion, assault, fighting, mass violence. */
const HOSTILE_ROOTS: ReadonlySet<string> = new Set(['17', '18', '19', '20']);

/** The accusation made by a verb of saying: its pattern recoded, one per speech verb. */
function accusationPattern(say: VerbPattern): VerbPattern {
  return { ...say, code: '112', say: false, needsTarget: true, rule: { ...say.rule, id: `speech.accusation+${say.rule.id}` } };
}

/**
 * speech.statement: in sentence-level coding (a text of one sentence, or --one-sided), a verb of saying whose
 * sentence codes nothing else is the speaker's statement (its pattern's own code, 010): "Sylvania said the
 * talks were useful"; not a tag after the report ("..., police said"), which names the news's source. Kept only from a placed speaker and only where nothing else is (events.one-sided); in
 * an article it is never coded: a bare statement aimed at no one is no event there.
 */
export function addStatements(ctx: SentenceContext, coded: Coded[], speech: readonly Speech[]): void {
  for (const sp of speech) {
    // "..., police said": a tag after the report names where the news came from, not a statement made.
    if (!sp.pattern || sp.speaker.length === 0 || sp.inverted) continue;
    const vg = analyzeVerbGroup(ctx, sp.verb);
    const pattern: VerbPattern = { ...sp.pattern, say: false, rule: { ...sp.pattern.rule, id: `speech.statement+${sp.pattern.rule.id}` } };
    const hit = { pattern, trigger: sp.verb, triggerEnd: sp.verb, targetFrom: sp.verb + 1, prep: -1 };
    coded.push({ hit, sides: { sources: sp.speaker, targets: [] }, negated: vg.negated, modality: vg.modality, code: sp.pattern.code });
  }
}

/** The admission made by a verb of saying: its pattern recoded as acknowledging responsibility (015). */
function admissionPattern(say: VerbPattern): VerbPattern {
  return { ...say, code: '015', say: false, needsTarget: true, rule: { ...say.rule, id: `speech.admission+${say.rule.id}` } };
}

/** Whether a coded hit is a hostile act the text asserts (not denied, negated, hypothetical or a past that did not happen). */
function hostileAct(c: Coded): boolean {
  return HOSTILE_ROOTS.has(c.code.slice(0, 2)) && !c.negated && c.denied !== true && c.pastModal !== true && c.modality !== 'hypothetical';
}

/** Whether coded hit `c` is what speech `sp` reports: in its complement, or before an inverted tag (", X claimed"). */
function reports(ctx: SentenceContext, sp: Speech, c: Coded): boolean {
  const ci = ctx.clauseOf(c.hit.trigger);
  if (sp.inverted) return c.hit.trigger < sp.verb && ctx.cm.clauses[ci]?.kind !== 'speech';
  return c.hit.trigger > sp.verb && inComplement(ctx.cm, ci, ctx.clauseOf(sp.verb));
}

/** The accused among an act's agents: placed actors of another country than every speaker. */
function accused(ctx: SentenceContext, speaker: readonly Mention[], agents: readonly Mention[]): Mention[] {
  return agents.filter((m) => (m.actor.country !== undefined || ctx.isOrg(m.actor.code))
    && !speaker.some((s) => s.id === m.id || s.actor.code === m.actor.code || (s.actor.country !== undefined && s.actor.country === m.actor.country)));
}

/**
 * speech.accusation: a verb of saying of the SAY_ACCUSING class ("claim", "insist") whose report is a
 * hostile act by another country's actor is also the speaker's accusation of that actor (112). The
 * accusation follows the act in `coded`, which keeps the act the sentence's first event.
 */
export function addAccusations(ctx: SentenceContext, coded: Coded[], speech: readonly Speech[]): void {
  for (const sp of speech) {
    if (!sp.pattern) continue;
    const targets: Mention[] = accused(ctx, sp.speaker, blamed(ctx, sp));
    if (ctx.lex.SAY_ACCUSING.has(ctx.tokens[sp.verb]?.lemma ?? '')) {
      for (const c of coded) {
        if (!hostileAct(c) || !reports(ctx, sp, c)) continue;
        for (const m of accused(ctx, sp.speaker, c.sides.sources)) if (!targets.some((t) => t.id === m.id)) targets.push(m);
      }
    }
    if (ctx.lex.SAY_ADMITTING.has(ctx.tokens[sp.verb]?.lemma ?? '')) addAdmission(ctx, coded, sp);
    if (targets.length === 0) continue;
    const hit = { pattern: accusationPattern(sp.pattern), trigger: sp.verb, triggerEnd: sp.verb, targetFrom: sp.verb + 1, prep: -1 };
    coded.push({ hit, sides: { sources: sp.speaker, targets }, negated: false, modality: 'asserted', code: '112' });
  }
}

/**
 * speech.admission: a verb of admitting (SAY_ADMITTING: "acknowledged", "admitted", "conceded") whose report
 * is a hostile act by the speaker's own side ("Sylvania acknowledged its forces had shot down the airliner")
 * is the speaker acknowledging responsibility (015) towards the act's victims.
 */
function addAdmission(ctx: SentenceContext, coded: Coded[], sp: Speech): void {
  if (!sp.pattern) return;
  const own = (m: Mention): boolean => sp.speaker.some((s) => s.id === m.id || (s.actor.country !== undefined && s.actor.country === m.actor.country));
  const victims: Mention[] = [];
  for (const c of coded) {
    if (!hostileAct(c) || !reports(ctx, sp, c) || !c.sides.sources.some(own)) continue;
    for (const t of c.sides.targets) if (!own(t) && !victims.some((v) => v.id === t.id)) victims.push(t);
  }
  if (victims.length === 0) return;
  const hit = { pattern: admissionPattern(sp.pattern), trigger: sp.verb, triggerEnd: sp.verb, targetFrom: sp.verb + 1, prep: -1 };
  coded.push({ hit, sides: { sources: sp.speaker, targets: victims }, negated: false, modality: 'asserted', code: '015' });
}

/**
 * speech.blame: "Osterlich said Sylvania was behind the attack", "believes the rebels are responsible for
 * it": a report (by any verb of saying) that an actor is to blame (BLAME_PREDICATES after a form of "be")
 * accuses it, whatever the act. Not when negated or open ("no proof", "whether"). The blamed subject, or none.
 */
function blamed(ctx: SentenceContext, sp: Speech): Mention[] {
  const { tokens, lex, cm, clauseOf } = ctx;
  const sc = clauseOf(sp.verb);
  // The report: the complement after the verb, or the clause before an inverted tag ("..., Osterlich said").
  const from = sp.inverted ? ctx.from : sp.verb + 1;
  const to = sp.inverted ? sp.verb : Math.min(ctx.to - 1, sp.verb + 15);
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    // "no proof Sylvania was behind", "too soon to say whether Sylvania was behind": no blame laid; "no doubt
    // Sylvania was behind" lays it (speech.certainty).
    if (!t || (lex.NEGATORS.has(t.norm) && !lex.CERTAINTY_NOUNS.has(tokens[k + 1]?.norm ?? '')) || lex.CONDITIONAL.has(t.norm) || t.norm === ';') return [];
    const verb = blameVerbAt(tokens, k, lex);
    if (!verb && !lex.BE_FORMS.has(t.norm)) continue;
    const owner = verb || lex.BLAME_PREDICATES.has(tokens[k + 1]?.norm ?? '') || toBlame(tokens, k) ? undefined : blamedOwner(ctx, k + 1);
    if (owner === null) continue;
    const c = clauseOf(k);
    if (sp.inverted ? cm.clauses[c]?.kind === 'speech' : c === sc || !inComplement(cm, c, sc)) return [];
    if (owner) return group(ctx.mentions, owner, tokens);
    const subject = clauseSubject(ctx, { from, to: k }, c);
    return subject ? group(ctx.mentions, subject, tokens) : [];
  }
  return [];
}

/** speech.blame: "is to blame" after a form of "be" at `k`. */
function toBlame(tokens: readonly Token[], k: number): boolean {
  return tokens[k + 1]?.norm === 'to' && tokens[k + 2]?.norm === 'blame';
}

/**
 * speech.blame-verb: "said Sylvania bears responsibility for the crisis", "shoulders some of the blame": a verb of
 * carrying (lexicon BLAME_VERBS) with a noun of blame (BLAME_OBJECTS) after at most two determiners or adjectives
 * puts the blame on its subject as "is responsible for" does; "bears no responsibility" does not.
 */
function blameVerbAt(tokens: readonly Token[], k: number, lex: Pick<Lexicon, 'BLAME_VERBS' | 'BLAME_OBJECTS' | 'NEGATIVE_DETERMINERS'>): boolean {
  if (!lex.BLAME_VERBS.has(tokens[k]?.norm ?? '')) return false;
  for (let j = k + 1; j < k + 5; j++) {
    const t = tokens[j];
    // "bears no responsibility" lays no blame.
    if (!t || lex.NEGATIVE_DETERMINERS.has(t.norm)) return false;
    if (lex.BLAME_OBJECTS.has(t.norm)) return true;
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.norm !== 'of') return false;
  }
  return false;
}

/**
 * speech.blame-owner: "said the crash was likely Sylvania's doing", "was the rebels' fault": after a form
 * of "be" (and at most two adverbs, adjectives or determiners: "likely", "the"), an actor's possessive before a blame noun (BLAME_NOUNS) is the one
 * blamed. Undefined when none; null when the words there are no such phrase.
 */
function blamedOwner(ctx: SentenceContext, from: number): Mention | null {
  const { tokens, lex } = ctx;
  let j = from;
  // Quotation marks around the hedge ("was 'likely' Sylvania's doing") are skipped as well.
  for (let words = 0; j < from + 6 && words < 2; j++) {
    const t = tokens[j];
    if (!t) break;
    if (QUOTE_MARKS.has(t.norm)) continue;
    if (t.pos !== 'ADV' && t.pos !== 'ADJ' && t.pos !== 'DET') break;
    words++;
  }
  const m = ctx.mentions.find((x) => x.tokenStart === j);
  if (!m) return null;
  let e = m.tokenEnd;
  if (lex.POSSESSIVE_MARKS.has(tokens[e]?.norm ?? '')) e++;
  return lex.BLAME_NOUNS.has(tokens[e]?.norm ?? '') ? m : null;
}

/**
 * The first actor (not a modifier) within tokens [from, to) that starts in clause `c`. A function, not a
 * closure in blamed's loop: a closure over a loop variable costs a context at every token.
 */
function clauseSubject(ctx: SentenceContext, range: { readonly from: number; readonly to: number }, c: number): Mention | undefined {
  for (const m of ctx.mentions) if (m.tokenStart >= range.from && m.tokenEnd <= range.to && ctx.clauseOf(m.tokenStart) === c && !m.modifier) return m;
  return undefined;
}
