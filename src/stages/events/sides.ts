import type { Mention, Token } from '../../model/types.js';
import type { Lexicon } from '../../dictionaries/lexicon.js';
import type { PatternHit } from './match.js';
import type { SentenceContext } from './context.js';
import { backer, findSource, inComplement, inComplementOrInfinitive, inAgentPhrase, inPrepPhrase } from './subject.js';
import { group } from './group.js';
import { isParticiple, type VerbGroup } from './verbgroup.js';
import { byPhraseFollows, fromAgent, placeAgent, reporters, unnamedArrest, type ArrestGroup } from './custody.js';
import { received } from './received.js';
import { diedIn } from './died-in.js';
import { causeAgent } from './cause-agent.js';
import { isDash } from '../../text/dash.js';
import { adjunctStart } from './participles.js';

// Finding an event's sides for a verb trigger: the subject (source) and the object or prepositional
// target, as a list of named rules tried in order; the first that decides returns the sides.

export { findSource, findSpeaker, inComplement, inComplementOrInfinitive } from './subject.js';
export { group } from './group.js';

export type { Sides, VerbFrame, SideRule } from './side-frame.js';
import type { Sides, VerbFrame, SideRule } from './side-frame.js';
import { OWN, governingPrep, headedBy, headsDirectObject, infinitiveTarget, relativeAgent, sharedObject, warnedTarget, whereTarget } from './object-finders.js';
import { combatAgent, force } from './combat-agent.js';
import { barePassive } from './bare-passive.js';


/** sides.object-relative: "Chaudhry, whom they had taken hostage": the antecedent is the object. */
const objectRelative: SideRule = ({ ctx, hit, vg, subject, c }) => {
  const rc = ctx.cm.clauses[c];
  const antecedent = rc?.kind === 'rel' ? rc.antecedent[0] : undefined;
  if (vg.passive || !antecedent || hit.pattern.target.kind !== 'object' || hit.pattern.objectSource || subject.length === 0 || subject.some((m) => m.id === antecedent.id)) return null;
  return { sources: subject, targets: group(ctx.mentions, antecedent, ctx.tokens) };
};

/**
 * sides.passive-object: "the attack on Sylvania was claimed by X", "the bombing was attributed to X by Y": the
 * subject holds the pattern's object words (match.passive-object), so the by-phrase is the agent and the target
 * is the actor after the pattern's preposition, else the subject's, else one in the subject's own phrase.
 */
const passiveObject: SideRule = ({ ctx, hit, vg, subject, after }) => {
  const w = hit.subjectWord;
  if (w === undefined || !vg.passive) return null;
  const by = after.find((m) => inPrepPhrase(ctx, m, ctx.from, ctx.lex.AGENT_PREPS) !== null);
  const agent = byAgent(ctx, by);
  const inPrep = hit.prep >= 0 ? after.find((m) => m.tokenStart > hit.prep && m !== by) : undefined;
  const t = hit.pattern.target.kind === 'none' ? undefined : inPrep ?? subject[0] ?? ctx.mentions.find((m) => m.tokenStart > w && m.tokenEnd <= vg.start);
  const targets = t ? group(ctx.mentions, t, ctx.tokens) : [];
  return { sources: agent ? group(ctx.mentions, agent, ctx.tokens) : fromAgent(ctx, hit, targets, vg) ?? [], targets };
};

/** sides.passive: "X was attacked by Y": the by-phrase acts on the subject. */
const passive: SideRule = ({ ctx, hit, vg, subject, c, after }) => {
  if (!vg.passive) return null;
  const { tokens, mentions: sm, from } = ctx;
  const by = byAgent(ctx, after.find((m) => inPrepPhrase(ctx, m, from, ctx.lex.AGENT_PREPS) !== null) ?? after.find((m) => inAgentPhrase(ctx, m, from)));
  // "A camp for Congolese refugees was attacked": the owner named inside the subject is the target.
  let patient: readonly Mention[] = subject;
  if (patient.length === 0) {
    const owner = sm.find((m) => m.tokenEnd <= vg.start && ctx.clauseOf(m.tokenStart) === c && inPrepPhrase(ctx, m, from, ctx.lex.OWNER_PREPS) !== null);
    if (owner) patient = group(sm, owner, tokens);
  }
  // "the suspect has been arrested": police act on a party the text leaves unnamed.
  const unnamed = by || patient.length > 0 ? null : unnamedArrest(ctx, hit, vg);
  if (unnamed) return unnamed;
  const agent = by ? group(sm, by, tokens) : causeAgent(ctx, hit, patient) ?? combatAgent(ctx, hit, patient) ?? fromAgent(ctx, hit, patient, vg) ?? reportedOrPlaced(ctx, hit, patient, vg);
  return { sources: agent, targets: patient };
};

