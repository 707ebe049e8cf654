import type { Mention, Token } from '../../model/types.js';
import type { SentenceContext } from './context.js';
import type { Coded } from './coded.js';
import { QUOTE_MARKS } from './speech-tag.js';
import { sectorIn } from './words.js';

// Word sense decided by what follows a trigger's object, where a dictionary pattern cannot say it.

/** Quotation marks as wink tokenises them. */
export { QUOTE_MARKS };

/** Whether token `k` opens a reason: a possessive ("for its policy"), a gerund ("for backing") or a quote. */
function opensReason(ctx: SentenceContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t) return false;
  return ctx.lex.POSSESSIVES.has(t.norm) || QUOTE_MARKS.has(t.norm) || (t.pos === 'VERB' && t.norm.endsWith('ing'));
}

/** The reason preposition after a target ("Sylvania for", "Sylvania's president over"), or -1. */
function reasonAfter(tokens: readonly Token[], target: Mention, ctx: SentenceContext): number {
  for (let k = target.tokenEnd; k < ctx.to && k <= target.tokenEnd + 3; k++) {
    const t = tokens[k];
    if (!t) return -1;
    if (ctx.lex.REASON_PREPS.has(t.norm)) return k;
    if (!(t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || ctx.lex.POSSESSIVE_MARKS.has(t.norm))) return -1;
  }
  return -1;
}

const SECOND_OBJECT: ReadonlySet<string> = new Set(['DET', 'PRON', 'ADJ', 'NOUN', 'NUM']);

/**
 * sense.withholding: "denied Sylvania access", "denying the government its main source of revenue": a verb
 * of denial (WITHHOLDING) with an actor object and a second object after it withholds the thing from the
 * actor; it is no denial of a claim (016), and no event is coded for it.
 */
export function withholding(ctx: SentenceContext, local: Coded[]): void {
  const { tokens, lex } = ctx;
  for (let k = local.length - 1; k >= 0; k--) {
    const c = local[k];
    if (!c || c.hit.pattern.noun || !lex.WITHHOLDING.has(tokens[c.hit.trigger]?.lemma ?? '')) continue;
    const object = ctx.mentions.find((m) => m.tokenStart > c.hit.triggerEnd && m.tokenStart <= c.hit.triggerEnd + 2);
    if (!object) continue;
    const between = tokens[c.hit.triggerEnd + 1];
    if (object.tokenStart === c.hit.triggerEnd + 2 && !lex.ARTICLES.has(between?.norm ?? '')) continue;
    const next = tokens[object.tokenEnd];
    // "denied Sylvania's claims", "denied Sylvania was involved", "denied US accusations" deny a claim.
    if (!next || object.modifier || !SECOND_OBJECT.has(next.pos) || next.norm === 'that' || lex.ANAPHORA_ACCUSATION.has(next.norm)) continue;
    local.splice(k, 1);
  }
}

/**
 * sense.verbal-attack: "attacked Sylvania for its policy", "hit Osterlich over its remarks": a force verb
 * (VERBAL_ATTACK) whose object is followed by the reason for the blow is criticism (111), unless an armed
 * party strikes (ARMED_SECTORS): "militants attacked the school for its teaching" is still force. So is one
 * between two sides of political life of one country (POLITICAL_SECTORS; sense.domestic-attack): "the senator
 * attacked the president", "Trump attacked Mueller"; not "mobs attacked the protesters".
 */
export function verbalAttacks(ctx: SentenceContext, local: Coded[]): void {
  const { tokens, lex } = ctx;
  for (let k = 0; k < local.length; k++) {
    const c = local[k];
    if (!c || !c.code.startsWith('19') || c.hit.pattern.noun || !lex.VERBAL_ATTACK.has(tokens[c.hit.trigger]?.lemma ?? '')) continue;
    const target = c.sides.targets[c.sides.targets.length - 1];
    if (!target || c.sides.sources.length === 0 || c.sides.sources.some((m) => sectorIn(m, lex.ARMED_SECTORS))) continue;
    const prep = reasonAfter(tokens, target, ctx);
    const sides = [...c.sides.sources, ...c.sides.targets];
    const country = target.actor.country;
    const domestic = country !== undefined && sides.every((m) => m.actor.country === country && sectorIn(m, lex.POLITICAL_SECTORS));
    if (domestic || (prep >= 0 && opensReason(ctx, prep + 1))) local[k] = { ...c, code: '111' };
  }
}

