import type { ActorCoding, Doc, Mention, RuleRef, Sentence, Token } from '../../model/types.js';
import type { ActorDictionary, ActorEntry } from '../../dictionaries/actors.js';
import type { Lexicon } from '../../dictionaries/lexicon.js';
import type { RawMatch } from './scan.js';
import type { Memory, Remembered } from './memory.js';

// The one object every actor rule reads: the document, the compiled resources, the article memory and
// the sentence being read (its dictionary matches by start token and the mentions found so far).

/** The grammar rules that code a mention without a dictionary entry, with their table locations. */
export interface ActorRules {
  readonly surname: RuleRef;
  readonly orgHead: RuleRef;
  readonly definiteOrg: RuleRef;
  readonly pronoun: RuleRef;
  readonly objectPronoun: RuleRef;
  readonly orgShape: RuleRef;
  readonly possessivePronoun: RuleRef;
  readonly possessivePerson: RuleRef;
  readonly givenName: RuleRef;
  readonly pair: RuleRef;
  readonly foreignCounterpart: RuleRef;
  readonly definiteState: RuleRef;
  readonly sides: RuleRef;
  readonly title: RuleRef;
  readonly definiteCountry: RuleRef;
  readonly owner: RuleRef;
  readonly apposition: RuleRef;
  readonly quoteSpeaker: RuleRef;
  readonly definiteSector: RuleRef;
  readonly located: RuleRef;
  readonly acronym: RuleRef;
  readonly town: RuleRef;
}

/** The actor recognizer's context: per document, with the current sentence's fields reset per sentence. */
export interface ActorContext {
  readonly doc: Doc;
  readonly tokens: readonly Token[];
  readonly dict: ActorDictionary;
  readonly lex: Lexicon;
  readonly isOrg: (code: string) => boolean;
  readonly rules: ActorRules;
  readonly mem: Memory;
  /** Every mention so far, in reading order. */
  readonly all: Mention[];
  s: Sentence;
  /** Dictionary matches of the sentence by start token. */
  byStart: Map<number, RawMatch>;
  /** Mentions of the sentence so far. */
  sentence: Mention[];
  nextId: number;
}

/** How a mention is coded: its actor, the rule that coded it, and whether it only modifies a noun. */
export interface Coding {
  readonly actor: ActorCoding;
  readonly rule: RuleRef;
  readonly modifier?: boolean;
  /** A mention that refers back and leaves the article memory as it was (no new antecedent, count or subject). */
  readonly quiet?: boolean;
}

/** Add a mention over tokens [ts, te) and update the article memory. */
export function put(cx: ActorContext, ts: number, te: number, c: Coding): Mention {
  const { tokens, mem } = cx;
  const modifier = c.modifier === true;
  const sentence = cx.s.index;
  const start = tokens[ts]?.start ?? 0;
  const end = tokens[te - 1]?.end ?? start;
  const { actor } = c;
  const m: Mention = { id: cx.nextId++, sentence, tokenStart: ts, tokenEnd: te, start, end, text: cx.doc.article.text.slice(start, end), actor, rule: c.rule, modifier };
  // memory.titled-person: "Japan's prime minister said he would ...": a title of one person (`title: yes`) in subject
  // position is the person a "he"/"she" later in its own sentence means (not one of a later sentence: a named person may be meant).
  const person = actor.name !== undefined || (!modifier && titleOfOne(cx, c.rule));
  if (person && !modifier && cx.sentence.every((o) => o.modifier) && !mem.personSubjects.has(sentence) && beforeVerb(cx, ts)) mem.personSubjects.set(sentence, m);
  cx.all.push(m);
  cx.sentence.push(m);
  if (c.quiet === true) return m;
  if (actor.country) mem.countries.push({ country: actor.country, sentence });
  const placed = actor.country !== undefined && actor.country !== '' || cx.isOrg(actor.code);
  if (!modifier && !actor.name && pluralHead(tokens[te - 1])) mem.lastPlural = m;
  // A news outlet is cited more than it acts: no "the organisation" for it.
  if (!actor.name && actor.sector !== 'MED' && ownCode(actor)) {
    mem.lastOrg = m;
    if (!actor.code.startsWith('IGO')) mem.lastGroup = m;
  }
  if (actor.name) {
    mem.lastPerson = m;
    const gender = honorific(cx, ts, te);
    if (gender) mem.genders.set(actor.name, gender);
  }
  else if (!modifier && placed) mem.lastThing = m;
  if (!modifier && !actor.name && placed && mem.subjects.get(sentence) === undefined) mem.subjects.set(sentence, m);
  mem.last = m;
  return m;
}

