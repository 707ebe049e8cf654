import type { ActorCoding, Mention, RuleRef, Token } from '../../model/types.js';
import { extend } from '../../model/extend.js';

// Article memory and the context rules that read it: pairs for "the two", appositions that give a person a
// country, and the context country of sector-only actors.

/** The article memory with the organisation-code test the memory rules need. */
export interface MemoryUse {
  readonly mem: Memory;
  /** Whether an actor code is an organisation placed without a country (IGO, IMG, NGO). */
  readonly isOrg: (code: string) => boolean;
}

/** A fresh article memory: nothing named yet. */
export function emptyMemory(): Memory {
  return { people: new Map(), givenNames: new Map(), orgHeads: new Map(), lastOrg: null, lastGroup: null, titles: new Map(), phrases: new Map(), lastThing: null, subjects: new Map(), pairs: [], countries: [], pair: null, twoPair: null, lastPerson: null, personSubjects: new Map(), lastPlural: null, genders: new Map(), last: null };
}

/** An actor remembered by surname, with the rule that first coded it. */
export interface Remembered {
  readonly actor: ActorCoding;
  readonly rule: RuleRef;
}

/** Per-article memory: people by surname, recent countries, the last pair of coordinated actors. */
export interface Memory {
  readonly people: Map<string, Remembered>;
  /** People by the first word of their name ("John" for John Bolton); null where two people share it. */
  readonly givenNames: Map<string, Remembered | null>;
  /** The organisation named last (not a news outlet), also as a modifier ("ISIS's fighters"): what "the organisation" means. */
  lastOrg: Mention | null;
  /** The same of organisations that are not international bodies: what "the group" means ("the group" is seldom the UN). */
  lastGroup: Mention | null;
  /** Organisations named before, by the capitalised last word of their name ("Brotherhood", "Guard"), with the sentence. */
  readonly orgHeads: Map<string, Remembered & { readonly sentence: number }>;
  /** People by the title written before their name ("president", "foreign minister"), one per actor code. */
  readonly titles: Map<string, Remembered[]>;
  /** Sector phrases last placed by a country ("Sylvania's army", "the Osterlichian foreign ministry"), by phrase. */
  readonly phrases: Map<string, Remembered & { readonly sentence: number }>;
  /** The last actor that is not a person, with its sentence: what "it" and "they" most often mean. */
  lastThing: Mention | null;
  /** The first named non-person actor of each sentence: a sentence-initial "It" most often means it. */
  readonly subjects: Map<number, Mention>;
  readonly countries: { country: string; sentence: number }[];
  pair: Mention[] | null;
  /** The pair "the two" and "both" refer to: `pair`, or two governments of different countries named since (memory.government-pair). */
  twoPair: Mention[] | null;
  /** Every pair named so far, oldest first ("its ally" looks for the owner's pair). */
  readonly pairs: Mention[][];
  lastPerson: Mention | null;
  /** The person in subject position of each sentence (named before any verb, first of its sentence): what "he"/"she" most often mean. */
  readonly personSubjects: Map<number, Mention>;
  /** People's pronoun ("he"/"she") by name, learnt from the pronouns already resolved to them. */
  readonly genders: Map<string, string>;
  /** The last actor written as a plural noun ("Sylvanian rebels", "the ministers"): what "they" most often means. */
  lastPlural: Mention | null;
  last: Mention | null;
}

/** The first "A and B" / "A, B" coordination of two different countries among a sentence's mentions. */
export function coordinatedPair(ms: readonly Mention[], tokens: readonly Token[]): Mention[] | null {
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i];
    const b = ms[i + 1];
    if (!a || !b || a.modifier || b.modifier) continue;
    const gap = b.tokenStart - a.tokenEnd;
    const w = tokens[a.tokenEnd]?.norm;
    if (gap === 1 && (w === 'and' || w === ',') && a.actor.country && b.actor.country && a.actor.country !== b.actor.country) return [a, b];
  }
  return null;
}

