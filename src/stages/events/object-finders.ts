import type { Mention, Token } from '../../model/types.js';
import type { Lexicon } from '../../dictionaries/lexicon.js';
import { placed, type SentenceContext } from './context.js';
import { inComplement, inComplementOrInfinitive } from './subject.js';
import type { VerbFrame } from './side-frame.js';

// The object finders that sides.ts tries after its ranked object: what a verb acts on when no plain object
// follows it, and the phrase tests the ranked object shares with them.

/** "its troops", "their own army": a possessive of the actor's own. */
export const OWN = /^(its|their|his|her)\b/i;

// How far after the verb a relative clause on its object may open, and how far into it its by-phrase stands.
const RELATIVE_REACH = 6;

/**
 * object.modifier-head: "a deal with Syrian dictator Bashar al-Assad": a nationality modifier gives way to the
 * actor it modifies, when only describing words (or a possessive mark: "Sylvania's Kurtz") stand between.
 */
export function headedBy(tokens: readonly Token[], m: Mention, after: readonly Mention[], possessive: ReadonlySet<string>): boolean {
  if (!m.modifier) return false;
  const head = after.find((h) => !h.modifier && h.tokenStart >= m.tokenEnd && h.tokenStart - m.tokenEnd <= 2);
  if (!head) return false;
  for (let k = m.tokenEnd; k < head.tokenStart; k++) {
    const pos = tokens[k]?.pos;
    // "criticised Sylvania's Kurtz", "China's ally Pakistan": a possessive country is a modifier of the named actor after it.
    if (pos !== 'NOUN' && pos !== 'ADJ' && pos !== 'PROPN' && !possessive.has(tokens[k]?.norm ?? '')) return false;
  }
  return true;
}

/**
 * object.infinitive: "threatened to resume attacks in Israel": what is threatened or intended lies in the
 * infinitive (not the actor's own forces, nor a capital that only says where).
 */
export function infinitiveTarget({ ctx, hit, subject, c }: VerbFrame): Mention | undefined {
  if (!(hit.pattern.threat || hit.pattern.intent)) return undefined;
  const { tokens, lex } = ctx;
  const subjectIds = new Set(subject.map((m) => m.id));
  return ctx.mentions.find((m) => m.tokenStart > hit.triggerEnd && !subjectIds.has(m.id) && inComplementOrInfinitive(ctx.cm, ctx.clauseOf(m.tokenStart), c)
    && placed(ctx, m)
    && !(subject.some((x) => x.actor.country !== undefined && x.actor.country === m.actor.country) && OWN.test(m.text))
    && !locativeCapital(tokens, m, { floor: hit.triggerEnd + 1, lex }));
}

/**
 * object.warned-complement: "Ukraine warned it would treat any crossing by Russian troops as an invasion",
 * "warned that the kingdom would sell off American assets": a threat or warning (CAMEO 13) of the warner's
 * own act is aimed at the first actor of another country than every warner's in the clause it warns of.
 */
export function warnedTarget({ ctx, hit, subject, c }: VerbFrame): Mention | undefined {
  if (!hit.pattern.code.startsWith('13')) return undefined;
  const own = new Set<string>();
  for (const m of subject) if (m.actor.country !== undefined) own.add(m.actor.country);
  const { tokens, lex } = ctx;
  // The clause warned of has the warner's side as its subject ("warned it would", "warned that Moscow would
  // respond"): the warner's own act. A plain object ("warned Congress against") is the ranked object's to
  // take, and another subject ("warned that a departure would embolden Sylvania") makes a forecast, no threat.
  const first = ctx.mentions.find((m) => m.tokenStart > hit.triggerEnd && !m.modifier);
  const verbNext = first !== undefined && (tokens[first.tokenEnd]?.pos === 'VERB' || tokens[first.tokenEnd]?.pos === 'AUX');
  if (!first || !verbNext || first.actor.country === undefined || !own.has(first.actor.country)) return undefined;
  return ctx.mentions.find((m) => m.tokenStart >= first.tokenEnd && m.actor.country !== undefined && !own.has(m.actor.country)
    && (ctx.clauseOf(m.tokenStart) === c || inComplement(ctx.cm, ctx.clauseOf(m.tokenStart), c))
    && !locativeCapital(tokens, m, { floor: hit.triggerEnd + 1, lex }));
}

/** "threatened to strike targets in Fredville": a capital that a preposition of place governs says where, not whom. */
function locativeCapital(tokens: readonly Token[], m: Mention, at: { readonly floor: number; readonly lex: Lexicon }): boolean {
  return m.rule.id.startsWith('capital.') && at.lex.LOCATIVE_PREPS.has(governingPrep(tokens, m, at.floor, at.lex) ?? '');
}

