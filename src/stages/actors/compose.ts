import type { ActorCoding, RuleRef } from '../../model/types.js';
import type { RawMatch } from './scan.js';
import { agentRun, code, isCap, nameRun, put, remember, rememberOrgHead, rememberTitle, titleHolder, titleKey, type ActorContext } from './context.js';
import { extend } from '../../model/extend.js';
import type { Remembered } from './memory.js';
import type { Head } from './head.js';
import { geographicName } from './geographic.js';
import { sameSector } from './same-sector.js';

// Rules at a dictionary phrase: nationalities and owners composed with sector nouns and titles, titles
// with names, agents placed by "of"/"in" phrases, hyphenated modifiers and plain named actors. Each
// returns where the mention it added ends (or where reading resumes), or -1 when it does not apply.

/** A composition rule at a dictionary phrase. */
export type ComposeRule = (cx: ActorContext, h: Head) => number;

/**
 * compose.coordinated: "Freedonian and Sylvanian diplomats": coordinated nationalities share the noun (a capitalised
 * modifier no dictionary lists among them codes nothing: "Iraqi and Kurdish officials" are Iraqi officials, but not after
 * another nationality: "Bosnian Croat and Moslem forces"); "the Freedonian and Osterlichian sides" are the parties.
 */
const coordinated: ComposeRule = (cx, h) => {
  const { tokens, byStart } = cx;
  if (h.m.entry.kind !== 'adj') return -1;
  const adjs: RawMatch[] = [h.m];
  let after = h.after;
  let unlisted = false; // "Iraqi and Kurdish officials": a capitalised modifier no dictionary lists
  for (let q = h.m.end; ;) {
    const w = tokens[q]?.norm;
    if (!(w === 'and' || w === ',' || w === 'or')) break;
    const nextAdj = byStart.get(q + 1);
    if (nextAdj?.entry.kind === 'adj') { adjs.push(nextAdj); q = nextAdj.end; after = q; continue; }
    const other = tokens[q + 1];
    if (!nextAdj && isCap(other) && (other?.pos === 'ADJ' || other?.pos === 'PROPN') && byStart.get(q + 2)?.entry.kind === 'agent') { unlisted = true; q += 2; after = q; continue; }
    break;
  }
  if (adjs.length < 2 && (!unlisted || cx.all[cx.all.length - 1]?.tokenEnd === h.m.start)) return -1;
  const ar = agentRun(cx, after);
  const agent = ar.agent;
  if (agent) {
    for (const a of adjs) put(cx, h.m.start, ar.end, { actor: code(a.entry.country, agent.sector), rule: agent.rule });
    return ar.end;
  }
  if (tokens[after]?.norm === 'sides') {
    for (const a of adjs) put(cx, h.m.start, after + 1, { actor: code(a.entry.country, null), rule: cx.rules.sides });
    return after + 1;
  }
  return -1;
};

/**
 * compose.owner: a nationality or owner before a title or sector noun ("Syrian Defense Minister Ali
 * Ayyoub", "Iran's military", "the UN aid chief"), else, before an ordinary noun, a modifier ("Sylvanian aggression").
 */
