import type { Mention, Token } from '../../model/types.js';
import type { Lexicon } from '../../dictionaries/lexicon.js';
import { agentRun, code, isCap, nameRun, put, remember, type ActorContext } from './context.js';
import { coordinatedPair, governmentPair, objectPair, personPair, SHORT_FORM } from './memory.js';
import { extend } from '../../model/extend.js';
import { objectPronoun } from './object-pronoun.js';
import { representedBody, speakerSubject } from './speaker-pronoun.js';
import { counterpart, foreignCounterpart, ownerOf } from './counterpart.js';
import { givenName, personalOwner } from './person-reference.js';

// Rules at a token that starts no dictionary phrase: words that refer back to actors of the article
// (pronouns, "the two", "the Whispering Republic", a remembered surname). Each returns where the mention
// it added ends, or -1 when it does not apply.

/** A reference rule at token `p`. */
export type ReferenceRule = (cx: ActorContext, p: number) => number;

/** memory.possessive-pronoun: "its forces", "his country": the owner's country with the noun's sector. */
const possessivePronoun: ReferenceRule = (cx, p) => {
  const t = cx.tokens[p];
  if (!t || !cx.lex.PRONOUN_OWNER.has(t.norm)) return -1;
  const next = cx.byStart.get(p + 1);
  const head = cx.tokens[p + 1];
  const owner = ownerOf(cx, p);
  const agent = next?.entry.kind === 'agent' ? next : undefined;
  if (!owner?.actor.country) return -1;
  if (!(agent || (head && cx.lex.COUNTRY_HEADS.has(head.norm)))) return personalOwner(cx, p, owner);
  const end = agent ? agent.end : p + 2;
  put(cx, p, end, { actor: code(owner.actor.country, agent ? agent.entry.sector : null), rule: next?.entry.rule ?? cx.rules.possessivePronoun });
  return end;
};

/**
 * The person "he"/"she" at token `p` most likely means: the subject of its own sentence (named or titled, before it),
 * else the named subject of the last sentence, else the person named last; each agreeing with its pronoun so far.
 */
function prominentPerson(cx: ActorContext, p: number): Mention | null {
  const { mem } = cx;
  const pronoun = cx.tokens[p]?.norm ?? '';
  // Gender agrees: a person "he" already meant is no antecedent of "she" (and the other way round).
  const agrees = (m: Mention | null | undefined): m is Mention => !!m && (mem.genders.get(m.actor.name ?? '') ?? pronoun) === pronoun;
  const own = mem.personSubjects.get(cx.s.index);
  if (own && own.tokenEnd <= p && agrees(own)) return own;
  const last = mem.personSubjects.get(cx.s.index - 1);
  if (agrees(last) && last.actor.name !== undefined) return last;
  if (agrees(mem.lastPerson)) return mem.lastPerson;
  // Else the latest person of the last two sentences whose pronoun agrees.
  for (let i = cx.all.length - 1; i >= 0; i--) {
    const m = cx.all[i];
    if (!m || m.sentence < cx.s.index - 1) break;
    if (m.actor.name && !m.modifier && agrees(m)) return m;
  }
  return null;
}