/**
 * memory.pair (this sentence): "A and B" coordinated earlier in the sentence as an object ("a row between Sylvania and
 * Osterlich, calling on both sides"; after a preposition or a verb), not as the subject acting on "the two", nor
 * two of a longer list ("between A, B and C").
 */
export function objectPair(ms: readonly Mention[], tokens: readonly Token[]): Mention[] | null {
  const here = coordinatedPair(ms, tokens);
  const [a, b] = here ?? [];
  if (!a || !b || tokens[a.tokenEnd]?.norm !== 'and' || ms.some((m) => m.tokenStart === b.tokenEnd + 1)) return null;
  let k = a.tokenStart - 1;
  if (tokens[k]?.pos === 'DET') k--;
  return tokens[k]?.pos === 'ADP' || tokens[k]?.pos === 'VERB' ? here : null;
}

/** "Kovac thanked Lee of Sylvania": the sentence's last two mentions, when both are named people of different countries (a capital after them aside). */
export function personPair(ms: readonly Mention[]): Mention[] | null {
  return lastTwo(ms, (m) => m.actor.name !== undefined);
}

/**
 * memory.government-pair: "Sylvania's president met his Osterlichian counterpart. The two leaders agreed": the last two mentions, when both
 * are named people or governments of different countries. Only "the two" refers to them ("they" is as often their officials or people).
 */
export function governmentPair(ms: readonly Mention[]): Mention[] | null {
  return lastTwo(ms, (m) => m.actor.name !== undefined || m.actor.sector === 'GOV');
}

function lastTwo(ms: readonly Mention[], fits: (m: Mention) => boolean): Mention[] | null {
  let b: Mention | undefined;
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i];
    // "Kovac met Lee in Osterburg": a capital after the pair says where they met.
    if (!m || m.modifier || (!m.actor.name && m.rule.id.startsWith('capital.'))) continue;
    if (!fits(m) || !m.actor.country) return null;
    if (!b) { b = m; continue; }
    // "the British prime minister, Theresa May": an apposition names one member twice.
    if (m.actor.code === b.actor.code && m.tokenEnd + 1 === b.tokenStart) { b = m; continue; }
    return m.actor.country !== b.actor.country ? [m, b] : null;
  }
  return null;
}

/**
 * Remember "A and B" / "A, B" coordinations of two different countries as the pair "the two" and "they" refer to,
 * else two people of different countries that close the sentence ("Kovac called Lee. The two leaders ..."), else
 * for "the two" only two governments.
 */
export function updatePair(mem: Memory, ms: readonly Mention[], tokens: readonly Token[]): void {
  const pair = coordinatedPair(ms, tokens) ?? personPair(ms);
  const two = pair ?? governmentPair(ms);
  if (two) mem.twoPair = two;
  if (!pair) return;
  mem.pair = pair;
  mem.pairs.push(pair);
}

/** Put `fixed` in place of the sentence's mention `i`, in the sentence and in the article's list alike. */
export function replaceMention(lists: { readonly ms: Mention[]; readonly all: Mention[] }, i: number, fixed: Mention): void {
  const old = lists.ms[i];
  lists.ms[i] = fixed;
  const k = old === undefined ? -1 : lists.all.indexOf(old);
  if (k >= 0) lists.all[k] = fixed;
}

/**
 * "Kenzo Oshima, the United Nations relief coordinator": a person whose title gave only a sector takes
 * the code of a composed actor in apposition right after the name; "Admiral Lee, director of the Sylvanian
 * Joint Staff": a country named in an "of" phrase of the apposition gives its country to the person's
 * sector. Mentions are replaced in place.
 */