/** Whether a mention's last token is a plural common noun ("rebels", "ministries"), not "press" or "Sylvanians'". */
export function pluralHead(t: Token | undefined): boolean {
  return t !== undefined && t.pos === 'NOUN' && /[^su]s$/.test(t.norm) && t.lemma !== t.norm;
}

/** The pronoun an honorific before or at the start of a person's mention gives ("Mr. Kovac": "he"), else null. */
function honorific(cx: ActorContext, ts: number, te: number): string | null {
  for (let k = Math.max(cx.s.tokenStart, ts - 1); k < Math.min(te, ts + 1); k++) {
    const w = cx.tokens[k]?.norm ?? '';
    if (cx.lex.MALE_HONORIFICS.has(w)) return 'he';
    if (cx.lex.FEMALE_HONORIFICS.has(w)) return 'she';
  }
  return null;
}

/** Whether no verb stands between the sentence's start and token `p` (a mention there is in subject position). */
function beforeVerb(cx: ActorContext, p: number): boolean {
  for (let k = cx.s.tokenStart; k < p; k++) {
    const pos = cx.tokens[k]?.pos;
    if (pos === 'VERB' || pos === 'AUX') return false;
  }
  return true;
}

/**
 * Remember a person by the last word of the name ending at `nameEnd`, for later surname mentions; and by a
 * family name written first (lexicon FAMILY_NAME_FIRST) one to three words before it ("Kim Jong Un" is "Kim").
 */
export function remember(cx: ActorContext, nameEnd: number, actor: ActorCoding, rule: RuleRef): void {
  const surname = cx.tokens[nameEnd - 1];
  if (surname) cx.mem.people.set(surname.norm, { actor, rule });
  rememberGivenName(cx, actor, rule);
  for (let q = nameEnd - 2; q >= Math.max(0, nameEnd - 4); q--) {
    const t = cx.tokens[q];
    if (!t || !(isCap(t) || t.norm === '-')) break;
    if (isCap(t) && cx.lex.FAMILY_NAME_FIRST.has(t.norm)) { cx.mem.people.set(t.norm, { actor, rule }); break; }
  }
}

/** Whether `rule` (its dictionary line, before any "+" of a memory rule) is a title of one person ("president"). */
export function titleOfOne(cx: Pick<ActorContext, 'dict'>, rule: RuleRef): boolean {
  return cx.dict.titleRules.has(rule.id.split('+')[0] ?? '');
}

/** Remember a person by the first word of a name of two words or more ("John Bolton": "John"), unless family name first. */
function rememberGivenName(cx: ActorContext, actor: ActorCoding, rule: RuleRef): void {
  const words = actor.name?.split(' ') ?? [];
  const given = words[0]?.toLowerCase();
  // Only a person: one the dictionary lists, or named after a title of one person ("President Lee"); a name after a
  // sector noun is often an organisation's ("the air force Space Command", "the militia Ansar al-Sharia").
  const person = rule.id.startsWith('official.') || titleOfOne(cx, rule);
  if (!person || words.length < 2 || !given || !/^\p{Lu}\p{Ll}+$/u.test(words[0] ?? '') || cx.lex.FAMILY_NAME_FIRST.has(given)) return;
  const known = cx.mem.givenNames.get(given);
  // Two people of one given name: the name alone means neither.
  cx.mem.givenNames.set(given, known === undefined || known?.actor.name === actor.name ? { actor, rule } : null);
}

