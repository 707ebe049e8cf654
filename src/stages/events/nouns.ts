import type { Mention, Token } from '../../model/types.js';
import type { PatternHit } from './match.js';
import type { SentenceContext } from './context.js';
import { findSource, group, type Sides } from './sides.js';
import { backer } from './subject.js';
import { analyzeVerbGroup, isParticiple, type VerbGroup } from './verbgroup.js';
import { adjunctContact, adjunctSource } from './adjunct.js';

// Sides of an event carried by a noun ("the Freedonian offensive against Sylvania"): the premodifier or
// the subject of the light verb whose object the noun is, and the actor after "on"/"against".

/** Whether a token is joined by a hyphen to its neighbour ("all-out", "hit-and-run"): a modifier, whatever its tag. */
function inCompound(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  const next = tokens[k + 1];
  const prev = tokens[k - 1];
  // A verb inside one ("history-making") is left to the light-verb test itself.
  if (t.pos === 'VERB') return false;
  return (next !== undefined && next.norm === '-' && next.start === t.end) || (prev !== undefined && prev.norm === '-' && prev.end === t.start);
}

/** The light verb whose object an event noun is ("launched an offensive", "continued their attacks"), or -1. */
export function lightVerbBefore(ctx: SentenceContext, n: number): number {
  const { tokens, from } = ctx;
  let k = premodifiersFrom(tokens, n - 1, { from, reach: 5 });
  // nouns.series: "unleashed a torrent of threats", "issued a series of warnings": a noun of a series and "of" before the event noun.
  if (k > from + 1 && tokens[k]?.norm === 'of' && ctx.lex.SERIES_NOUNS.has(tokens[k - 1]?.norm ?? '')) k = premodifiersFrom(tokens, k - 2, { from, reach: 3 });
  // "carried out a bombardment of", "stepped up its shelling of": the light verb's particle.
  if (k > from && ctx.lex.LIGHT_PARTICLES.has(tokens[k]?.norm ?? '') && tokens[k - 1]?.pos === 'VERB') k--;
  const v = tokens[k];
  if (v?.norm === 'for') return agentCopula(ctx, k - 1);
  if (k < from || !v || v.pos !== 'VERB' || !(ctx.lex.LIGHT_VERBS.has(v.lemma) || ctx.lex.INTENT_LIGHT_VERBS.has(v.lemma))) return -1;
  return attributive(ctx, k) ? -1 : k;
}

/** The first token before `k` (scanning back from it, at most `reach` tokens) that is no premodifier of a noun. */
function premodifiersFrom(tokens: readonly Token[], k: number, span: { readonly from: number; readonly reach: number }): number {
  const stop = k - span.reach;
  while (k >= span.from && k > stop && (tokens[k]?.pos === 'DET' || tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'NUM' || tokens[k]?.pos === 'ADV' || tokens[k]?.norm === 'its' || tokens[k]?.norm === 'their' || tokens[k]?.norm === '-' || tokens[k]?.pos === 'NOUN' || inCompound(tokens, k))) k--;
  return k;
}

/**
 * nouns.attributive-participle: a participle after a determiner, a possessive or another verb modifies the
 * noun and asserts nothing ("cancelled a planned summit", "his announced visit", "cancelled planned talks", "an escalating series of attacks").
 */
function attributive(ctx: SentenceContext, k: number): boolean {
  const v = ctx.tokens[k];
  const prev = ctx.tokens[k - 1];
  if (!v || !prev || k <= ctx.from) return false;
  // "an escalating series of attacks": a present participle after a determiner modifies the noun too.
  if (v.norm.endsWith('ing')) return prev.pos === 'DET' && !ctx.lex.FLOATING_QUANTIFIERS.has(prev.norm);
  if (!v.norm.endsWith('ed')) return false;
  // Not after an auxiliary the tagger read as a verb ("claims to have launched") or a floating "all".
  if (prev.pos === 'VERB') return prev.lemma !== 'have' && !ctx.lex.BE_FORMS.has(prev.norm);
  return (prev.pos === 'DET' && !ctx.lex.FLOATING_QUANTIFIERS.has(prev.norm)) || ctx.lex.POSSESSIVES.has(prev.norm);
}