/**
 * sides.passive-backed-agent: "surrounded by Sylvanian-backed militias": the backer in the agent's hyphenated
 * modifier is not the agent; the group it backs is, when the text names it as an actor.
 */
function byAgent(ctx: SentenceContext, by: Mention | undefined): Mention | undefined {
  if (!by || !backer(ctx.tokens, by, ctx.lex)) return by;
  return ctx.mentions.find((h) => h.tokenStart > by.tokenEnd + 1 && h.tokenStart <= by.tokenEnd + 3 && !h.modifier);
}

/** A reporting state actor as the agent, else a place's police (passive.place-agent); else none. */
function reportedOrPlaced(ctx: SentenceContext, hit: PatternHit, patient: readonly Mention[], vg: ArrestGroup): Mention[] {
  const reported = contextAgent(ctx, hit, patient);
  return reported.length > 0 ? reported : placeAgent(ctx, hit, patient, vg) ?? [];
}

/**
 * sides.passive-context-agent: "Sylvanian police said 20 protesters were arrested": an agentless
 * passive of coercion (17) reported by exactly one state actor (the subject of the verb of saying whose
 * complement it is, an inverted speech tag or "according to") other than the one acted on takes it as
 * the agent; with none, or two that differ, the act keeps no agent.
 */
function contextAgent(ctx: SentenceContext, hit: PatternHit, patient: readonly Mention[]): Mention[] {
  // "would not be coerced by the aid freeze": a by-phrase names the agent, even one that is no actor.
  if (patient.length === 0 || !hit.pattern.code.startsWith('17') || byPhraseFollows(ctx, hit)) return [];
  const said = reporters(ctx, hit, patient);
  const agent = said[0];
  return agent && said.every((m) => m.actor.code === agent.actor.code) ? [agent] : [];
}

/**
 * sides.reduced-passive: "groups backed by Sylvania", "the militia, trained and armed by Freedonia,": a past
 * participle after a noun (or the comma closing one) with a by-phrase is passive with no "be": the by-phrase
 * acts on the actor the participle modifies, not on the clause's subject.
 */
const reducedPassive: SideRule = ({ ctx, hit, vg }) => {
  const { tokens, lex } = ctx;
  const v = hit.trigger;
  const t = tokens[v];
  const prev = tokens[v - 1];
  if (vg.passive || hit.pattern.noun || !t || !prev || v - 1 < ctx.from || !isParticiple(t, lex) || t.norm.endsWith('en')) return null;
  // "The SDF, trained by", "the SDF — trained by", "the SDF (trained by": a comma, dash or bracket may stand between.
  const aside = prev.norm === ',' || prev.norm === '—' || prev.norm === '–' || prev.norm === '(' || (prev.norm === '-' && prev.end < t.start);
  if (!(prev.pos === 'NOUN' || prev.pos === 'PROPN' || aside)) return null;
  // "trained and armed by": the by-phrase may follow a second participle joined by "and".
  let by = hit.triggerEnd + 1;
  if (tokens[by]?.norm === 'and' && tokens[by + 1] && isParticiple(tokens[by + 1] as Token, lex)) by += 2;
  if (tokens[by]?.norm !== 'by') by = byAfterComplement(ctx, by, aside);
  if (by < 0) return null;
  const agent = ctx.mentions.find((m) => m.tokenStart > by && m.tokenStart <= by + 3);
  if (!agent) return null;
  const end = aside ? v - 1 : v;
  // "areas captured by Sylvania", "a website funded by Freedonia": a noun that names no actor is acted on
  // by no one we code; the participle codes nothing.
  const patient = ctx.mentions.find((m) => m.tokenEnd === end && !m.modifier);
  if (!patient) return { sources: [], targets: [] };
  return { sources: group(ctx.mentions, byAgent(ctx, agent) ?? agent, tokens), targets: group(ctx.mentions, patient, tokens) };
};