export function fillFromApposition(ms: Mention[], tokens: readonly Token[], all: Mention[], use: MemoryUse): void {
  const { mem, isOrg } = use;
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i];
    const b = ms[i + 1];
    if (!a || !b || !a.actor.name || a.actor.country || isOrg(a.actor.code)) continue;
    if (tokens[a.tokenEnd]?.norm !== ',' || b.actor.name) continue;
    const gap = b.tokenStart - a.tokenEnd;
    if (!(b.actor.country || isOrg(b.actor.code))) continue;
    const ofPhrase = gap > 3 && gap <= 6 && b.actor.country !== undefined && b.actor.code === b.actor.country && ofApposition(tokens, a.tokenEnd + 1, b.tokenStart);
    if (gap > 3 && !ofPhrase) continue;
    const actor = ofPhrase && b.actor.country ? extend(a.actor, { code: b.actor.country + a.actor.code, country: b.actor.country }) : extend(b.actor, { name: a.actor.name });
    const fixed: Mention = { ...a, actor };
    replaceMention({ ms, all }, i, fixed);
    const surname = tokens[a.tokenEnd - 1];
    if (surname) mem.people.set(surname.norm, { actor: fixed.actor, rule: a.rule });
  }
}

/**
 * actor.acronym: "the International Labour Office (ILO)": a name followed by a known actor's short form in
 * brackets is that actor; the name alone may have coded only its head ("Office" as a government). A person's
 * name keeps its own coding (a bracket after it is an affiliation), and so does a placed actor.
 */
export function fillFromAcronym(ms: Mention[], tokens: readonly Token[], all: Mention[], rule: RuleRef): void {
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i];
    const b = ms[i + 1];
    if (!a || !b || a.actor.name || b.modifier || a.actor.code === b.actor.code) continue;
    if (tokens[a.tokenEnd]?.norm !== '(' || b.tokenStart !== a.tokenEnd + 1 || tokens[b.tokenEnd]?.norm !== ')') continue;
    // A short form is a name: "migrant (citizens)" only rewords.
    if (!/^\p{Lu}/u.test(tokens[b.tokenStart]?.text ?? '')) continue;
    // A dateline's town ('Washington (CNN)') or any placed actor keeps its own coding.
    if (a.actor.country) continue;
    replaceMention({ ms, all }, i, { ...a, actor: b.actor, rule: { ...rule, id: `${rule.id}+${b.rule.id}` } });
  }
}

/** A short form of a name: two to eight capitals ("KACC"). */
export const SHORT_FORM = /^[A-Z]{2,8}$/;

/**
 * memory.org-head (short form): "the Kenya Anti-Corruption Commission (KACC)": a short form in brackets that
 * no dictionary knows, after an actor that is no person, names that actor wherever it comes again ("the KACC said");
 * not where the two modify a noun after them.
 */
export function rememberShortForms(ms: readonly Mention[], tokens: readonly Token[], mem: Memory): void {
  for (const a of ms) {
    const short = tokens[a.tokenEnd + 1];
    if (a.actor.name || a.modifier || tokens[a.tokenEnd]?.norm !== '(' || tokens[a.tokenEnd + 2]?.norm !== ')' || !short || !SHORT_FORM.test(short.text)) continue;
    // "the Intermediate-Range Nuclear Forces (INF) treaty": the name and its short form modify a noun after them.
    const after = tokens[a.tokenEnd + 3];
    if (ms.some((b) => b.tokenStart === a.tokenEnd + 1) || (after?.pos === 'NOUN' && after.text === after.norm)) continue;
    mem.orgHeads.set(short.norm, { actor: a.actor, rule: a.rule, sentence: a.sentence });
  }
}

/** Whether tokens [from, to) are a title and "of" ("director of the"): words, no verb, comma or quote. */
function ofApposition(tokens: readonly Token[], from: number, to: number): boolean {
  let of = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') return false;
    if (t.norm === 'of') of = true;
  }
  return of;
}

/**
 * "Ann Lee, the acting defence minister, said": a title with neither country nor name in apposition right
 * after a placed person is that person (one or two words such as "the acting" may stand between).
 */
