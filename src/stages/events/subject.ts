import type { Mention, Token } from '../../model/types.js';
import type { Lexicon } from '../../dictionaries/lexicon.js';
import type { Clause, ClauseMap } from './clauses.js';
import type { SentenceContext } from './context.js';
import { beforeNumber, honorific } from './words.js';
import { nounInfinitiveSubject } from './noun-infinitive.js';
import { gerundSubject } from './gerund-subject.js';
import { group } from './group.js';
import { exemplified } from './exemplified.js';

// Finding who acts: the subject of a verb over the shallow clause map, with coordination, relative
// antecedents, inverted speech tags and subjects shared with a parent clause.

type ClauseTest = (cl: Clause) => boolean;
const COMPLEMENT: ClauseTest = (cl) => cl.kind === 'comp';
const COMPLEMENT_OR_INFINITIVE: ClauseTest = (cl) => cl.kind === 'comp' || (cl.kind === 'sub' && cl.infinitive);

// Every clause on the way up must pass: a condition inside a that-clause ("announced that it will
// withdraw unless X agrees a ceasefire") is not the verb's content.
function climbs(cm: ClauseMap, c: number, ancestor: number, pass: ClauseTest): boolean {
  let cur = cm.clauses[c];
  for (let d = 0; cur && d < 8; d++) {
    if (!pass(cur)) return false;
    if (cur.parent === ancestor) return true;
    cur = cm.clauses[cur.parent];
  }
  return false;
}

/** Whether clause `c` lies in the (that- or bare) complement of clause `ancestor`, through complements only. */
export function inComplement(cm: ClauseMap, c: number, ancestor: number): boolean {
  return climbs(cm, c, ancestor, COMPLEMENT);
}

/** Whether clause `c` lies in the complement or to-infinitive of clause `ancestor` ("commits X to helping"). */
export function inComplementOrInfinitive(cm: ClauseMap, c: number, ancestor: number): boolean {
  return climbs(cm, c, ancestor, COMPLEMENT_OR_INFINITIVE);
}

/**
 * The preposition (one of `preps`) heading the phrase a mention opens, looking back at most four tokens to
 * `floor`. An approximator before a number is no preposition ("About a dozen protesters marched",
 * "more than 40 soldiers", "up to 1,000 Sylvanians"): the look-back goes on past it.
 */
export function inPrepPhrase(ctx: Pick<SentenceContext, 'tokens' | 'lex'>, m: Mention, floor: number, preps: ReadonlySet<string>): string | null {
  const { tokens, lex } = ctx;
  for (let k = m.tokenStart - 1; k >= floor && k >= m.tokenStart - 4; k--) {
    const t = tokens[k];
    if (!t) break;
    if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.norm === "'s") continue;
    if (lex.APPROXIMATORS.has(t.norm) && beforeNumber(tokens, k + 1, lex)) continue;
    // subject.honorific: "after a visit by Mr. Kovac", "talks with Dr Lind": the honorific stays outside the name's mention.
    if (k === m.tokenStart - 1 && honorific(t, lex)) continue;
    if (t.pos === 'ADP' || t.pos === 'SCONJ' || t.norm === 'to') return preps.has(t.norm) ? t.norm : null;
    return null;
  }
  return null;
}

/**
 * passive.by-premodifier: whether mention `m` opens a passive's by-phrase (AGENT_PREPS) that holds premodifiers
 * the actor does not cover besides determiners and adjectives: a name-like adjective the dictionaries do not
 * place ("by Kurdish militants", "by Islamist gunmen"), an adverb or a participle ("by heavily armed men", "by
 * suspected rebels", "by an off-duty policeman"). At most four words back to `floor`, a hyphenated word counting as one.
 */