/**
 * nouns.responsible-for: "the rebels were (largely) responsible for the attacks": the copula before an
 * agent adjective (at `adj`) asserts the event noun after "for" as its subject's act, as a light verb does.
 * The copula's index, or -1.
 */
function agentCopula(ctx: SentenceContext, adj: number): number {
  const { tokens, from, lex } = ctx;
  if (!lex.AGENT_ADJECTIVES.has(tokens[adj]?.norm ?? '')) return -1;
  let k = adj - 1;
  // "was largely responsible", "was not responsible" (the copula's group then carries the negation).
  while (k > from && (tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'PART')) k--;
  const v = tokens[k];
  return k >= from && v !== undefined && (v.pos === 'AUX' || v.pos === 'VERB') && lex.BE_FORMS.has(v.norm) ? k : -1;
}

/**
 * nouns.passive-light-verb: "the attack was carried out by Freedonia", "the offensive was launched by
 * Sylvanian troops": the noun is the subject of a passive light verb, which asserts it as its own clause
 * does. The light verb's index and the mention heading its by-phrase, or null.
 */
function passiveLightVerb(ctx: SentenceContext, n: number): { verb: number; agent: Mention | undefined } | null {
  const { tokens, lex } = ctx;
  // The noun's own phrase ("the attack on the base") may stand before the auxiliaries.
  let k = n + 1;
  while (k < ctx.to && k <= n + 6 && NOUN_PHRASE.has(tokens[k]?.pos ?? '')) k++;
  const aux = k;
  while (k < ctx.to && k <= aux + 2 && (tokens[k]?.pos === 'AUX' || lex.BE_FORMS.has(tokens[k]?.norm ?? ''))) k++;
  const v = tokens[k];
  if (k === aux || !v || !lex.BE_FORMS.has(tokens[k - 1]?.norm ?? '') || !lex.LIGHT_VERBS.has(v.lemma) || !isParticiple(v, lex)) return null;
  let by = k + 1;
  // A particle ("carried out") may stand before the agent.
  if (tokens[by]?.norm !== 'by' && (tokens[by]?.pos === 'ADP' || tokens[by]?.pos === 'ADV')) by++;
  return { verb: k, agent: tokens[by]?.norm === 'by' ? phraseHead(ctx, by) : undefined };
}

/** The light verb that asserts an event noun: before it ("launched an offensive") or passive after it ("the attack was carried out"), or -1. */
export function lightVerbOf(ctx: SentenceContext, n: number): number {
  const before = lightVerbBefore(ctx, n);
  return before >= 0 ? before : passiveLightVerb(ctx, n)?.verb ?? -1;
}

/**
 * nouns.light-group: an event noun asserted by a light verb is as negated and as real as that verb's group
 * ("did not launch an offensive", "will issue a condemnation of"); otherwise asserted, unless denied.
 */
export function nounGroup(ctx: SentenceContext, n: number): VerbGroup {
  const light = lightVerbOf(ctx, n);
  const own = { start: n, negated: false, modality: 'asserted' as const, passive: false, pastModal: false, pluperfect: false };
  const read = light >= 0 ? { ...analyzeVerbGroup(ctx, light), start: n, passive: false } : own;
  // nouns.intent-light-verb: "was plotting an attack on X" names an act only intended.
  const g = read.modality === 'asserted' && ctx.lex.INTENT_LIGHT_VERBS.has(ctx.tokens[light]?.lemma ?? '') ? { ...read, modality: 'intended' as const } : read;
  const ahead = light < 0 && g.modality === 'asserted' ? prospective(ctx, n) : null;
  if (ahead) return { ...g, modality: ahead };
  return deniedNoun(ctx, n) || negatedCopula(ctx, light, n) ? { ...g, negated: true } : g;
}