export function titleFromApposition(ms: Mention[], tokens: readonly Token[], all: Mention[], rule: RuleRef): void {
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i];
    const b = ms[i + 1];
    if (!a || !b || !a.actor.name || !a.actor.country || a.modifier || b.modifier) continue;
    if (b.actor.name || b.actor.country || b.actor.code !== b.actor.sector || tokens[a.tokenEnd]?.norm !== ',') continue;
    const gap = b.tokenStart - a.tokenEnd;
    const after = tokens[b.tokenEnd]?.norm;
    if (gap > 3 || !(after === ',' || after === '.' || after === undefined)) continue;
    const fixed: Mention = { ...b, actor: a.actor, rule };
    replaceMention({ ms, all }, i + 1, fixed);
  }
}

/** The article's dominant country before `sentence`: at least three mentions and three in five of all. */
function dominantCountry(mem: Memory, sentence: number): string | null {
  const counts = new Map<string, number>();
  for (const c of mem.countries) if (c.sentence < sentence) counts.set(c.country, (counts.get(c.country) ?? 0) + 1);
  let dominant: string | null = null;
  let bestN = 0;
  for (const [c, n] of counts) if (n > bestN) { dominant = c; bestN = n; }
  return bestN < 3 || bestN / mem.countries.length < 0.6 ? null : dominant;
}

/** What the context rule reads besides the memory: which tokens are verbs of saying. */
export interface ContextUse extends MemoryUse {
  readonly speech?: { readonly says: (k: number) => boolean };
  /** The rule id of mentions that are names though they carry no person's name (actor.org-shape). */
  readonly namedRule?: string;
  /** Whether a mention is its country's presence abroad (an embassy, an envoy): no donor of its country. */
  readonly abroad?: (m: Mention) => boolean;
  /** Whether a mention is a backer ("backed by Sylvania"): a sentence that names one places no actor by its countries. */
  readonly backer?: (m: Mention) => boolean;
}

/**
 * "A spokesman for the Osterlichian president said rebels attacked": whether every mention of `country`
 * stands before a verb of saying that stands before `m`, so that the country is only the speaker's.
 */
function speakerCountry(ms: readonly Mention[], m: Mention, country: string, use: ContextUse): boolean {
  if (!use.speech) return false;
  const { says } = use.speech;
  let donors = 0;
  for (const d of ms) {
    if (d.actor.country !== country || d.rule.id.includes('+context.')) continue;
    if (d.tokenEnd > m.tokenStart) return false;
    let said = false;
    for (let k = d.tokenEnd; k < m.tokenStart && !said; k++) said = says(k);
    if (!said) return false;
    donors++;
  }
  return donors > 0;
}

const SEVERAL = 'several';

/**
 * context.news-outlet: a news organisation named by its name ("..., the Sylvan Wire reported") places nothing: it
 * reports on every country, so its own country is no context ("state media" of an adjective's country still is).
 */
function newsOutlet(m: Mention): boolean {
  return m.actor.sector === 'MED' && m.rule.id.startsWith('org.');
}

/** The one country the mentions name (those `skip` passes over aside), null for none, SEVERAL for more. */
function onlyCountry(ms: readonly Mention[], skip: (m: Mention) => boolean): string | null {
  let only: string | null = null;
  for (const m of ms) {
    const c = m.actor.country;
    if (!c || skip(m)) continue;
    if (only === null) only = c;
    else if (only !== c) return SEVERAL;
  }
  return only;
}

/**
 * memory.shared-nationality: "the Saudi king and crown prince", "Sylvanian soldiers and policemen": a sector actor
 * with no country right after "and" and with no determiner of its own shares the nationality of the sector actor
 * before it (not a named person's: "President Kovac and aides").
 */