/**
 * sense.contest: "Netanyahu defeated Gantz", "Democrats who can beat Trump", "was defeated in the 2018 Senate
 * election": a verb of winning (CONTEST_VERBS) with no armed party (ARMED_SECTORS) on either side is a contest
 * won, no blow, where the sentence is about a vote (ELECTION_WORDS) or both sides are of one country.
 */
export function contests(ctx: SentenceContext, local: Coded[]): void {
  const { tokens, lex } = ctx;
  for (let k = 0; k < local.length; k++) {
    const c = local[k];
    if (!c || c.hit.pattern.noun || !lex.CONTEST_VERBS.has(tokens[c.hit.trigger]?.lemma ?? '')) continue;
    const sides = [...c.sides.sources, ...c.sides.targets];
    if (sides.some((m) => sectorIn(m, lex.ARMED_SECTORS) || ctx.isOrg(m.actor.code))) continue;
    const country = sides[0]?.actor.country;
    const domestic = c.sides.sources.length > 0 && c.sides.targets.length > 0 && country !== undefined && sides.every((m) => m.actor.country === country);
    if (domestic || electoral(ctx)) local.splice(k--, 1);
  }
}

/** Whether the sentence speaks of a vote (lexicon ELECTION_WORDS). */
function electoral(ctx: SentenceContext): boolean {
  for (let k = ctx.from; k < ctx.to; k++) if (ctx.lex.ELECTION_WORDS.has(ctx.tokens[k]?.norm ?? '')) return true;
  return false;
}

/**
 * sense.welcome-visitor: "Putin welcomed Obama to St. Petersburg": a verb of approval (WELCOMING) whose
 * object, right after it, is a named person (not a possessive: "welcomed Rouhani's decision") greets a
 * visitor: hosting (043), not praise (051).
 */
export function welcomedVisitors(ctx: SentenceContext, local: Coded[]): void {
  const { tokens, lex } = ctx;
  for (let k = 0; k < local.length; k++) {
    const c = local[k];
    if (!c || !c.code.startsWith('05') || c.hit.pattern.noun || !lex.WELCOMING.has(tokens[c.hit.trigger]?.lemma ?? '')) continue;
    const guest = c.sides.targets[0];
    if (!guest || guest.actor.name === undefined || guest.modifier || c.sides.targets.length > 1) continue;
    const between = guest.tokenStart - c.hit.triggerEnd - 1;
    if (between > 1 || (between === 1 && !lex.ARTICLES.has(tokens[c.hit.triggerEnd + 1]?.norm ?? ''))) continue;
    if (lex.POSSESSIVE_MARKS.has(tokens[guest.tokenEnd]?.norm ?? '')) continue;
    local[k] = { ...c, code: '043' };
  }
}

/**
 * sense.material-backing: "began supporting rebel groups", "the rebels are backed by Sylvania", "supported
 * the government against the rebellion": a verb of support (SUPPORT_VERBS) whose target or source is an armed
 * party (BACKED_SECTORS: "Sylvanian warplanes are backing the government") or that is aimed against an enemy ("against" right after the target) is material
 * backing, as the annotation guide codes it: provide aid (070), not praise (051). A target reached through
 * "against" ("supported operations against Osterlich") is the enemy of what is backed, not its recipient:
 * no event is coded for it.
 */
export function materialBacking(ctx: SentenceContext, local: Coded[]): void {
  const { tokens, lex } = ctx;
  for (let k = local.length - 1; k >= 0; k--) {
    const c = local[k];
    if (!c || !c.code.startsWith('05') || c.hit.pattern.noun || !lex.SUPPORT_VERBS.has(tokens[c.hit.trigger]?.lemma ?? '')) continue;
    const target = c.sides.targets[c.sides.targets.length - 1];
    if (!target || target.modifier) continue;
    if (enemyPhrase(ctx, c.hit.triggerEnd, target)) { local.splice(k, 1); continue; }
    const armed = armedParty(lex, target);
    // Backing of an unarmed party no country or body places stays a statement; so does backing by the public
    // or the press ("backed by millions of protesters") and a country's backing of its own forces ("supports
    // his commanders").
    if (!armed && !target.actor.country && !ctx.isOrg(target.actor.code)) continue;
    if (c.sides.sources.some((m) => sectorIn(m, lex.OPINION_SECTORS) || (m.actor.country !== undefined && m.actor.country === target.actor.country))) continue;
    // A country's armed forces backing a party ("Russian warplanes are backing the government") back it with arms.
    if (armed || c.sides.sources.some((m) => m.actor.country !== undefined && armedParty(lex, m)) || againstAfter(ctx, target)) local[k] = { ...c, code: '070' };
  }
}

