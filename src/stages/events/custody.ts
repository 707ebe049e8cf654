import type { Mention, Modality, RuleRef, Token } from '../../model/types.js';
import type { PatternHit } from './match.js';
import type { SentenceContext } from './context.js';
import { inComplement } from './subject.js';

// Agentless passives of arrest (CAMEO 173: "the suspect has been arrested", "hundreds of people were
// detained", "his wife was taken into custody"). Police act on someone the text leaves unnamed; the
// article still tells whose police when one country is unambiguous. Who acted comes, in order, from the
// one state actor that reports the arrest ("prosecutors said ..."), else the one country its sentence
// names, else the article's clearly dominant country when the sentence names none. The unnamed party
// arrested is a private person of that country (CVL); the police its COP.

/** Sectors of the state that arrest, detain and charge: a reporter of one of these is the agent. */
export const STATE_SECTORS: ReadonlySet<string> = new Set(['COP', 'GOV', 'MIL', 'JUD', 'SPY']);

/** Whether a hit is an arrest, detention or charge (173). */
export function arrest(hit: PatternHit): boolean {
  return hit.pattern.code.startsWith('173');
}

/** Whether a by-phrase stands right after the trigger ("was detained by the storm"): the text names the agent. */
export function byPhraseFollows(ctx: SentenceContext, hit: PatternHit): boolean {
  for (let k = hit.triggerEnd + 1; k <= hit.triggerEnd + 3 && k < ctx.to; k++) if (ctx.tokens[k]?.norm === 'by') return true;
  return false;
}

/**
 * The state actors that report an act: the subject of the verb of saying whose complement holds it, an
 * inverted speech tag or "according to"; not the one acted on.
 */
export function reporters(ctx: SentenceContext, hit: PatternHit, patient: readonly Mention[]): Mention[] {
  const tc = ctx.clauseOf(hit.trigger);
  const out: Mention[] = [];
  for (const m of ctx.mentions) {
    const mc = ctx.clauseOf(m.tokenStart);
    const kind = ctx.cm.clauses[mc]?.kind;
    const reports = kind === 'speech' || kind === 'attrib' || (mc !== tc && inComplement(ctx.cm, tc, mc));
    if (reports && STATE_SECTORS.has(m.actor.sector ?? '') && !patient.some((p) => p.id === m.id || p.actor.code === m.actor.code)) out.push(m);
  }
  return out;
}

/**
 * passive.unnamed-arrest: "the suspect has been arrested, police said": the subject of an agentless
 * passive of arrest is a noun or a name that names no actor ("the journalist Moussa Tchangari"). With one
 * state actor reporting it, that actor arrested a private person of its country (a name keeps no assumed
 * nationality); with none, the police of the one country the sentence names, or else of the article's
 * dominant country, did. Null when the subject is no such noun or no country is unambiguous.
 */
export function unnamedArrest(ctx: SentenceContext, hit: PatternHit, vg: ArrestGroup): { sources: Mention[]; targets: Mention[] } | null {
  const { tokens } = ctx;
  if (!asserted(ctx, hit, vg) || byPhraseFollows(ctx, hit)) return null;
  const head = vg.start - 1;
  const c = ctx.clauseOf(hit.trigger);
  const headPos = tokens[head]?.pos;
  if (head < ctx.from || (headPos !== 'NOUN' && headPos !== 'PROPN') || ctx.clauseOf(head) !== c || ctx.cm.clauses[c]?.kind === 'rel') return null;
  if (ctx.mentions.some((m) => m.tokenStart <= head && m.tokenEnd > head)) return null;
  const start = nounPhraseStart(tokens, head, ctx.from);
  // "no suspect has been arrested": a subject that denies the party denies the act.
  for (let k = start; k <= head; k++) if (ctx.lex.NEGATIVE_DETERMINERS.has(tokens[k]?.norm ?? '')) return null;
  const said = reporters(ctx, hit, []);
  const reporter = said[0];
  if (said.some((m) => m.actor.code !== reporter?.actor.code)) return null;
  const only = sentenceCountry(ctx);
  // A reporter is the agent only when the sentence names no other country ("officials said the boats
  // were detained after they strayed into Sylvanian waters").
  if (reporter?.actor.country && only !== reporter.actor.country) return null;
  const article = ctx.articleCountry?.() ?? null;
  // The article's dominant country, when the sentence names no other ("Police said 40 people were arrested").
  const country = reporter?.actor.country ?? placeAfter(ctx, hit) ?? (ctx.mentions.every((m) => !m.actor.country || m.actor.country === article) ? article : null);
  if (!country) return null;
  const agent = reporter?.actor.country ? reporter : reporter ? placedAs(reporter, country) : party(ctx, { from: hit.trigger, to: hit.triggerEnd + 1 }, { country, sector: 'COP' });
  return { sources: [agent], targets: [party(ctx, { from: start, to: head + 1 }, { country: headPos === 'PROPN' ? null : country, sector: 'CVL' })] };
}