/** object.shared: "has invaded and taken over part of Syria": verbs joined before their object share it. */
export function sharedObject({ ctx, hit }: VerbFrame): Mention | undefined {
  if (!ctx.lex.COORDINATORS.has(ctx.tokens[hit.triggerEnd + 1]?.norm ?? '')) return undefined;
  const vp = ctx.clauseOf(hit.triggerEnd + 1);
  return ctx.mentions.find((m) => m.tokenStart > hit.triggerEnd && ctx.clauseOf(m.tokenStart) === vp && placed(ctx, m));
}

/** object.where: "hit factories where Hezbollah builds missiles": the place's occupant is the target. */
export function whereTarget({ ctx, hit, c }: VerbFrame): Mention | undefined {
  return ctx.mentions.find((m) => {
    const cl = ctx.cm.clauses[ctx.clauseOf(m.tokenStart)];
    return m.tokenStart > hit.triggerEnd && !m.modifier && cl?.kind === 'rel' && ctx.lex.ADVERB_RELATIVE.has(ctx.tokens[cl.opener]?.norm ?? '') && cl.parent === c;
  });
}

/**
 * object.relative-agent: "condemned the steps that have been taken by Sylvania", "shelled positions which were
 * held by rebels": an object whose relative clause is passive with a by-phrase is its agent's act or holding,
 * so the agent is the one acted on. The relative opens right after a short object noun phrase.
 */
export function relativeAgent({ ctx, hit, c }: VerbFrame): Mention | undefined {
  const { tokens } = ctx;
  for (let k = hit.triggerEnd + 2; k <= hit.triggerEnd + RELATIVE_REACH && k < ctx.to; k++) {
    const cl = ctx.cm.clauses[ctx.clauseOf(k)];
    if (cl?.kind !== 'rel' || cl.opener !== k) continue;
    // "the stabbing, in which a man was shot by police": a relative after a preposition says where or how.
    if (cl.parent !== c || !ctx.lex.RELATIVE_THING_PRONOUNS.has(tokens[k]?.norm ?? '') || tokens[k - 1]?.pos === 'ADP') return undefined;
    let be = false;
    for (let j = k + 1; j < k + RELATIVE_REACH && ctx.clauseOf(j) === cl.id; j++) {
      const t = tokens[j];
      if (t?.lemma === 'be') be = true;
      else if (t?.norm === 'by') return be && tokens[j - 1]?.pos === 'VERB' ? ctx.mentions.find((m) => m.tokenStart > j && m.tokenStart <= j + 3 && !m.modifier) : undefined;
    }
    return undefined;
  }
  return undefined;
}

/** The preposition heading the phrase a mention sits in, looking back across coordination but not past a verb. */
export function governingPrep(tokens: readonly Token[], m: Mention, floor: number, lex: Lexicon): string | null {
  for (let k = m.tokenStart - 1; k >= floor; k--) {
    const t = tokens[k];
    // "following", "including": participles that work as prepositions.
    if (t && t.pos === 'VERB' && lex.PREP_PARTICIPLES.has(t.norm)) return t.norm;
    if (!t || t.pos === 'VERB' || t.pos === 'AUX') return null;
    if ((t.pos === 'ADP' || t.norm === 'to') && t.norm !== 'of') return lex.NOT_SUBJECT_PREPS.has(t.norm) || lex.LOCATIVE_PREPS.has(t.norm) || lex.BYSTANDER_PREPS.has(t.norm) ? t.norm : null;
  }
  return null;
}

/**
 * {direct}: whether `m` heads the direct object of the verb ending at `verbEnd`: only determiners, numbers and
 * adjectives before it, and no noun or possessive after it that it would modify ("released three Sylvanian
 * journalists", not "released the Sylvanian report", "released Sylvania's plan", "released a letter to Sylvania").
 */
export function headsDirectObject(ctx: Pick<SentenceContext, 'tokens' | 'lex'>, verbEnd: number, m: Mention): boolean {
  const after = ctx.tokens[m.tokenEnd];
  if (m.modifier || after?.pos === 'NOUN' || after?.pos === 'PROPN' || ctx.lex.POSSESSIVE_MARKS.has(after?.norm ?? '')) return false;
  for (let k = verbEnd + 1; k < m.tokenStart; k++) {
    const pos = ctx.tokens[k]?.pos;
    if (pos !== 'DET' && pos !== 'NUM' && pos !== 'ADJ') return false;
  }
  return true;
}