/** Whether an actor's code is its own, not its country's and sector's put together: an organisation ("IMGISI", "LBNHEZ"). Put runs for every mention: no string is built. */
function ownCode(actor: ActorCoding): boolean {
  const c = actor.country ?? '';
  const s = actor.sector ?? '';
  return actor.code.length !== c.length + s.length || !actor.code.startsWith(c) || !actor.code.endsWith(s);
}

const NAME_WORD = /^[A-Z][a-z]{3,}$/;

/**
 * Remember an organisation named in several words by its last one ("the Muslim Brotherhood": "Brotherhood"). Not
 * a news outlet: "the Times", "the Post" are more often cited than acting, and as sides they made false events.
 */
export function rememberOrgHead(cx: ActorContext, m: RawMatch, actor: ActorCoding): void {
  const last = cx.tokens[m.end - 1];
  if (m.end - m.start < 2 || !last || !NAME_WORD.test(last.text) || actor.sector === 'MED') return;
  cx.mem.orgHeads.set(last.norm, { actor, rule: m.entry.rule, sentence: cx.s.index });
}

/**
 * Remember a person by the title written before the name ("president"), for a later "the president". A
 * qualified title ("Sylvanian President Lee", "President Lee of Sylvania") only fills an empty slot.
 */
export function rememberTitle(cx: ActorContext, key: string, actor: ActorCoding, how: { rule: RuleRef; qualified: boolean }): void {
  if (!key) return;
  const list = cx.mem.titles.get(key);
  if (!list) { cx.mem.titles.set(key, [{ actor, rule: how.rule }]); return; }
  if (how.qualified) return;
  const i = list.findIndex((r) => r.actor.code === actor.code);
  if (i >= 0) list.splice(i, 1);
  list.push({ actor, rule: how.rule });
}

/**
 * The person "the president" means: of those written with that bare title, the one whose country the article
 * names most ("President Kovac" of the article's country over a visiting "President Lee"), else the latest.
 */
export function titleHolder(cx: ActorContext, key: string): Remembered | undefined {
  const list = cx.mem.titles.get(key);
  if (!list || list.length < 2) return list?.[0];
  let best: Remembered | undefined;
  let bestN = -1;
  for (const r of list) {
    let n = 0;
    for (const c of cx.mem.countries) if (c.country === r.actor.country) n++;
    if (n >= bestN) { best = r; bestN = n; }
  }
  return best;
}

/** A title's key: its words from `from` to `to`, without words like "acting" and hyphenated suffixes ("-designate"). */
export function titleKey(cx: ActorContext, from: number, to: number): string {
  let key = '';
  for (let q = from; q < to; q++) {
    const w = cx.tokens[q]?.norm ?? '';
    if (w === '-') break;
    if (cx.lex.SKIPPABLE_ADJ.has(w)) continue;
    key = key ? `${key} ${w}` : w;
  }
  return key;
}

/** Compose an actor code: a named actor's own code, or country + sector ("SYR" + "GOV"). */
export function code(country: string | null | undefined, sector: string | null | undefined, base?: string): ActorCoding {
  const c = base ?? country ?? '';
  const full = base !== undefined ? base : sector && !c.endsWith(sector) ? c + sector : c;
  const out: { code: string; country?: string; sector?: string } = { code: full || (sector ?? '') };
  if (country) out.country = country;
  if (sector) out.sector = sector;
  return out;
}

/** Whether a token starts with a capital letter. */
export function isCap(t: Token | undefined): boolean {
  if (!t) return false;
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90 || c > 127 && t.text.charAt(0) !== t.text.charAt(0).toLowerCase();
}

function isNameToken(t: Token | undefined): boolean {
  return t !== undefined && isCap(t) && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'X') && /^\p{L}[\p{L}.'’-]*$/u.test(t.text);
}