/** What the arrest rules read of the verb group: where it starts and how the act is presented. */
export interface ArrestGroup {
  readonly start: number;
  readonly modality: Modality;
}

/** An asserted arrest: no modal ("should be imprisoned"), no infinitive ("pressed for X to be prosecuted"). */
function asserted(ctx: SentenceContext, hit: PatternHit, vg: ArrestGroup): boolean {
  return arrest(hit) && vg.modality === 'asserted' && ctx.cm.clauses[ctx.clauseOf(hit.trigger)]?.infinitive !== true;
}

/**
 * The country of a country or capital in a locative phrase right after the trigger ("detained in
 * Fredville"), when no other actor of the sentence but the one arrested names another country.
 */
function placeAfter(ctx: SentenceContext, hit: PatternHit, patient: readonly Mention[] = []): string | null {
  const next = ctx.mentions.find((m) => m.tokenStart > hit.triggerEnd);
  if (!next?.actor.country || next.tokenStart > hit.triggerEnd + 3 || ctx.clauseOf(next.tokenStart) !== ctx.clauseOf(hit.trigger)) return null;
  const before = next.tokenStart - 1;
  const prep = ctx.tokens[ctx.lex.ARTICLES.has(ctx.tokens[before]?.norm ?? '') ? before - 1 : before]?.norm ?? '';
  if (!ctx.lex.LOCATIVE_PREPS.has(prep) || !countryOrCapital(next)) return null;
  const country = next.actor.country;
  return ctx.mentions.every((m) => !m.actor.country || m.actor.country === country || patient.includes(m)) ? country : null;
}

/**
 * passive.place-agent: "Sylvanian activists were detained in Fredville": an agentless passive of arrest
 * of a named party, with a country or its capital in a locative phrase right after the verb (its clause,
 * no other actor between), was done by that country's police. Null otherwise.
 */
export function placeAgent(ctx: SentenceContext, hit: PatternHit, patient: readonly Mention[], vg: ArrestGroup): Mention[] | null {
  if (patient.length === 0 || !asserted(ctx, hit, vg) || byPhraseFollows(ctx, hit)) return null;
  const country = placeAfter(ctx, hit, patient);
  return country ? [party(ctx, { from: hit.trigger, to: hit.triggerEnd + 1 }, { country, sector: 'COP' })] : null;
}

/**
 * passive.source-agent: "two inspectors were expelled from Sylvania": an agentless passive of a removal
 * verb (lexicon REMOVAL_VERBS) whose "from" phrase right after the verb names a country (or its capital)
 * other than the removed party's was done by that country's government; likewise passive.host-agent, an
 * invitation (INVITING_VERBS) "to" one ("opposition leaders were invited to Moscow"). Null otherwise.
 */