const owner: ComposeRule = (cx, h) => {
  const { tokens, byStart } = cx;
  const e = h.m.entry;
  // An organisation's title may take describing words first ("the UN aid chief", "the EU foreign policy chief"):
  // for an organisation the run is read before deciding (with no possessive or "-led", `after` is its end).
  let ar = e.kind === 'org' && !h.possessive && !h.led ? agentRun(cx, h.after) : undefined;
  const owns = e.kind !== 'agent' && (byStart.get(h.m.end)?.entry.kind === 'agent' || (ar !== undefined && ar.agent !== null));
  if (!(e.kind === 'adj' || h.possessive || h.led || owns)) return -1;
  ar ??= agentRun(cx, h.after);
  const agent = ar.agent;
  if (!agent) {
    // Adjective or possessive before an ordinary noun: the country acts as modifier ("Israeli aggression").
    const actor = e.kind === 'adj' ? code(e.country, null) : code(e.country, e.sector, e.code);
    put(cx, h.m.start, h.m.end, { actor, rule: e.rule, modifier: true });
    return h.possessive ? h.m.end + 1 : h.m.end;
  }
  let end = ar.end;
  const nameEnd = nameRun(cx, end);
  let actor = e.kind === 'org' ? code(e.country, agent.sector, e.code) : code(e.country, agent.sector);
  if (nameEnd > end) {
    const official = byStart.get(end);
    const name = cx.doc.article.text.slice(tokens[end]?.start ?? 0, tokens[nameEnd - 1]?.end ?? 0);
    actor = official?.entry.kind === 'official' ? extend(code(official.entry.country, official.entry.sector, official.entry.code), { name }) : extend(actor, { name });
    remember(cx, nameEnd, actor, agent.rule);
    // A title qualified by a nationality ("Sylvanian President Lee") is a foreign one: a later bare "the
    // president" means the one written with the bare title, so this one fills only an empty slot.
    if (ar.title) rememberTitle(cx, titleKey(cx, h.after, ar.end), actor, { rule: agent.rule, qualified: true });
    end = nameEnd;
  } else if (actor.country && !ar.title) cx.mem.phrases.set(titleKey(cx, h.after, ar.end), { actor, rule: agent.rule, sentence: cx.s.index });
  put(cx, h.m.start, end, { actor, rule: agent.rule });
  return end;
};

/** An agent phrase run (a sector noun or title and those after it): where it ends, its sector and rule. */
interface AgentPhrase {
  readonly end: number;
  readonly sector: string | null;
  readonly rule: RuleRef;
  readonly title: boolean;
}

/** agent.of-country: "the president of France", "chief of staff of Iran's military". */
function agentOfCountry(cx: ActorContext, h: Head, a: AgentPhrase): number {
  const { tokens, byStart } = cx;
  if (tokens[a.end]?.norm !== 'of') return -1;
  let q = a.end + 1;
  if (tokens[q]?.norm === 'the') q++;
  const inner = byStart.get(q);
  if (!inner || inner.entry.kind === 'agent' || inner.entry.kind === 'official' || !inner.entry.country) return -1;
  const innerPoss = cx.lex.POSSESSIVE_MARKS.has(tokens[inner.end]?.norm ?? '');
  let innerEnd = inner.end;
  if (innerPoss || inner.entry.kind === 'adj') {
    const ir = agentRun(cx, innerPoss ? inner.end + 1 : inner.end);
    if (ir.agent) innerEnd = ir.end;
  }
  const actor = inner.entry.kind === 'org' ? code(inner.entry.country, a.sector, inner.entry.code) : code(inner.entry.country, a.sector);
  if (actor.country && !a.title) cx.mem.phrases.set(titleKey(cx, h.m.start, a.end), { actor, rule: a.rule, sentence: cx.s.index });
  put(cx, h.m.start, innerEnd, { actor, rule: a.rule });
  return sharedOffice(cx, a, innerEnd);
}

/** agent.of-countries: "the foreign ministers of Iran and Saudi Arabia": a plural office of two countries is each one's. */
function sharedOffice(cx: ActorContext, a: AgentPhrase, from: number): number {
  const { tokens, byStart } = cx;
  const head = tokens[a.end - 1]?.norm ?? '';
  let q = from + 1;
  if (tokens[q]?.norm === 'the') q++;
  const second = byStart.get(q);
  if (tokens[from]?.norm !== 'and' || !head.endsWith('s') || (second?.entry.kind !== 'country' && second?.entry.kind !== 'alias') || !second.entry.country || second.entry.sector) return from;
  put(cx, q, second.end, { actor: code(second.entry.country, a.sector), rule: a.rule });
  return second.end;
}

/**
 * agent.in-country: "rebels in Syria", "insurgents in central Sylvania", "refugees from Sudan"; and for a
 * domestic sector, a capital: "police in Osterburg" (troops in a capital are often foreign ones).
 */