export function inAgentPhrase(ctx: Pick<SentenceContext, 'tokens' | 'lex'>, m: Mention, floor: number): boolean {
  const { tokens, lex } = ctx;
  let reach = 4;
  for (let k = m.tokenStart - 1; k >= floor && k >= m.tokenStart - reach; k--) {
    const t = tokens[k];
    if (!t) return false;
    if (lex.AGENT_PREPS.has(t.norm) && (t.pos === 'ADP' || t.pos === 'SCONJ')) return true;
    // "by an off-duty Sylvanian policeman": a hyphenated modifier is one word, whatever its parts are tagged.
    const dash = tokens[k - 1];
    const first = tokens[k - 2];
    if (dash?.norm === '-' && first && first.end === dash.start && dash.end === t.start) { k -= 2; reach += 2; continue; }
    if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'PROPN' || t.pos === 'ADV' || t.norm === "'s" || (t.pos === 'VERB' && t.norm.endsWith('ed')))) return false;
  }
  return false;
}

/** The subject of the verb at `v` (its group starting at `vgStart`): who acts. */
export function findSource(ctx: SentenceContext, v: number, vgStart: number): Mention[] {
  const owner = nounInfinitiveSubject(ctx, vgStart);
  if (owner) return group(ctx.mentions, owner, ctx.tokens);
  return gerundSubject(ctx, v) ?? nounParticipleSubject(ctx, v) ?? relativeSubject(ctx, v, vgStart) ?? subjectBefore(ctx, v, vgStart) ?? frontedSubject(ctx, v, vgStart) ?? inheritedSubject(ctx, v, vgStart) ?? [];
}

/**
 * subject.noun-participle: "waters surrounding the peninsula", "a visit coinciding with ...": a present
 * participle right after a common noun modifies that noun, which is its subject; a noun that names no actor
 * gives it no actor subject (not the clause's). The noun's own actor stays its subject ("Sylvanian troops
 * surrounding", "US airstrikes targeting"); so do a force noun ("an offensive targeting", whose agent is the
 * clause's) and a document ("a statement demanding"), which carry their author's act, and a span of time.
 */
function nounParticipleSubject(ctx: SentenceContext, v: number): Mention[] | null {
  const { tokens, lex } = ctx;
  const t = tokens[v];
  const noun = tokens[v - 1];
  if (!t || !noun || v - 1 < ctx.from || t.pos !== 'VERB' || !t.norm.endsWith('ing') || noun.pos !== 'NOUN') return null;
  // "spent years fighting": a span of time is no subject either; the clause's subject acts.
  // "held talks discussing", "a program targeting": an undertaking carries its undertaker's act, as a document does.
  // subject.document-author: "blocked an EU statement criticizing China": a document's author, named before it, says what it says
  // (any actor right before the noun, an organisation's name too, which words.ts's nounOwner would not take: it is no modifier).
  if (lex.DOCUMENTS.has(noun.norm)) {
    const author = ctx.mentions.find((m) => m.tokenEnd === v - 1 || (m.tokenEnd === v - 2 && lex.POSSESSIVE_MARKS.has(tokens[v - 2]?.norm ?? '')));
    return author ? [author] : null;
  }
  if (lex.UNDERTAKING_NOUNS.has(noun.norm) || lex.ANAPHORA_FORCE.has(noun.norm) || lex.TIME_WORDS.has(noun.lemma)) return null;
  // The noun's actor: a mention ending at it ("troops") or modifying it ("US airstrikes", "Sylvania's jets").
  for (const m of ctx.mentions) if (m.tokenEnd === v || m.tokenEnd === v - 1 || (m.tokenEnd === v - 2 && tokens[v - 2]?.norm === "'s")) return null;
  return [];
}

/** The speaker of the verb of saying at `v`: its subject, or the one after it in ", said the minister". */
export function findSpeaker(ctx: SentenceContext, v: number, vgStart: number): Mention[] {
  return relativeSubject(ctx, v, vgStart) ?? subjectBefore(ctx, v, vgStart) ?? invertedSpeaker(ctx, v) ?? inheritedSubject(ctx, v, vgStart) ?? [];
}