/**
 * nouns.prospective: "the planned meeting between Sylvania and Freedonia", "a possible attack on Osterlich": an event
 * noun whose premodifier looks ahead (PROSPECTIVE_MODIFIERS) names an act intended, one that may happen
 * (POSSIBLE_MODIFIERS) a hypothetical one; unless a light verb asserts it ("held their planned meeting").
 */
function prospective(ctx: SentenceContext, n: number): 'intended' | 'hypothetical' | null {
  const { tokens, from, lex } = ctx;
  for (let k = n - 1; k >= from && k >= n - 3; k--) {
    const t = tokens[k];
    if (!t) return null;
    // Not the last part of a compound ("a less-anticipated trip").
    const whole = tokens[k - 1]?.norm !== '-';
    if (whole && lex.PROSPECTIVE_MODIFIERS.has(t.norm)) return 'intended';
    if (whole && lex.POSSIBLE_MODIFIERS.has(t.norm)) return 'hypothetical';
    if (!premodifier(t) && t.pos !== 'VERB') return null;
  }
  return null;
}

/** Whether a copula light verb (nouns.responsible-for) is negated after it: "was not responsible for the attack". */
function negatedCopula(ctx: SentenceContext, light: number, n: number): boolean {
  const { tokens, lex } = ctx;
  if (light < 0 || !lex.BE_FORMS.has(tokens[light]?.norm ?? '')) return false;
  for (let k = light + 1; k < n; k++) if (lex.NEGATORS.has(tokens[k]?.norm ?? '')) return true;
  return false;
}

/**
 * nouns.denied: an event noun whose determiner denies it ("there was no attack on", "no talks between")
 * names an act that did not happen, which is no refusal either (nouns.denied-object). Only premodifiers may stand
 * between: "no Freedonian attack", "no confirmed high-level talks". A negated copula does not deny its noun: "it
 * was not his first visit to X" reports a visit.
 */
export function deniedNoun(ctx: SentenceContext, n: number): boolean {
  const { tokens, from, lex } = ctx;
  for (let k = n - 1; k >= from && k >= n - 6; k--) {
    const t = tokens[k];
    if (!t) return false;
    if (lex.NEGATIVE_DETERMINERS.has(t.norm)) return true;
    // "no confirmed high-level talks": a participle modifies the noun too.
    if (!premodifier(t) && !(t.pos === 'VERB' && t.norm.endsWith('ed'))) return false;
  }
  return false;
}

/**
 * nouns.denied-object: a verb whose required event noun is denied by its determiner ("held no talks with",
 * "reached no agreement") reports that the act did not happen: negated, not a refusal. Not where the
 * pattern itself names the negative determiner ("have no comment").
 */
export function deniedObject(ctx: SentenceContext, hit: PatternHit): boolean {
  const t = ctx.tokens[hit.triggerEnd + 1];
  if (hit.pattern.noun || hit.pattern.required.length === 0 || !t || !ctx.lex.NEGATIVE_DETERMINERS.has(t.norm)) return false;
  return !hit.pattern.required.some((r) => r.first.has(t.norm));
}