/**
 * sides.reduced-passive (complement): the by-phrase may follow the participle's "as" phrase right after a noun:
 * "a group designated as a terrorist organisation by Sylvania". Not after a comma, which may close the subject's
 * apposition before an active verb ("the analyst, Anton Brenner, dismissed as lip service speeches by leaders"),
 * and not after an object: "the minister defended the decision by Sylvania" is active. The index of "by", or -1.
 */
function byAfterComplement(ctx: SentenceContext, from: number, aside: boolean): number {
  const { tokens } = ctx;
  if (aside || tokens[from]?.norm !== 'as') return -1;
  for (let k = from; k < Math.min(ctx.to, from + 7); k++) {
    const t = tokens[k];
    if (!t || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') return -1;
    if (t.norm === 'by') return k;
  }
  return -1;
}

/**
 * sides.object-source: "the deal commits Iran to helping Syria": the object acts on the actor after it. Only the
 * verb's own direct object: in "was committed to preventing Iran from" the actor is the prevented one's.
 */
const objectSource: SideRule = ({ ctx, hit, c, after }) => {
  const first = after[0];
  if (!hit.pattern.objectSource || !first) return null;
  if (!headsDirectObject(ctx, hit.triggerEnd, first)) return { sources: [], targets: [] };
  const actors = group(ctx.mentions, first, ctx.tokens);
  const ids = new Set(actors.map((m) => m.id));
  // The act the object commits to is in the infinitive after it: its recipient is the target.
  const next = ctx.mentions.find((m) => !ids.has(m.id) && m.tokenStart > (actors[actors.length - 1]?.tokenEnd ?? 0) && (ctx.clauseOf(m.tokenStart) === c || inComplementOrInfinitive(ctx.cm, ctx.clauseOf(m.tokenStart), c)));
  return { sources: actors, targets: next ? group(ctx.mentions, next, ctx.tokens) : [] };
};

/** sides.no-target: a pattern written with `-` has no target. */
const noTarget: SideRule = ({ hit, subject }) => (hit.pattern.target.kind === 'none' ? { sources: subject, targets: [] } : null);

/** sides.prep-target: ">with": the actor after the pattern's preposition. */
const prepTarget: SideRule = ({ ctx, hit, subject, after }) => {
  const spec = hit.pattern.target;
  if (spec.kind !== 'prep' || hit.prep < 0) return null;
  const t = after.find((m) => m.tokenStart > hit.prep && !headedBy(ctx.tokens, m, after, ctx.lex.POSSESSIVE_MARKS));
  if (t && !crossesClauseStart(ctx.tokens, hit.prep, t.tokenStart)) return { sources: subject, targets: group(ctx.mentions, t, ctx.tokens) };
  // "will give Tanzania a grant ... to finance projects": with no actor after the preposition, the
  // object is the recipient, as when the preposition is absent; not the pattern's own words ("will send 500
  // soldiers to the region": the soldiers are what is sent, sides.pattern-word).
  if (spec.required || !after.some((m) => m.tokenStart > hit.triggerEnd && m.tokenStart < hit.prep && !holdsPatternWord(ctx.tokens, m, hit))) return { sources: subject, targets: [] };
  return null;
};

/** Whether mention `m` holds a word the hit's pattern requires: the pattern's theme, not a party to it. */
function holdsPatternWord(tokens: readonly Token[], m: Mention, hit: PatternHit): boolean {
  for (let k = m.tokenStart; k < m.tokenEnd; k++) {
    const t = tokens[k];
    if (t && hit.pattern.required.some((req) => req.first.has(t.lemma) || req.first.has(t.norm))) return true;
  }
  return false;
}

/** sides.object: the best-ranked actor after the verb, else the fallbacks below; finally the subject alone. */
const object: SideRule = (f) => {
  const { ctx, subject } = f;
  const best = warnedTarget(f) ?? rankedObject(f) ?? infinitiveTarget(f) ?? sharedObject(f) ?? whereTarget(f) ?? relativeAgent(f);
  if (!best) {
    const reduced = reducedRelative(f);
    if (reduced) return reduced;
  }
  return { sources: subject, targets: best ? group(ctx.mentions, best, ctx.tokens) : [] };
};

/** The side rules of a verb trigger, in the order they are tried. */
export const VERB_SIDE_RULES: readonly (readonly [string, SideRule])[] = [
  ['sides.received', received], ['sides.died-in', diedIn], ['sides.object-relative', objectRelative], ['sides.reduced-passive', reducedPassive], ['sides.bare-passive', barePassive], ['sides.passive-object', passiveObject], ['sides.passive', passive],
  ['sides.object-source', objectSource], ['sides.no-target', noTarget], ['sides.prep-target', prepTarget], ['sides.object', object],
];

/** The sides of a verb trigger: its subject and its object or prepositional target. */
export function verbSides(ctx: SentenceContext, hit: PatternHit, vg: Pick<VerbGroup, 'start' | 'passive' | 'modality'>): Sides {
  const c = ctx.clauseOf(hit.trigger);
  const subject = findSource(ctx, hit.trigger, vg.start);
  const adjunct = adjunctStart(ctx.tokens, { from: hit.triggerEnd + 1, to: ctx.to }, ctx.lex);
  const after = ctx.mentions.filter((m) => m.tokenStart > hit.triggerEnd && m.tokenStart < adjunct && (ctx.clauseOf(m.tokenStart) === c || inComplement(ctx.cm, ctx.clauseOf(m.tokenStart), c)) && ctx.cm.clauses[ctx.clauseOf(m.tokenStart)]?.kind !== 'attrib');
  const frame: VerbFrame = { ctx, hit, vg, subject, c, after };
  // An indexed loop: destructuring each [name, rule] pair ran the iterator protocol per rule.
  for (let k = 0; k < VERB_SIDE_RULES.length; k++) {
    const sides = VERB_SIDE_RULES[k]?.[1](frame);
    if (sides) return sides;
  }
  return { sources: subject, targets: [] };
}

/** object.ranked: a direct object first, then a prepositional one, then a locative one; sector-only actors last. */
function rankedObject({ ctx, hit, subject, after }: VerbFrame): Mention | undefined {
  const { tokens, lex } = ctx;
  const subjectIds = new Set(subject.map((m) => m.id));
  let best: Mention | undefined;
  let bestRank = 9;
  const apposed = appositionAfterClause(ctx, hit.triggerEnd + 1, after[after.length - 1]?.tokenStart ?? 0);
  for (const m of after) {
    if (m.tokenStart > apposed || subjectIds.has(m.id) || headedBy(tokens, m, after, lex.POSSESSIVE_MARKS)) continue;
    const prep = governingPrep(tokens, m, hit.triggerEnd + 1, lex);
    // A capital in a locative phrase ("in Damascus") is where, not whom; a bare sector ("leaders",
    // "the ministry") or the actor's own forces ("its troops") only when nothing better follows.
    // For force ("struck targets near Damascus") the place stands for its country, as in GDELT.
    const locativeCapital = prep !== null && lex.LOCATIVE_PREPS.has(prep) && m.rule.id.startsWith('capital.');
    // "on the Sylvanian border", "near Freedonia's border with Osterlich": a country that only names a border is where.
    if (bordering(tokens, m, lex) || backer(tokens, m, lex)) continue;
    // "fought alongside Sylvanian troops", "unlike Sylvania", "via Osterlich": company, comparison or route,
    // not the one acted on ("among" is not one: "mediation among the parties" names them).
    if (prep !== null && lex.BYSTANDER_PREPS.has(prep)) continue;
    if (locativeCapital && !force(hit)) continue;
    const sectorOnly = !m.actor.country && !ctx.isOrg(m.actor.code);
    // "Freedonia and Sylvania held talks in Osterlich", "worked together on disarming Osterlich's militias",
    // "met on the president's first visit": for parties acting on each other, a place or topic phrase, or a
    // bare sector, is no third party. A pattern that names its preposition (">with") takes one there.
    if (hit.pattern.mutual && subject.length >= 2) {
      if (prep !== null && lex.LOCATIVE_PREPS.has(prep)) continue;
      if ((hit.pattern.target.kind === 'object' || prep === null) && (prep === null ? sectorOnly : !lex.PARTNER_PREPS.has(prep))) continue;
    }
    // The actor's own forces ("its troops") are no second party, nor, for force, its own country as a
    // whole ("blockades in the West Bank following the deaths of two Israelis", when Israel acts).
    const sameCountry = subject.some((x) => x.actor.country !== undefined && x.actor.country === m.actor.country);
    if (sameCountry && (OWN.test(m.text) || (m.actor.code === m.actor.country && force(hit)))) continue;
    // "to Iran, Libya, Sudan, and with strings attached, Cuba": an actor set off by a comma is no direct object.
    const detached = prep === null && tokens[m.tokenStart - 1]?.norm === ',';
    const rank = (prep === null ? (detached ? 1 : 0) : lex.LOCATIVE_PREPS.has(prep) ? 2 : 1) + (sectorOnly ? 3 : 0);
    if (rank < bestRank) {
      best = locativeCapital && m.actor.country ? { ...m, actor: { code: m.actor.country, country: m.actor.country } } : m;
      bestRank = rank;
    }
    if (rank === 0) break;
  }
  return best;
}

/**
 * object.past-clause: "abandoned the deal that Iran signed with six nations - the five permanent members
 * and Germany": a dash or comma that closes a relative, complement or subordinate clause opened after the
 * verb (not itself set off by a comma: that is a parenthetical), followed by a verbless noun phrase, starts an
 * apposition to a noun of that clause, and the actors from there on are not the verb's objects
 * ("condemned Sylvania, which ..., and Osterlich" coordinates them; "sold the jets that X built, to Y"
 * returns to the verb). The dash or comma's token, or Infinity where there is none before `to`.
 */
function appositionAfterClause(ctx: SentenceContext, from: number, to: number): number {
  let inClause = false;
  for (let k = from; k < to; k++) {
    const clause = ctx.cm.clauses[ctx.clauseOf(k)];
    if (clause !== undefined && EMBEDDED.has(clause.kind) && clause.opener >= from) {
      if (!inClause && ctx.tokens[clause.opener - 1]?.norm === ',') return Infinity;
      inClause = true;
      continue;
    }
    if (!inClause) continue;
    const n = ctx.tokens[k]?.norm ?? '';
    return (n === ',' || isDash(ctx.tokens, k)) && NOUN_PHRASE_START.has(ctx.tokens[k + 1]?.pos ?? '') && verbless(ctx, k + 1) ? k : Infinity;
  }
  return Infinity;
}

/** Whether the stretch from `k` to the next comma, dash or the sentence's end has no verb (an apposition has none). */
function verbless(ctx: SentenceContext, k: number): boolean {
  for (let j = k; j < ctx.to; j++) {
    const t = ctx.tokens[j];
    if (!t || t.norm === ',' || isDash(ctx.tokens, j)) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return true;
}

const EMBEDDED: ReadonlySet<string> = new Set(['rel', 'comp', 'sub']);
const NOUN_PHRASE_START: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN']);

/** object.reduced-relative: "the rebel groups the regime is fighting": NP1 (the) NP2 VERB, NP2 acts on NP1. */
function reducedRelative({ ctx, vg, subject, c }: VerbFrame): Sides | null {
  const s0 = subject[0];
  if (!s0) return null;
  let near: Mention | undefined;
  for (let k = ctx.mentions.length - 1; k >= 0 && !near; k--) {
    const m = ctx.mentions[k];
    if (m && m.tokenEnd <= vg.start && ctx.clauseOf(m.tokenStart) === c) near = m;
  }
  if (near && near !== s0 && !subject.includes(near) && near.tokenStart > s0.tokenEnd && near.tokenStart - s0.tokenEnd <= 1 && (near.tokenStart === s0.tokenEnd || ctx.tokens[s0.tokenEnd]?.pos === 'DET')) {
    return { sources: group(ctx.mentions, near, ctx.tokens), targets: subject };
  }
  return null;
}

/** Whether a mention only describes a border: "the Thai border", "Macedonia's border", "the border with Bulgaria". */
function bordering(tokens: readonly Token[], m: Mention, lex: Lexicon): boolean {
  let k = m.tokenEnd;
  if (tokens[k]?.norm === "'s") k++;
  if (lex.BORDER.has(tokens[k]?.norm ?? '')) return true;
  const w1 = tokens[m.tokenStart - 1]?.norm;
  const w2 = tokens[m.tokenStart - 2]?.norm ?? '';
  return (w1 === 'with' || w1 === 'between') && lex.BORDER.has(w2);
}

function crossesClauseStart(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]?.norm === ';') return true;
  return false;
}