function agentInCountry(cx: ActorContext, h: Head, a: AgentPhrase): number {
  const { tokens, byStart } = cx;
  if (!(tokens[a.end]?.norm === 'in' || tokens[a.end]?.norm === 'from') || a.title) return -1;
  let q = a.end + 1;
  if (tokens[q]?.norm === 'the') q++;
  // "in central Sylvania", "in war-torn northern Sylvania": adjectives before the country name.
  for (let k = 0; k < 2 && tokens[q]?.pos === 'ADJ' && !byStart.has(q); k++) q++;
  const inner = byStart.get(q);
  const placed = inner?.entry.kind === 'country' || inner?.entry.kind === 'alias' || (inner?.entry.kind === 'capital' && cx.lex.PLACED_SECTORS.has((a.sector ?? '').slice(0, 3)));
  if (!inner || !placed || !inner.entry.country || (inner.entry.sector && inner.entry.kind !== 'capital')) return -1;
  put(cx, h.m.start, inner.end, { actor: code(inner.entry.country, a.sector), rule: a.rule });
  return inner.end;
}

/**
 * agent.title-name: "Maj. Gen. Ann Lee": a title and a name; the country from an official named in it,
 * an "of COUNTRY" after it, an apposition before it or a person remembered by the surname.
 */
function titleName(cx: ActorContext, h: Head, a: AgentPhrase): number {
  const { tokens, byStart } = cx;
  const { end } = a;
  const nameEnd = nameRun(cx, end);
  if (nameEnd <= end) return -1;
  // "Senate Majority Leader Ann Lee", "House Intelligence Committee Chairman Lee": capitalised words that run
  // into another sector noun or title qualify that title; they are no name. The later title reads the person.
  if (byStart.get(nameEnd)?.entry.kind === 'agent') return -1;
  // "deputy defence minister Anna K. Varga": an official anywhere in the name ("Varga") decides.
  let official = byStart.get(end);
  for (let q = end; q < nameEnd && official?.entry.kind !== 'official'; q++) official = byStart.get(q);
  const name = cx.doc.article.text.slice(tokens[end]?.start ?? 0, tokens[nameEnd - 1]?.end ?? 0);
  // "Queen Mira of Sylvania", "President Kovac of Osterlich".
  const ofCountry = tokens[nameEnd]?.norm === 'of' ? byStart.get(nameEnd + 1) : undefined;
  if (ofCountry && (ofCountry.entry.kind === 'country' || ofCountry.entry.kind === 'alias') && ofCountry.entry.country && official?.entry.kind !== 'official') {
    const actor = extend(code(ofCountry.entry.country, a.sector), { name });
    remember(cx, nameEnd, actor, a.rule);
    if (a.title) rememberTitle(cx, titleKey(cx, h.m.start, end), actor, { rule: a.rule, qualified: true });
    put(cx, h.m.start, ofCountry.end, { actor, rule: a.rule });
    return ofCountry.end;
  }
  const prev = cx.sentence[cx.sentence.length - 1];
  const appositive = prev && tokens[h.m.start - 1]?.norm === ',' && prev.tokenEnd === h.m.start - 1 && !prev.modifier;
  const known = cx.mem.people.get(tokens[nameEnd - 1]?.norm ?? '');
  let actor: ActorCoding;
  if (official?.entry.kind === 'official') actor = extend(code(official.entry.country, official.entry.sector, official.entry.code), { name });
  else if (appositive && prev) actor = extend(prev.actor, { name });
  else if (known) actor = extend(known.actor, { name });
  else actor = extend(code(null, a.sector), { name });
  remember(cx, nameEnd, actor, a.rule);
  if (a.title) rememberTitle(cx, titleKey(cx, h.m.start, end), actor, { rule: a.rule, qualified: false });
  put(cx, h.m.start, nameEnd, { actor, rule: a.rule });
  return nameEnd;
}

/**
 * memory.title: "the president", "the acting foreign minister": a definite title with no name is the person
 * last named with that title before the name ("President Kovac"); a word never written so (the
 * government) never matches. memory.definite-sector: else "the army", "the foreign ministry" is the
 * country that last owned the same phrase ("Sylvania's army"). Neither before "of" ("the president of the bank").
 */
/** How many sentences back a sector phrase is still what "the army" means. */
const PHRASE_WINDOW = 6;

/**
 * memory.definite-sector, by head: "the ministry" after "the Sylvanian foreign ministry", "the embassy" after
 * "Freedonia's embassy in Fredville": a one-word phrase is the longer remembered phrase it heads, when all
 * such phrases within the window were placed by one country.
 */