/** memory.pronoun: "Osterlich says it is ready", "Kovac said he would": a recent antecedent before a verb. */
const subjectPronoun: ReferenceRule = (cx, p) => {
  const { tokens, mem, lex } = cx;
  const t = tokens[p];
  if (!t || !lex.SUBJECT_PRONOUNS.has(t.norm) || t.pos !== 'PRON' || (t.norm === 'it' && expletiveIt(cx, p))) return -1;
  const next = tokens[p + 1];
  const person = lex.PERSON_PRONOUNS.has(t.norm);
  const body = (t.norm === 'it' ? representedBody(cx, p) : null) ?? (person ? null : speakerSubject(cx, p));
  if (body && next && (next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV')) {
    put(cx, p, p + 1, { actor: body, rule: cx.rules.pronoun });
    return p + 1;
  }
  const initial = p === cx.s.tokenStart && !person;
  const ante = person ? prominentPerson(cx, p) : initial ? mem.subjects.get(cx.s.index - 1) ?? mem.lastThing : mem.lastThing;
  if (!next || !(next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV')) return -1;
  // "Freedonia and Sylvania met. They agreed": a plural pronoun after a coordinated pair is both of them.
  const pair = t.norm === 'they' ? coordinatedPair(cx.sentence, tokens) ?? personPair(cx.sentence) ?? (mem.pair && mem.pair[0]?.sentence === cx.s.index - 1 ? mem.pair : null) : null;
  if (pair) {
    for (const pm of pair) put(cx, p, p + 1, { actor: pm.actor, rule: cx.rules.pronoun });
    return p + 1;
  }
  // "Sylvanian rebels said they ...": "they" agrees in number with a recent plural actor before any singular one.
  // A plural actor without country ("the militants") is no antecedent to guess past: the older rules decide then.
  const plural = t.norm === 'they' && mem.lastPlural?.actor.country && mem.lastPlural.sentence >= cx.s.index - 1 ? mem.lastPlural : null;
  if (inWherePlace(cx, p, plural ?? ante)) return -1;
  if (plural) {
    put(cx, p, p + 1, { actor: plural.actor, rule: cx.rules.pronoun });
    return p + 1;
  }
  // memory.they-number: "they" is no named person, nor one thing named by a singular noun ("the embassy").
  if (!ante || ante.sentence < cx.s.index - 1 || (t.norm === 'they' && (ante.actor.name || singularNoun(tokens[headEnd(tokens, ante.tokenEnd)], lex)))) return -1;
  if (person && ante.actor.name) mem.genders.set(ante.actor.name, t.norm);
  put(cx, p, p + 1, { actor: ante.actor, rule: cx.rules.pronoun });
  return p + 1;
};

/** The last token of the noun phrase a mention ending at `end` heads or modifies ("Sylvanian opposition members"). */
function headEnd(tokens: readonly Token[], end: number): number {
  let k = end;
  while (tokens[k]?.pos === 'NOUN') k++;
  return k - 1;
}

/** memory.they-number: a singular common noun that is no collective "they" may mean ("the embassy", not "police"). */
function singularNoun(t: Token | undefined, lex: Pick<Lexicon, 'THEY_COLLECTIVES'>): boolean {
  return t !== undefined && t.pos === 'NOUN' && t.norm === t.lemma && !t.norm.endsWith('s') && !lex.THEY_COLLECTIVES.has(t.norm);
}

/** memory.where-place: in "the Gaza town of Rafah, where it is trying to …" the pronoun is not the place the relative adverb stands for. */
function inWherePlace(cx: ActorContext, p: number, ante: Mention | null): boolean {
  const { tokens, lex } = cx;
  if (!ante || ante.sentence !== cx.s.index || !lex.ADVERB_RELATIVE.has(tokens[p - 1]?.norm ?? '')) return false;
  for (let k = ante.tokenEnd; k < p - 1; k++) if (tokens[k]?.pos === 'VERB' || tokens[k]?.pos === 'AUX') return false;
  return true;
}

/**
 * memory.expletive-it: "it was likely Sylvania ordered the attack", "it is clear that", "it seems Osterlich will":
 * the dummy subject of "be" or a verb of seeming (lexicon EXPLETIVE_VERBS) before a judgement or report
 * (EXPLETIVE_PREDICATES; "be" needs one) and a clause names no one. The clause opens with a subordinator or its
 * own subject (a determiner, pronoun or name); "it is ready to talk", "it was concerned that", "it appears to
 * be" keep their antecedent.
 */
function expletiveIt(cx: ActorContext, p: number): boolean {
  const { tokens, lex } = cx;
  const v = tokens[p + 1];
  if (!v) return false;
  const be = lex.BE_FORMS.has(v.norm);
  if (!be && !lex.EXPLETIVE_VERBS.has(v.lemma)) return false;
  let k = p + 2;
  // "is not clear", "was very likely".
  while (k < cx.s.tokenEnd && (tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'PART') && tokens[k]?.norm !== 'to') k++;
  if (lex.EXPLETIVE_PREDICATES.has(tokens[k]?.norm ?? '')) k++;
  else if (be) return false;
  const next = tokens[k];
  return next !== undefined && (next.norm === 'that' || next.pos === 'SCONJ' || next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'PROPN');
}

/** memory.pair: "the two", "both countries": the pair named before, in an earlier sentence or this one (objectPair). */
const pairReference: ReferenceRule = (cx, p) => {
  const { tokens, lex } = cx;
  const t = tokens[p];
  if (!t || !(t.norm === 'the' || t.norm === 'both')) return -1;
  const pair = objectPair(cx.sentence, tokens) ?? governmentPair(cx.sentence) ?? cx.mem.twoPair;
  const w1 = tokens[p + 1];
  const w2 = tokens[p + 2];
  // "the two-day crisis": a number in a hyphenated modifier refers to no pair.
  if (!pair || (w2?.norm === '-' && w1 && w2.start === w1.end)) return -1;
  let end = -1;
  if (t.norm === 'both' && w1 && lex.PAIR_HEADS.has(w1.norm)) end = p + 2;
  else if (t.norm === 'the' && w1 && lex.PAIR_WORDS.has(w1.norm) && !cx.byStart.has(p + 1)) end = w2 && lex.PAIR_HEADS.has(w2.norm) ? p + 3 : p + 2;
  // memory.pair-head: a bare "the leaders", "the ministers" right after the pair was named (this sentence or the last),
  // not "the leaders of ..." (a group of its own).
  else if (t.norm === 'the' && w1 && lex.PAIR_HEADS.has(w1.norm) && w2?.norm !== 'of' && pair.every((pm) => pm.sentence >= cx.s.index - 1)) end = p + 2;
  if (end < 0 || (tokens[end]?.pos === 'NOUN' && !lex.PAIR_HEADS.has(tokens[end - 1]?.norm ?? ''))) return -1;
  for (const pm of pair) put(cx, p, end, { actor: pm.actor, rule: cx.rules.pair });
  return end;
};

/** memory.definite-state: "the Islamic state", "the Hashemite kingdom": a recent country whose names carry the adjective. */
const definiteState: ReferenceRule = (cx, p) => {
  const { tokens } = cx;
  if (tokens[p]?.norm !== 'the' || !isCap(tokens[p + 1]) || !cx.lex.STATE_HEADS.has(tokens[p + 2]?.text ?? '') || cx.byStart.has(p + 1)) return -1;
  const adj = tokens[p + 1]?.norm ?? '';
  const found = [...cx.mem.countries].reverse().find((c) => c.sentence >= cx.s.index - 4 && cx.dict.countryWords.get(c.country)?.has(adj));
  if (!found) return -1;
  put(cx, p, p + 3, { actor: code(found.country, null), rule: cx.rules.definiteState });
  return p + 3;
};

/**
 * memory.definite-country (titled): the country "the kingdom" means at token `p`: the nearest named before it in
 * its sentence or the last three whose official name holds the word ("the Kingdom of Saudi Arabia").
 */
function titledAntecedent(cx: ActorContext, p: number, head: string): string | null {
  const titled = (c: string | undefined): c is string => c !== undefined && cx.dict.countryWords.get(c)?.has(head) === true;
  for (let i = cx.sentence.length - 1; i >= 0; i--) {
    const m = cx.sentence[i];
    if (m && m.tokenEnd <= p && titled(m.actor.country)) return m.actor.country;
  }
  for (let i = cx.mem.countries.length - 1; i >= 0; i--) {
    const c = cx.mem.countries[i];
    if (!c || c.sentence < cx.s.index - 3) break;
    if (titled(c.country)) return c.country;
  }
  return null;
}

/**
 * The country "the country" means at token `p`: the nearest country named before it in its sentence ("urged
 * Sylvania to protect the country"), else the last sentence's subject, else a country of the last two sentences.
 */
function definiteAntecedent(cx: ActorContext, p: number): string | null {
  const { mem } = cx;
  for (let i = cx.sentence.length - 1; i >= 0; i--) {
    const m = cx.sentence[i];
    if (m && m.tokenEnd <= p && !m.modifier && m.actor.country && !cx.isOrg(m.actor.code)) return m.actor.country;
  }
  const prev = mem.subjects.get(cx.s.index - 1);
  if (prev?.actor.country && !cx.isOrg(prev.actor.code)) return prev.actor.country;
  const last = mem.countries[mem.countries.length - 1];
  return last && last.sentence >= cx.s.index - 2 ? last.country : null;
}

/**
 * memory.definite-country: "the country", "the nation's army" (the nearest country before it, else the last
 * sentence's subject), "the North" (the last country whose name carries the compass word).
 */
const definiteCountry: ReferenceRule = (cx, p) => {
  const { tokens, lex } = cx;
  const w = tokens[p + 1];
  if (tokens[p]?.norm !== 'the' || !w || cx.byStart.has(p + 1)) return -1;
  let country: string | null = null;
  if (lex.COUNTRY_HEADS.has(w.text)) country = definiteAntecedent(cx, p);
  else if (lex.TITLE_STATE_HEADS.has(w.norm) && (w.text === w.norm || !isCap(tokens[p + 2]))) country = titledAntecedent(cx, p, w.norm);
  else if (isCap(w) && lex.DIRECTION_NAMES.has(w.norm) && !isCap(tokens[p + 2]) && tokens[p + 2]?.pos !== 'NOUN') {
    for (let i = cx.mem.countries.length - 1; i >= 0 && country === null; i--) {
      const c = cx.mem.countries[i]?.country ?? '';
      if (cx.dict.countryWords.get(c)?.has(w.norm)) country = c;
    }
  }
  if (country === null) return -1;
  if (!lex.POSSESSIVE_MARKS.has(tokens[p + 2]?.norm ?? '')) {
    put(cx, p, p + 2, { actor: code(country, null), rule: cx.rules.definiteCountry });
    return p + 2;
  }
  return ownedAgent(cx, { start: p, after: p + 3, country, rule: cx.rules.definiteCountry });
};

/** "the country's army", "Kovac's envoy": a country owning the sector noun (and name) after a possessive, else a modifier. */
function ownedAgent(cx: ActorContext, o: { start: number; after: number; country: string; rule: Mention['rule'] }): number {
  const ar = agentRun(cx, o.after);
  if (!ar.agent) {
    put(cx, o.start, o.after - 1, { actor: code(o.country, null), rule: o.rule, modifier: true });
    return o.after;
  }
  let actor = code(o.country, ar.agent.sector);
  const nameEnd = nameRun(cx, ar.end);
  if (nameEnd > ar.end) {
    actor = extend(actor, { name: cx.doc.article.text.slice(cx.tokens[ar.end]?.start ?? 0, cx.tokens[nameEnd - 1]?.end ?? 0) });
    remember(cx, nameEnd, actor, ar.agent.rule);
  }
  const end = Math.max(nameEnd, ar.end);
  put(cx, o.start, end, { actor, rule: o.rule });
  return end;
}

/** memory.owner: "President Kovac's envoy": a person (or a word referring back) just coded owns the sector noun after "'s". */
const mentionOwner: ReferenceRule = (cx, p) => {
  const prev = cx.sentence[cx.sentence.length - 1];
  if (!prev || prev.tokenEnd !== p || prev.modifier || !prev.actor.country || !cx.lex.POSSESSIVE_MARKS.has(cx.tokens[p]?.norm ?? '')) return -1;
  if (cx.byStart.get(p + 1)?.entry.kind !== 'agent' && !cx.lex.SKIPPABLE_ADJ.has(cx.tokens[p + 1]?.norm ?? '')) return -1;
  const ar = agentRun(cx, p + 1);
  if (!ar.agent) return -1;
  // The owner's own mention gives way to the owned one that contains it.
  if (cx.all[cx.all.length - 1] === prev) cx.all.pop();
  cx.sentence.pop();
  return ownedAgent(cx, { start: prev.tokenStart, after: p + 1, country: prev.actor.country, rule: cx.rules.owner });
};

/**
 * memory.surname: a surname or name remembered from earlier in the article; before a noun of government it names
 * that person's government ("the Kim regime", "the Moon government"), as "Kovac's envoy" does (memory.owner).
 */
const surname: ReferenceRule = (cx, p) => {
  const t = cx.tokens[p];
  const r = t && isCap(t) ? cx.mem.people.get(t.norm) : undefined;
  if (!r) return -1;
  const country = r.actor.country;
  // Only a whole government (GOVERNMENT_NOUNS): "Cruz spokesman" speaks for Cruz (memory.pronoun's represented body),
  // and a capitalised headline word misread as a name ("U.S. Military Strikes Sunni ...") is remembered too.
  if (country && cx.byStart.get(p + 1)?.entry.kind === 'agent' && cx.lex.GOVERNMENT_NOUNS.has(cx.tokens[p + 1]?.norm ?? '')) {
    return ownedAgent(cx, { start: p, after: p + 1, country, rule: cx.rules.surname });
  }
  put(cx, p, p + 1, { actor: r.actor, rule: cx.rules.surname });
  return p + 1;
};

/**
 * memory.org-head: "the Brotherhood", "the Guard" after "the Muslim Brotherhood", "the Revolutionary Guard": the
 * last word of an organisation's name, capitalised after "the" and not running into another capitalised
 * word, is the organisation named earlier in the article; so is a short form given in brackets ("KACC").
 * Written in lower case ("the council" after "the Security Council", "the court" after "the International
 * Criminal Court") it is a common noun that heads the name: that organisation only if named in this sentence or
 * the three before, and not where the noun is a sector word of its own ("the army") or modifies another noun.
 */
const orgHead: ReferenceRule = (cx, p) => {
  const t = cx.tokens[p];
  if (t?.norm === 'the') return lowerOrgHead(cx, p);
  const the = cx.tokens[p - 1]?.norm === 'the';
  // A short form stands alone too ("KACC said"); a last word only after "the" ("the Brotherhood").
  const r = t && isCap(t) && (the || SHORT_FORM.test(t.text)) ? cx.mem.orgHeads.get(t.norm) : undefined;
  const next = cx.tokens[p + 1];
  if (!r || (next && isCap(next))) return -1;
  put(cx, the ? p - 1 : p, p + 1, { actor: r.actor, rule: cx.rules.orgHead });
  return p + 1;
};

/** memory.org-head in lower case: "the council" at "the" (p), the head word after it. */
function lowerOrgHead(cx: ActorContext, p: number): number {
  const head = cx.tokens[p + 1];
  if (!head || isCap(head) || cx.byStart.has(p + 1)) return -1;
  const r = cx.mem.orgHeads.get(head.norm);
  const next = cx.tokens[p + 2];
  if (!r || r.sentence < cx.s.index - 3 || (next && (isCap(next) || next.pos === 'NOUN' || next.pos === 'PROPN'))) return -1;
  put(cx, p, p + 2, { actor: r.actor, rule: cx.rules.orgHead });
  return p + 2;
}

/**
 * memory.definite-org: "the organisation" (lexicon ORG_REFERENCE_NOUNS), "the group", "the militant movement"
 * (GROUP_REFERENCE_NOUNS), up to two adjectives before: the organisation named last, in this sentence or the three
 * before; for "group" one that is no international body.
 * Not before another noun ("the group leader") or a capitalised word (a name of its own).
 */
const definiteOrg: ReferenceRule = (cx, p) => {
  const { tokens, lex } = cx;
  if (tokens[p]?.norm !== 'the') return -1;
  let q = p + 1;
  while (q < p + 3 && tokens[q]?.pos === 'ADJ' && !cx.byStart.has(q)) q++;
  const head = tokens[q];
  const next = tokens[q + 1];
  if (!head || cx.byStart.has(q)) return -1;
  const org = lex.ORG_REFERENCE_NOUNS.has(head.norm) ? cx.mem.lastOrg : lex.GROUP_REFERENCE_NOUNS.has(head.norm) ? cx.mem.lastGroup : null;
  if (!org || org.sentence < cx.s.index - 3) return -1;
  if (next && (next.pos === 'NOUN' || next.pos === 'PROPN' || isCap(next))) return -1;
  put(cx, p, q + 1, { actor: org.actor, rule: cx.rules.definiteOrg });
  return q + 1;
};

/**
 * The words at which some reference rule may apply: each rule above starts by testing its token against
 * one of these classes ("the", "both", pronouns, possessive marks) or for a capital (a surname).
 * A token that is neither is skipped without trying the rules; keep this in step with them.
 */
export function referenceWords(lex: Lexicon): ReadonlySet<string> {
  return new Set(['the', 'both', ...lex.PRONOUN_OWNER, ...lex.SUBJECT_PRONOUNS, ...lex.OBJECT_PRONOUNS, ...lex.POSSESSIVE_MARKS]);
}

/** The reference rules in the order they are tried at a token that starts no dictionary phrase. */
export const REFERENCE_RULES: readonly (readonly [string, ReferenceRule])[] = [
  ['memory.pair', counterpart], ['memory.foreign-counterpart', foreignCounterpart], ['memory.possessive-pronoun', possessivePronoun], ['memory.pronoun', subjectPronoun], ['memory.object-pronoun', objectPronoun],
  ['memory.pair', pairReference], ['memory.definite-state', definiteState], ['memory.definite-country', definiteCountry],
  ['memory.owner', mentionOwner], ['memory.org-head', orgHead], ['memory.definite-org', definiteOrg], ['memory.surname', surname], ['memory.given-name', givenName],
];