/** Whether a token is a weekday: a date ("the army Monday attacked"), never part of a name. */
function weekday(cx: ActorContext, t: Token | undefined): boolean {
  return t !== undefined && cx.lex.WEEKDAYS.has(t.norm);
}

/** The end of a proper-name run from `p` (not starting a dictionary phrase other than an official). */
export function nameRun(cx: ActorContext, p: number): number {
  const { tokens, byStart } = cx;
  let q = p;
  // Months stay: they are first names too ("April Ryan").
  while (q < cx.s.tokenEnd) {
    // actor.name-particle: "Nabil Hasan al-Quaety", "Mohammed bin Salman", "Ursula von der Leyen": inside a
    // name, lower-case particles (lexicon NAME_PARTICLES) and a hyphen after one join the name that follows.
    const name = q > p ? particleRun(cx, q) : q;
    if (name > q) { q = name; continue; }
    if (!(isNameToken(tokens[q]) && !weekday(cx, tokens[q]) && (!byStart.has(q) || byStart.get(q)?.entry.kind === 'official'))) break;
    const m = byStart.get(q);
    q = m ? m.end : q + 1;
  }
  return q;
}

/** Where the name token after name particles from `q` ("al" "-", "bin", "von der") starts, or `q` when none. */
function particleRun(cx: ActorContext, q: number): number {
  const { tokens, lex } = cx;
  let k = q;
  while (k < q + 3 && lex.NAME_PARTICLES.has(tokens[k]?.text ?? '')) k += tokens[k + 1]?.text === '-' ? 2 : 1;
  return k > q && isNameToken(tokens[k]) ? k : q;
}

/** Consecutive agent phrases from `p` (past words like "senior"): where they end, the last agent, any title. */
export interface AgentRun {
  readonly end: number;
  readonly agent: ActorEntry | null;
  readonly title: boolean;
}

const DESCRIBING = new Set(['ADJ', 'NOUN', 'PROPN']);

/** Read consecutive agent phrases (skipping words like "senior", "top"); returns the last agent. */
export function agentRun(cx: ActorContext, p: number): AgentRun {
  const { tokens, byStart } = cx;
  const to = cx.s.tokenEnd;
  let q = p;
  let agent: ActorEntry | null = null;
  let title = false;
  for (;;) {
    const m = byStart.get(q);
    if (m && m.entry.kind === 'agent') {
      // agent.nonstate-head: "rebel troops", "militant forces": a state's armed noun after a non-state armed
      // party's noun names that party's fighters, not a state's army.
      const nonstate = agent !== null && m.entry.sector === 'MIL' && !m.entry.title && cx.lex.NONSTATE_SECTORS.has((agent.sector ?? '').slice(0, 3));
      if (!nonstate) agent = m.entry;
      title = title || m.entry.title;
      q = m.end;
      // "Prime Minister-designate Lee": the hyphenated suffix stays part of the title.
      if (m.entry.title && tokens[q]?.norm === '-' && cx.lex.TITLE_SUFFIXES.has(tokens[q + 1]?.norm ?? '')) q += 2;
      continue;
    }
    const t = tokens[q];
    if (t && q < to && cx.lex.SKIPPABLE_ADJ.has(t.norm) && agent === null && byStart.get(q + 1)?.entry.kind === 'agent') { q++; continue; }
    // "Irish nationalist guerrillas", "Sylvanian deputy trade minister", "French paper workers":
    // up to two describing words may stand between a nationality and its sector noun.
    if (t && agent === null && q - p < 2 && q < to && DESCRIBING.has(t.pos) && !byStart.has(q)) {
      const next = byStart.get(q + 1);
      const next2 = byStart.get(q + 2);
      if (next?.entry.kind === 'agent' || (next2?.entry.kind === 'agent' && DESCRIBING.has(tokens[q + 1]?.pos ?? '') && !byStart.has(q + 1))) { q++; continue; }
    }
    break;
  }
  return { end: q, agent, title };
}