/** subject.relative: in a relative clause, its own subject ("whom the rebels had taken") or the antecedent. */
function relativeSubject(ctx: SentenceContext, v: number, vgStart: number): Mention[] | null {
  const c = ctx.clauseOf(v);
  const clause = ctx.cm.clauses[c];
  if (clause?.kind !== 'rel' || clause.antecedent.length === 0) return null;
  // "Chaudhry, whom the rebels had taken hostage": an object relative has its own subject.
  const own = objectRelativeSubject(ctx, clause, vgStart);
  if (own) return own;
  if (ctx.tokens[clause.opener]?.norm === 'whom') return [];
  const a = clause.antecedent[0];
  return a ? group(ctx.mentions, a, ctx.tokens) : [];
}

/** "the US-backed SDF", "Iranian-backed militias": the backer in a hyphenated modifier is not the one acted on, nor the one acting. */
export function backer(tokens: readonly Token[], m: Mention, lex: Pick<Lexicon, 'BACKING'>): boolean {
  return m.modifier && tokens[m.tokenEnd]?.norm === '-' && lex.BACKING.has(tokens[m.tokenEnd + 1]?.norm ?? '');
}

/** subject.before: the first mention of the verb's clause before its verb group, not in a prepositional phrase. */
function subjectBefore(ctx: SentenceContext, v: number, vgStart: number): Mention[] | null {
  const { tokens, mentions: sm } = ctx;
  const c = ctx.clauseOf(v);
  const clause = ctx.cm.clauses[c];
  const floor = subjectFloor(ctx, clause, vgStart);
  const fronted = frontedPhraseEnd(ctx, vgStart);
  for (const m of sm) {
    if (m.tokenEnd > vgStart) break;
    if (ctx.clauseOf(m.tokenStart) !== c || m.tokenEnd <= fronted) continue;
    if (inPrepPhrase(ctx, m, floor, ctx.lex.NOT_SUBJECT_PREPS) && !weaponAgent(ctx, m, floor)) continue;
    if (pollShare(ctx, m)) continue;
    // "The Sylvania-based Dawn Front claimed": a modifier gives way to the organisation it modifies.
    // "Sylvanian-backed militias attacked": the backer gives way to whoever it backs, organisation or not.
    if (m.modifier) {
      const backed = backer(tokens, m, ctx.lex);
      // So does one of its own country's ("Sylvanian Red Hand leader Kurtz": the leader acts, not Sylvania).
      const head = sm.find((h) => h.tokenStart >= m.tokenEnd && h.tokenStart - m.tokenEnd <= 3 && !h.modifier && h.tokenEnd <= vgStart && (backed || h.rule.id.startsWith('org.') || (h.actor.country !== undefined && h.actor.country === m.actor.country)));
      if (head && (backed || !spansVerbOrPrep(tokens, m.tokenEnd, head.tokenStart))) return group(sm, head, tokens);
      const named = apposition(ctx, c, vgStart);
      if (named && named.tokenStart > m.tokenEnd) return group(sm, named, tokens);
    }
    return exemplified(ctx, group(sm, m, tokens), vgStart);
  }
  return null;
}

/** subject.poll-share: "61 percent of Sylvanians support the strikes": a population after a share of it (lexicon POLL_SHARES) is polled, no subject. */
function pollShare(ctx: SentenceContext, m: Mention): boolean {
  let k = m.tokenStart - 1;
  if (ctx.tokens[k]?.pos === 'DET') k--;
  return ctx.tokens[k]?.norm === 'of' && ctx.lex.POLL_SHARES.has(ctx.tokens[k - 1]?.norm ?? '');
}

/**
 * subject.weapon-agent: "the missiles fired by the Sylvanian army struck ...": a subject that is a weapon with a
 * participle and "by" names its user, who acts; nothing but the weapon's words may stand before it in the clause.
 */
function weaponAgent(ctx: SentenceContext, m: Mention, floor: number): boolean {
  const { tokens, lex } = ctx;
  let k = m.tokenStart - 1;
  while (k > floor && tokens[k]?.pos === 'DET') k--;
  const part = tokens[k - 1];
  const weapon = tokens[k - 2]?.norm ?? '';
  if (tokens[k]?.norm !== 'by' || part?.pos !== 'VERB' || part.norm === part.lemma) return false;
  if (!(lex.WEAPON_AIR.has(weapon) || lex.WEAPON_ARTILLERY.has(weapon) || lex.WEAPON_EXPLOSIVE.has(weapon))) return false;
  for (let q = floor; q < k - 2; q++) if (tokens[q]?.pos === 'VERB' || tokens[q]?.pos === 'AUX') return false;
  return true;
}