export function fromAgent(ctx: SentenceContext, hit: PatternHit, patient: readonly Mention[], vg: ArrestGroup): Mention[] | null {
  const lemma = ctx.tokens[hit.trigger]?.lemma ?? '';
  const prep = ctx.lex.REMOVAL_VERBS.has(lemma) ? 'from' : ctx.lex.INVITING_VERBS.has(lemma) ? 'to' : null;
  if (patient.length === 0 || prep === null || vg.modality !== 'asserted' || byPhraseFollows(ctx, hit)) return null;
  const k = hit.triggerEnd + 1;
  if (ctx.tokens[k]?.norm !== prep) return null;
  const place = ctx.mentions.find((m) => m.tokenStart > k && m.tokenStart <= k + 2);
  const country = place?.actor.country;
  if (!place || !country || !countryOrCapital(place) || patient.some((m) => m.actor.country === country)) return null;
  return [party(ctx, { from: place.tokenStart, to: place.tokenEnd }, { country, sector: 'GOV', rule: ctx.rules.placeAgent })];
}

/** Whether a mention names a country as a whole or by its capital ("Freedonia", "Fredville"), a place its government answers for. */
function countryOrCapital(m: Mention): boolean {
  return m.actor.code === m.actor.country || m.rule.id.startsWith('capital.');
}

/** The one country the sentence's actors name, or null when it names none or several. */
function sentenceCountry(ctx: SentenceContext): string | null {
  let only: string | null = null;
  for (const m of ctx.mentions) {
    const c = m.actor.country;
    if (!c) continue;
    if (only !== null && only !== c) return null;
    only = c;
  }
  return only;
}

/** A reporter of no known country ("police said") placed in the country its context gives. */
function placedAs(m: Mention, country: string): Mention {
  return { ...m, actor: { ...m.actor, code: country + m.actor.code, country } };
}

/** A party the text implies over tokens [from, to): the country's police, or a private person of it; coded by `rule` (passive.unnamed-arrest by default). */
export function party(ctx: SentenceContext, span: { readonly from: number; readonly to: number }, who: { readonly country: string | null; readonly sector: string; readonly rule?: RuleRef }): Mention {
  const first = ctx.tokens[span.from];
  const last = ctx.tokens[span.to - 1];
  const start = first?.start ?? 0;
  const end = last?.end ?? start;
  const text = ctx.tokens.slice(span.from, span.to).map((t) => t.text).join(' ');
  // Negative ids never meet a recognised mention's.
  // A person the text names but no dictionary knows keeps the name and no assumed nationality.
  const actor = who.country === null ? { code: who.sector, sector: who.sector, name: text } : { code: who.country + who.sector, country: who.country, sector: who.sector };
  return { id: -1 - span.from, sentence: ctx.index, tokenStart: span.from, tokenEnd: span.to, start, end, text, actor, rule: who.rule ?? ctx.rules.party, modifier: false };
}

/** Start of the noun phrase ending at `head`: back over nouns, adjectives, numbers, determiners and possessives. */
function nounPhraseStart(tokens: readonly Token[], head: number, floor: number): number {
  let k = head;
  while (k - 1 >= floor) {
    const t = tokens[k - 1];
    if (!t || !(t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'DET' || t.pos === 'PART' || t.norm === "'s")) break;
    k--;
  }
  return k;
}

/**
 * The article's dominant country as its sentences are read: at least three country mentions before the
 * sentence and three in five of them, as sector-only actors take it (actors/memory.ts).
 */
export function articleCountries(mentions: readonly Mention[]): (sentence: number) => string | null {
  const counts = new Map<string, number>();
  let next = 0;
  let total = 0;
  return (sentence) => {
    for (; next < mentions.length && (mentions[next]?.sentence ?? Infinity) < sentence; next++) {
      const c = mentions[next]?.actor.country;
      if (c) { counts.set(c, (counts.get(c) ?? 0) + 1); total++; }
    }
    let best: string | null = null;
    let n = 0;
    for (const [c, k] of counts) if (k > n) { best = c; n = k; }
    return n < 3 || n / total < 0.6 ? null : best;
  };
}