function sameHead(cx: ActorContext, key: string): (Remembered & { readonly sentence: number }) | undefined {
  if (key.includes(' ')) return undefined;
  let found: (Remembered & { readonly sentence: number }) | undefined;
  for (const [k, r] of cx.mem.phrases) {
    if (!k.endsWith(` ${key}`) || cx.s.index - r.sentence > PHRASE_WINDOW) continue;
    if (found && found.actor.country !== r.actor.country) return undefined;
    if (!found || r.sentence >= found.sentence) found = r;
  }
  return found;
}

function titleReference(cx: ActorContext, h: Head, a: AgentPhrase): number {
  const { tokens } = cx;
  const next = tokens[a.end];
  // "the military operation": a sector noun modifying a noun names no actor (agent.bare skips it too).
  if (next?.norm === 'of' || (a.end < cx.s.tokenEnd && (next?.pos === 'NOUN' || next?.pos === 'PROPN'))) return -1;
  let q = h.m.start - 1;
  while (q > cx.s.tokenStart && cx.lex.SKIPPABLE_ADJ.has(tokens[q]?.norm ?? '')) q--;
  const definite = tokens[q]?.norm === 'the';
  // A bare plural ("Rebels said") refers back like "the rebels"; "a rebel", "some rebels" do not.
  const before = tokens[h.m.start - 1];
  const barePlural = !definite && (h.m.start === cx.s.tokenStart || !(before?.pos === 'DET' || before?.pos === 'NUM' || before?.pos === 'ADJ' || cx.lex.SKIPPABLE_ADJ.has(before?.norm ?? ''))) && tokens[a.end - 1]?.norm.endsWith('s') === true;
  if (!definite && !barePlural) return -1;
  const key = titleKey(cx, h.m.start, a.end);
  const person = definite ? titleHolder(cx, key) : undefined;
  const phrase = cx.mem.phrases.get(key) ?? (definite ? sameHead(cx, key) : undefined);
  const r = person?.actor.country ? person : phrase && cx.s.index - phrase.sentence <= PHRASE_WINDOW ? phrase : definite && !a.title && a.sector ? sameSector(cx, a.sector, PHRASE_WINDOW) : undefined;
  // An international armed group has no country: "the militants" after "Red Hand militants" is still it.
  if (!r || (!r.actor.country && !(a.sector && cx.lex.NONSTATE_SECTORS.has(a.sector) && cx.isOrg(r.actor.code)))) return -1;
  put(cx, h.m.start, a.end, { actor: r.actor, rule: r === person ? cx.rules.title : cx.rules.definiteSector });
  return a.end;
}

/**
 * agent.bare: a bare sector noun ("police", "protesters"): sector known, country unknown. Used as a
 * noun modifier ("military cooperation") it names no actor, and reading resumes after it; but before a
 * facility noun ("rebel positions", "an army post", "the police station") it names the party the
 * facility stands for, as the target of an attack on it.
 */
function bareAgent(cx: ActorContext, h: Head, a: AgentPhrase): number {
  const nextTok = cx.tokens[a.end];
  if (nextTok && cx.lex.FACILITY_NOUNS.has(nextTok.norm) && cx.lex.ARMED_SECTORS.has((a.sector ?? '').slice(0, 3)) && a.end < cx.s.tokenEnd) {
    put(cx, h.m.start, a.end + 1, { actor: code(null, a.sector), rule: a.rule });
    return a.end + 1;
  }
  // "army officers": a sector noun before another noun modifies it; not before a day ("the army today attacked"),
  // nor before a past form with an object after it, whatever its tag ("Gunmen abducted 30 students").
  const day = nextTok !== undefined && (cx.lex.ADVERBIAL_NOUNS.has(nextTok.norm) || (cx.lex.WEEKDAYS.has(nextTok.norm) && nextTok.text !== nextTok.norm));
  const verb = nextTok !== undefined && nextTok.norm.endsWith('ed') && ['NUM', 'DET', 'PRON'].includes(cx.tokens[a.end + 1]?.pos ?? '');
  if (nextTok && !day && !verb && (nextTok.pos === 'NOUN' || nextTok.pos === 'PROPN') && a.end < cx.s.tokenEnd) return a.end;
  put(cx, h.m.start, a.end, { actor: code(null, a.sector), rule: a.rule });
  return a.end;
}