/**
 * subject.apposition: "One of Freedonia's allies, Kurtz, met ...": a name set off by commas right before the
 * verb renames the subject, so it acts rather than an actor that only modifies the subject's head (a
 * possessive whose noun names no actor). The mention, or null.
 */
function apposition(ctx: SentenceContext, c: number, vgStart: number): Mention | null {
  const { tokens } = ctx;
  let k = vgStart - 1;
  while (k > ctx.from && tokens[k]?.pos === 'ADV') k--;
  if (tokens[k]?.norm !== ',') return null;
  for (const m of ctx.mentions) {
    if (m.tokenEnd === k && !m.modifier && ctx.clauseOf(m.tokenStart) === c && tokens[m.tokenStart - 1]?.norm === ',') return m;
  }
  return null;
}

/** subject.inverted-speech: ", officials said" / "said the minister": a speaker right after the verb. */
function invertedSpeaker(ctx: SentenceContext, v: number): Mention[] | null {
  const c = ctx.clauseOf(v);
  for (const m of ctx.mentions) {
    if (m.tokenStart <= v || ctx.clauseOf(m.tokenStart) !== c) continue;
    if (m.tokenStart - v <= 3) return group(ctx.mentions, m, ctx.tokens);
    break;
  }
  return null;
}

/** subject.inherited: the subject of a conjoined or dependent clause is the parent clause's. */
function inheritedSubject(ctx: SentenceContext, v: number, vgStart: number): Mention[] | null {
  const { tokens, from } = ctx;
  const clause = ctx.cm.clauses[ctx.clauseOf(v)];
  if (!clause || clause.parent < 0 || clause.kind === 'comp' || clause.kind === 'rel') return null;
  const parent = clause.parent;
  // "Iran denied it but Admiral Smith accused ...": a clause opened by "but" with its own subject that
  // names no actor has that subject, not the first clause's. ("and" too often joins two nouns that the
  // clause map reads as two clauses: "weapons and equipment seized from ...".)
  // subject.own-subordinate: so has a subordinate clause ("after a gunman shot a soldier"), unless a conjunction
  // before its verb shows its opener was a preposition ("spoke before Sylvania and attacked").
  const subordinate = clause.kind === 'sub' && !clause.infinitive && ctx.lex.SUBORDINATE.has(tokens[clause.opener]?.norm ?? '') && tokens[vgStart - 1]?.pos !== 'CCONJ';
  if ((clause.kind === 'main' && tokens[clause.opener]?.norm === 'but') || subordinate) {
    for (let k = clause.opener + 1; k < vgStart; k++) if (tokens[k]?.pos === 'NOUN' || tokens[k]?.pos === 'PROPN') return null;
  }
  // The parent's subject stands before the parent's own verb: "a bombing killed one U.S. soldier and
  // wounded two others" has no actor subject, and the soldier is no subject of "wounded".
  let parentVerb = vgStart;
  for (let k = from; k < vgStart; k++) {
    const t = tokens[k];
    if (ctx.clauseOf(k) === parent && t && (t.pos === 'VERB' || t.pos === 'AUX')) { parentVerb = k; break; }
  }
  const floor = subjectFloor(ctx, ctx.cm.clauses[parent], parentVerb);
  for (const m of ctx.mentions) {
    if (m.tokenEnd > parentVerb) break;
    if (ctx.clauseOf(m.tokenStart) !== parent) continue;
    if (inPrepPhrase(ctx, m, floor, ctx.lex.NOT_SUBJECT_PREPS)) continue;
    return group(ctx.mentions, m, tokens);
  }
  return null;
}

/**
 * subject.fronted-phrase: "At the request of Iraq, the United States sent troops", "With the help of Iran, Syrian
 * forces retook the city": a prepositional phrase that opens the sentence and a comma closes before any verb holds
 * no subject, even where its actor follows "of". The comma's index, or -1.
 */