export function fillFromCoordination(ms: Mention[], tokens: readonly Token[], all: Mention[]): void {
  for (let i = 1; i < ms.length; i++) {
    const a = ms[i - 1];
    const b = ms[i];
    if (!a || !b || b.actor.country || !b.actor.sector || b.actor.code !== b.actor.sector || a.modifier || b.modifier) continue;
    const country = a.actor.country;
    if (!country || !a.actor.sector || a.actor.name !== undefined || b.tokenStart !== a.tokenEnd + 1 || tokens[a.tokenEnd]?.norm !== 'and' || tokens[b.tokenStart]?.pos === 'DET') continue;
    const fixed: Mention = { ...b, actor: extend(b.actor, { code: country + b.actor.code, country }), rule: { ...b.rule, id: `${b.rule.id}+coordinated.${country}` } };
    replaceMention({ ms, all }, i, fixed);
  }
}

/**
 * A sector-only actor ("police", "rebels", "Judge X") takes the country of its context: the one country
 * its sentence names, else a country that clearly dominates the article so far (at least three mentions
 * and three in five of all). Otherwise it stays without country. Inside a report whose speaker alone
 * names the country, the article's dominant country comes first: a speaker often reports on another
 * country's rebels or police ("the Osterlichian president's spokesman said rebels attacked"), while a
 * domestic report ("Sylvanian state media said rebels attacked") usually sits in an article about that country.
 */
export function fillFromContext(ms: Mention[], all: Mention[], use: ContextUse, sentence: number): void {
  const { mem, isOrg } = use;
  // context.abroad: "police arrested a man outside the Freedonian embassy" are not Freedonian police; the
  // envoys "at the Freedonian embassy" are Freedonian.
  const abroad = (m: Mention): boolean => use.abroad?.(m) === true;
  // context.backer: "rebels, backed by Sylvania, attacked" are not Sylvanian rebels, and a sentence that names a
  // patron places its backed actor by none of its countries ("Rebels backed by Sylvania attacked Osterlich").
  const home = ms.some((m) => use.backer?.(m) === true) ? SEVERAL : onlyCountry(ms, (m) => abroad(m) || newsOutlet(m));
  const any = onlyCountry(ms, newsOutlet);
  if (home === SEVERAL && any === SEVERAL) return;
  const countryless = (m: Mention | undefined): m is Mention => m !== undefined && !m.actor.country && m.actor.sector !== undefined && m.actor.sector !== '' && !isOrg(m.actor.code) && m.actor.code === m.actor.sector;
  // Most sentences have no countryless sector actor: the article's counts are taken only when one does.
  if (!ms.some(countryless)) return;
  const dominant = dominantCountry(mem, sentence);
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i];
    if (!countryless(m)) continue;
    const only = abroad(m) ? any : home;
    if (only === SEVERAL) continue;
    // A named person takes only the article's dominant country (and only where the sentence agrees): within
    // one sentence a president acting on a country is often foreign to it.
    const reported = only !== null && dominant !== null && speakerCountry(ms, m, only, use);
    // A name (a person's, or an organisation's read from its shape) is placed only by the article's dominant country.
    const named = m.actor.name !== undefined || (use.namedRule !== undefined && m.rule.id === use.namedRule);
    // context.foreign-legislature: a legislature ("the Senate", "lawmakers") is not of a country the sentence names after it only as a whole
    // state: "the Senate voted to condemn Sylvania" is no Sylvanian Senate (its government would be: "lawmakers
    // criticized the administration"). The article's dominant country places it then, if it is another.
    const foreign = m.actor.sector === 'LEG' && only !== null && ms.every((d) => d.actor.country !== only || (d.tokenStart > m.tokenStart && d.actor.code === only));
    const country = named ? (dominant !== null && (only === null || only === dominant) ? dominant : null) : reported ? dominant : foreign ? (dominant !== only ? dominant : null) : only ?? dominant;
    if (country === null) continue;
    const fixed: Mention = { ...m, actor: extend(m.actor, { code: country + m.actor.code, country }), rule: { ...m.rule, id: `${m.rule.id}+context.${country}` } };
    replaceMention({ ms, all }, i, fixed);
  }
}