/**
 * agent.dispute-sides: "all parties must show restraint", "the relevant parties", "the parties concerned", "parties
 * to the conflict": the sides of a dispute, not political parties; no actor (SIDE_NOUNS with SIDES_BEFORE/AFTER).
 */
function disputeSides(cx: ActorContext, h: Head, a: AgentPhrase): number {
  const { tokens, lex } = cx;
  if (a.end - h.m.start !== 1 || !lex.SIDE_NOUNS.has(tokens[h.m.start]?.norm ?? '')) return -1;
  const sides = lex.SIDES_BEFORE.has(tokens[h.m.start - 1]?.norm ?? '') || lex.SIDES_AFTER.has(tokens[a.end]?.norm ?? '');
  return sides ? a.end : -1;
}

/** The agent rules in the order they are tried at a sector noun or title. */
const AGENT_RULES: readonly ((cx: ActorContext, h: Head, a: AgentPhrase) => number)[] = [disputeSides, agentOfCountry, agentInCountry, titleName, titleReference, bareAgent];

/** agent: a sector noun or title, placed by the agent rules above. */
const agent: ComposeRule = (cx, h) => {
  const e = h.m.entry;
  if (e.kind !== 'agent') return -1;
  const ar = agentRun(cx, h.m.start);
  const a: AgentPhrase = { end: ar.end, sector: ar.agent?.sector ?? e.sector, rule: ar.agent?.rule ?? e.rule, title: ar.title };
  for (const rule of AGENT_RULES) {
    const end = rule(cx, h, a);
    if (end >= 0) return end;
  }
  return -1;
};

/** compose.compound: "Yemen-based", "Iranian-backed", "US-led": the place or patron modifies the actor that follows. */
const compound: ComposeRule = (cx, h) => {
  const { tokens } = cx;
  const { m } = h;
  const e = m.entry;
  const dash = tokens[m.end];
  const head = tokens[m.end + 1];
  if (dash?.norm !== '-' || !head || !cx.lex.COMPOUND_HEADS.has(head.norm)) return -1;
  // A hyphen joins its words; a spaced dash ("the SDF — trained by the U.S. — lost") opens an aside.
  if (dash.start !== tokens[m.end - 1]?.end || head.start !== dash.end) return -1;
  const org = e.kind === 'org';
  put(cx, m.start, m.end, { actor: code(e.country, org ? e.sector : null, org ? e.code : undefined), rule: e.rule, modifier: true });
  return m.end + 2;
};

/** named: a country, capital, organisation or official named by its dictionary phrase. */
const named: ComposeRule = (cx, h) => {
  const { m } = h;
  const e = m.entry;
  if (e.kind === 'capital' && e.country && town(cx, m.end)) {
    put(cx, m.start, m.end, { actor: code(e.country, null), rule: { ...cx.rules.town, id: `${cx.rules.town.id}+${e.rule.id}` }, modifier: true });
    return m.end;
  }
  let actor = code(e.country, e.sector, e.code);
  // A government's or legislature's other name is a place ("the White House", "Capitol Hill"): "the House" is no short form of it.
  if (e.kind === 'org' || (e.kind === 'alias' && e.sector !== 'GOV' && e.sector !== 'LEG')) rememberOrgHead(cx, m, actor);
  if (e.kind === 'official') {
    actor = extend(actor, { name: e.name ?? e.code });
    remember(cx, m.end, actor, e.rule);
  }
  put(cx, m.start, m.end, { actor, rule: e.rule });
  return m.end;
};

/**
 * named.town: a capital before a word for a place or a site names the town ("a Sylvan City suburb", "Fredville
 * airport"), so it stands for its country as a modifier does ("a Sylvanian town"), not for the government.
 */
function town(cx: ActorContext, k: number): boolean {
  const next = cx.tokens[k];
  return next !== undefined && k < cx.s.tokenEnd && (cx.lex.SITE_NOUNS.has(next.norm) || cx.lex.PLACE_NOUNS.has(next.norm));
}

/** The composition rules in the order they are tried at a dictionary phrase; `named` always applies. */
export const COMPOSE_RULES: readonly (readonly [string, ComposeRule])[] = [
  ['compose.geographic-name', geographicName], ['compose.coordinated', coordinated], ['compose.owner', owner], ['agent', agent], ['compose.compound', compound], ['named', named],
];