function frontedPhraseEnd(ctx: SentenceContext, vgStart: number): number {
  const { tokens } = ctx;
  if (tokens[ctx.from]?.pos !== 'ADP') return -1;
  for (let k = ctx.from + 1; k < vgStart; k++) {
    const t = tokens[k];
    if (!t || t.pos === 'VERB' || t.pos === 'AUX') return -1;
    if (t.norm === ',') return k;
  }
  return -1;
}

/**
 * subject.fronted-adjunct: "After meeting Putin, Erdogan said", "Praising Sylvania for its help, Kovac said": a
 * participle adjunct that opens the sentence (clause.adjunct, clause.fronted-participle) has the main clause's
 * subject, named after it and before the main clause's verb; the participle only, not another act inside the adjunct.
 */
function frontedSubject(ctx: SentenceContext, v: number, vgStart: number): Mention[] | null {
  const { tokens } = ctx;
  const clause = ctx.cm.clauses[ctx.clauseOf(v)];
  if (!clause || clause.kind !== 'sub' || clause.infinitive || clause.opener !== ctx.from || clause.parent < 0) return null;
  // Only the participle itself: another act inside the adjunct ("Calling the killing savage, Kovac said") is not the subject's.
  const participle = tokens[clause.opener]?.norm.endsWith('ing') ? clause.opener : clause.opener + 1;
  if (v !== participle || !tokens[v]?.norm.endsWith('ing')) return null;
  for (let k = vgStart + 1; k < ctx.to; k++) {
    const t = tokens[k];
    if (!t || ctx.clauseOf(k) !== clause.parent) continue;
    if (t.pos === 'VERB' || t.pos === 'AUX') return null;
    const m = ctx.mentions.find((x) => x.tokenStart === k && !x.modifier);
    if (m) return group(ctx.mentions, m, tokens);
  }
  return null;
}

/**
 * Where a clause's subject may start: after the word that opened a subordinate clause ("after the EU
 * sanctioned", "since Sylvania left ... and attacked"), which is no preposition of its subject; unless a
 * conjunction stands right before the clause's first verb ("went before the people and spelled out"): then the
 * opener was a preposition and the clause map's reading of it a guess.
 */
function subjectFloor(ctx: SentenceContext, clause: Clause | undefined, verb: number): number {
  if (!clause || clause.kind === 'main' || clause.opener < ctx.from) return ctx.from;
  const { tokens } = ctx;
  for (let k = clause.opener + 1; k < verb; k++) {
    const next = tokens[k + 1];
    // The clause's first verb (a past form the tagger read as an adjective too: "before Trump upended ..."):
    // a conjunction before it joins it to a verb outside.
    if (!next || !(next.pos === 'VERB' || next.pos === 'AUX' || (next.pos === 'ADJ' && next.norm.endsWith('ed')))) continue;
    if (tokens[k]?.pos === 'CCONJ') return ctx.from;
    break;
  }
  return clause.opener + 1;
}

/** The subject of a relative clause that has one of its own between its opener and verb ("whom the rebels had seized"). */
function objectRelativeSubject(ctx: SentenceContext, clause: Clause, vgStart: number): Mention[] | null {
  const { tokens, mentions: sm } = ctx;
  // A subject relative ("who are part of ...") has its verb right after the pronoun.
  const next = tokens[clause.opener + 1];
  if (!next || next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV') return null;
  for (const m of sm) {
    if (m.tokenEnd > vgStart) break;
    if (m.tokenStart <= clause.opener || ctx.clauseOf(m.tokenStart) !== clause.id || m.modifier) continue;
    if (m.tokenStart > clause.opener + 3) return null;
    if (inPrepPhrase(ctx, m, clause.opener + 1, ctx.lex.NOT_SUBJECT_PREPS)) continue;
    return group(sm, m, tokens);
  }
  return null;
}

function spansVerbOrPrep(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP' || t.norm === ',') return true;
  }
  return false;
}