/** Noun triggers: source is the modifier/possessive before the noun, target follows on/against. */
export function nounSides(ctx: SentenceContext, hit: PatternHit): Sides {
  const { tokens, mentions: sm } = ctx;
  const n = hit.trigger;
  const parties = betweenParties(ctx, hit);
  if (parties) return parties;
  // Only a premodifier owns the act: "Israeli airstrikes", "Israel's latest attack", not "X condemned the attack".
  const before = sm.filter((m) => m.tokenEnd <= n && m.tokenEnd >= n - 3 && ctx.clauseOf(m.tokenStart) === ctx.clauseOf(n) && premodifies(tokens, m.tokenEnd, n));
  const agent = byAgent(ctx, hit);
  // "Sylvania's invasion by Freedonia": with a by-agent, the possessive or premodifier is the one acted on.
  let src: Mention | undefined = agent ?? before[before.length - 1];
  // The object of a light verb: "Osterlich announced a suspension of rail links", "Israel mounted its invasion";
  // its placed subject also outranks a countryless sector premodifier ("Sylvania launched a military offensive").
  const unplaced = (m: Mention): boolean => !m.actor.country && !ctx.isOrg(m.actor.code);
  // A light verb's subject may be coordinated ("Freedonia and Osterlich launched an offensive"): all of it acts.
  let subjects: Mention[] | undefined;
  if (!src || (!agent && unplaced(src))) {
    const k = lightVerbBefore(ctx, n);
    const found = k >= 0 ? findSource(ctx, k, k) : undefined;
    const light = found ? found[0] : passiveLightVerb(ctx, n)?.agent;
    if (light && (!src || !unplaced(light))) { src = light; subjects = found; }
  }
  if (!src && !subjects && adjunctContact(ctx, hit)) subjects = adjunctSource(ctx, hit);
  let tgt: Mention | undefined;
  // "an attack by Freedonia relies on ...": after a by-agent, a preposition past the next verb is that verb's.
  if (hit.pattern.target.kind === 'prep' && !(agent && verbBetween(tokens, { from: hit.triggerEnd, to: hit.prep, except: reducedParticiple(ctx, hit) }))) tgt = sm.find((m) => m.tokenStart > hit.prep && m.tokenStart <= hit.prep + 4 && !backer(tokens, m, ctx.lex));
  else if (hit.pattern.target.kind === 'object') {
    // "an offensive by Freedonia against Sylvania": the target phrase may follow the agent's.
    for (const [from, span] of agent ? [[hit.triggerEnd + 1, 2], [agent.tokenEnd, 1]] as const : [[hit.triggerEnd + 1, 2]] as const) {
      for (let k = from; k < Math.min(ctx.to, from + span); k++) {
        const w = tokens[k]?.norm;
        if (w === 'on' || w === 'against' || w === 'in' || w === 'of' || w === 'with') {
          tgt = sm.find((m) => m.tokenStart > k && m.tokenStart <= k + 4 && m !== agent);
          break;
        }
      }
      if (tgt) break;
    }
  }
  if (agent && !tgt) tgt = before[before.length - 1];
  // A by-phrase may coordinate agents ("by Freedonia and Osterlich"); a premodifier names one.
  return { sources: agent ? group(sm, agent, tokens) : subjects ?? (src ? [src] : []), targets: tgt ? group(sm, tgt, tokens) : [] };
}

/**
 * nouns.by-agent: "an attack by Freedonia on Sylvania", "the shelling of Sylvania by Freedonian troops": the
 * actor heading a by-phrase right after the noun (or after its target phrase) is the one who acts.
 */
function byAgent(ctx: SentenceContext, hit: PatternHit): Mention | undefined {
  const { tokens } = ctx;
  // nouns.from-agent: an act directed "to" someone names its agent with "from" too ("aid from Freedonia to
  // Sylvania", "a warning from Osterlich to Freedonia", "the phone call from Sylvania's president to X").
  const spec = hit.pattern.target;
  const from = spec.kind === 'prep' && spec.preps.has('to') && !spec.preps.has('from');
  const reduced = reducedParticiple(ctx, hit);
  for (let k = hit.triggerEnd + 1; k < Math.min(ctx.to, hit.triggerEnd + 8); k++) {
    const t = tokens[k];
    if (k === reduced) {
      if (ctx.lex.LIGHT_PARTICLES.has(tokens[k + 1]?.norm ?? '')) k++;
      continue;
    }
    if (!t || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.pos === 'SCONJ') return undefined;
    if (t.norm === 'by') return phraseHead(ctx, k);
    // "the trip from Fredville to Ostburg": a capital after "from" is where the act set out, not who did it.
    if (from && t.norm === 'from') {
      const m = phraseHead(ctx, k);
      return m && !m.rule.id.startsWith('capital.') ? m : undefined;
    }
  }
  return undefined;
}