/** Whether a mention is an armed party (BACKED_SECTORS): a military, rebels, militias, armed groups. */
function armedParty(lex: SentenceContext['lex'], m: Mention): boolean {
  return sectorIn(m, lex.BACKED_SECTORS);
}

const NOMINAL: ReadonlySet<string> = new Set(['NOUN', 'DET', 'ADJ']);

/** Whether a participle after this token modifies a noun: after a noun, determiner, adjective or hyphen ("self-declared"). */
function adjectival(t: Token | undefined): boolean {
  return t !== undefined && (NOMINAL.has(t.pos) || t.norm === '-');
}

/** Whether the target after the verb sits in an "against" phrase ("supported the fight against X"). */
function enemyPhrase(ctx: SentenceContext, triggerEnd: number, target: Mention): boolean {
  for (let k = target.tokenStart - 1; k > triggerEnd; k--) {
    const t = ctx.tokens[k];
    // A participle after a noun modifies it ("against targets associated with X"); another verb ends the phrase.
    if (!t || t.pos === 'AUX' || (t.pos === 'VERB' && !(t.norm.endsWith('ed') && adjectival(ctx.tokens[k - 1])))) return false;
    if (t.norm === 'against') return true;
  }
  return false;
}

/**
 * Whether "against" follows the target's own phrase closely, in its clause ("the government of X against"),
 * not a noun the target only owns ("X's argument against").
 */
function againstAfter(ctx: SentenceContext, target: Mention): boolean {
  const c = ctx.clauseOf(target.tokenStart);
  if (ctx.lex.POSSESSIVE_MARKS.has(ctx.tokens[target.tokenEnd]?.norm ?? '')) return false;
  for (let k = target.tokenEnd; k < ctx.to && k <= target.tokenEnd + 6; k++) {
    const t = ctx.tokens[k];
    if (!t || ctx.clauseOf(k) !== c || t.pos === 'VERB' || t.norm === ',') return false;
    if (t.norm === 'against') return true;
  }
  return false;
}

/**
 * sense.foreign-ban: "Freedonia banned the Sylvanian airline", "barred Sylvanian firms from trading": a ban
 * (CAMEO's generic 172, administrative sanctions at home) whose every target is of another country than its
 * source is a sanction on that country's actors (163), not a curb on the source's own political life.
 */
export function foreignBans(local: Coded[]): void {
  for (let k = 0; k < local.length; k++) {
    const c = local[k];
    if (!c || c.code !== '172') continue;
    const home = c.sides.sources[0]?.actor.country;
    if (!home || c.sides.targets.length === 0 || c.sides.sources.some((m) => m.actor.country !== home)) continue;
    if (c.sides.targets.every((m) => m.actor.country !== undefined && m.actor.country !== home)) local[k] = { ...c, code: '163' };
  }
}

/**
 * sense.armed-passage: "Sylvanian warships sailed near Freedonia", "bombers flew over Osterlich": a verb of passage
 * (PASSAGE_VERBS) near or through another's territory is a show of force (150) only when armed forces (ARMED_SECTORS,
 * not a named person) pass; an airliner, a leader or a general passing shows none, and no event is coded for it.
 */
export function armedPassages(ctx: SentenceContext, local: Coded[]): void {
  const { tokens, lex } = ctx;
  for (let k = local.length - 1; k >= 0; k--) {
    const c = local[k];
    // A pattern that names what passed ("flew bombers over") says it was armed itself.
    if (!c || c.code !== '150' || c.hit.pattern.noun || c.hit.pattern.required.length > 0 || !lex.PASSAGE_VERBS.has(tokens[c.hit.trigger]?.lemma ?? '')) continue;
    // A person of an armed body ("the general flew into Baghdad") travels; only the body's forces show force.
    if (!c.sides.sources.some((m) => m.actor.name === undefined && sectorIn(m, lex.ARMED_SECTORS))) local.splice(k, 1);
  }
}