/**
 * nouns.reduced-relative: "the airstrikes carried out by Freedonia against Sylvania", "the offensive launched
 * by Osterlich": a light verb's past participle right after the event noun (or its target phrase), with "by"
 * after it and its particle, names the noun's agent in its by-phrase. Only a light verb (lexicon LIGHT_VERBS):
 * "the attack condemned by Sylvania" names who condemned it. The participle's index, or -1.
 */
function reducedParticiple(ctx: SentenceContext, hit: PatternHit): number {
  const { tokens, lex } = ctx;
  for (let k = hit.triggerEnd + 1; k < Math.min(ctx.to, hit.triggerEnd + 6); k++) {
    const t = tokens[k];
    if (!t || t.pos === 'AUX' || t.pos === 'PUNCT' || t.pos === 'SCONJ') return -1;
    if (t.pos !== 'VERB') continue;
    if (!lex.LIGHT_VERBS.has(t.lemma) || !isParticiple(t, lex)) return -1;
    const by = lex.LIGHT_PARTICLES.has(tokens[k + 1]?.norm ?? '') ? k + 2 : k + 1;
    return tokens[by]?.norm === 'by' ? k : -1;
  }
  return -1;
}

/** The actor heading the phrase of preposition `prep`, with at most a determiner, adjective or number before it. */
function phraseHead(ctx: SentenceContext, prep: number): Mention | undefined {
  const m = ctx.mentions.find((x) => x.tokenStart > prep && x.tokenStart <= prep + 3);
  if (!m) return undefined;
  for (let j = prep + 1; j < m.tokenStart; j++) if (!NP_LEAD.has(ctx.tokens[j]?.pos ?? '')) return undefined;
  return m;
}

const NP_LEAD: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM']);
const NOUN_PHRASE: ReadonlySet<string> = new Set(['ADP', 'DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

/**
 * nouns.between: "talks between Freedonia and Sylvania", "clashes between Freedonian troops and Sylvanian
 * rebels": the parties of a mutual act named after "between" are its sources, acting on each other
 * (a {mutual} pattern pairs them up). Null where the pattern is not mutual or the phrase holds no two parties.
 */
function betweenParties(ctx: SentenceContext, hit: PatternHit): Sides | null {
  if (!hit.pattern.mutual || hit.prep < 0 || ctx.tokens[hit.prep]?.norm !== 'between') return null;
  const first = ctx.mentions.find((m) => m.tokenStart > hit.prep && m.tokenStart <= hit.prep + 4);
  if (!first) return null;
  const members = group(ctx.mentions, first, ctx.tokens);
  return members.length >= 2 ? { sources: members, targets: [] } : null;
}

/** Whether a verb stands strictly between `from` and `to`, other than the reduced participle `except`. */
function verbBetween(tokens: readonly Token[], span: { readonly from: number; readonly to: number; readonly except: number }): boolean {
  for (let k = span.from + 1; k < span.to; k++) if (k !== span.except && (tokens[k]?.pos === 'VERB' || tokens[k]?.pos === 'AUX')) return true;
  return false;
}

/** Whether a token may stand between an event noun and what owns or denies it: a modifier or possessive mark. */
function premodifier(t: Token): boolean {
  return t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || t.norm === "'s" || t.norm === "'" || t.norm === '-';
}

function premodifies(tokens: readonly Token[], from: number, noun: number): boolean {
  for (let k = from; k < noun; k++) {
    const t = tokens[k];
    if (!t || !premodifier(t)) return false;
  }
  return true;
}
