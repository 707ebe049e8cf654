import type { Mention } from '../../model/types.js';
import { isCap, put, titleOfOne, type ActorContext } from './context.js';

// The object-pronoun reference rule and the clause tests it needs (registered in reference.ts's REFERENCE_RULES).

/**
 * memory.object-pronoun: "Kovac welcomed him", "the rebels later released them": an object pronoun after a
 * verb or a preposition is the latest person ("him", "her") or plural actor ("them") of the last two
 * sentences, agreeing with the pronoun a person was already given; not the subject of its own verb (that
 * would be "himself"). A word in between that the pronoun could mean instead stops the search: a name
 * that is no actor for "him"/"her", a plural noun that is none for "them" ("backed the strikes and
 * praised them"). "her" before a noun is a possessive and left to that rule. A person named by a title of one
 * (`title: yes`: "expelled the German ambassador and accused him") is one too, in its own sentence only.
 */
export const objectPronoun = (cx: ActorContext, p: number): number => {
  const { tokens, lex, mem } = cx;
  const t = tokens[p];
  if (!t || !lex.OBJECT_PRONOUNS.has(t.norm) || t.pos !== 'PRON') return -1;
  const prev = tokens[p - 1];
  const next = tokens[p + 1];
  // "many of them", "one of them, Kovac": a partitive picks some of a group, no actor of its own.
  if (!prev || !(prev.pos === 'VERB' || prev.pos === 'ADP') || prev.norm === 'of') return -1;
  if (t.norm === 'her' && next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ' || next.pos === 'NUM')) return -1;
  const pronoun = t.norm === 'him' ? 'he' : t.norm === 'her' ? 'she' : null;
  // The clause's own actors, by name too: "Kovac spoke. Kovac praised him" is not Kovac.
  const own = new Set<string>();
  for (const m of cx.sentence) if (m.tokenEnd <= p && subjectOf(cx, m, p)) own.add(m.actor.name ?? m.actor.code);
  let covered = p;
  for (let i = cx.all.length - 1; i >= 0; i--) {
    const m = cx.all[i];
    if (!m || m.sentence < cx.s.index - 2) break;
    if (m.tokenEnd > p || m.modifier) continue;
    if (rivalBetween(cx, { from: m.tokenEnd, to: covered }, pronoun !== null)) return -1;
    covered = m.tokenStart;
    const fits = pronoun ? (m.actor.name !== undefined ? (mem.genders.get(m.actor.name) ?? pronoun) === pronoun : titledHere(cx, m)) : !m.actor.name && (pluralNoun(tokens[m.tokenEnd - 1]) || pluralHeadBefore(cx, m)) && (m.actor.country !== undefined || cx.isOrg(m.actor.code));
    if (!fits || subjectOf(cx, m, p) || (m.actor.name !== undefined && own.has(m.actor.name))) continue;
    put(cx, p, p + 1, { actor: m.actor, rule: cx.rules.objectPronoun });
    return p + 1;
  }
  return -1;
};

// The tags of the words a title's phrase may hold before it ("the first sitting senator").
const TITLE_PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'VERB']);

/**
 * Whether `m` is a title of one person (agents.txt `title: yes`) in the pronoun's own sentence that refers to
 * someone: not a predicate ("was the first senator to"), nor an office sought or held ("running for president").
 */
function titledHere(cx: ActorContext, m: Mention): boolean {
  if (m.sentence !== cx.s.index || !titleOfOne(cx, m.rule)) return false;
  let k = m.tokenStart - 1;
  while (k >= 0 && TITLE_PHRASE_TAGS.has(cx.tokens[k]?.pos ?? '')) k--;
  const before = cx.tokens[k]?.norm ?? '';
  return !(cx.lex.BE_FORMS.has(before) || before === 'as' || before === 'for');
}

/** Whether tokens [from, to), outside every mention, hold what an object pronoun could mean instead: a name ("him") or a plural noun ("them"). */
function rivalBetween(cx: ActorContext, span: { readonly from: number; readonly to: number }, person: boolean): boolean {
  for (let k = span.from; k < span.to; k++) {
    const t = cx.tokens[k];
    if (!t) continue;
    // "met Kovac in Fredville and asked him": a place after a locative preposition is no person.
    if (person && cx.lex.LOCATIVE_PREPS.has(cx.tokens[k - 1]?.norm ?? '')) continue;
    if (person ? t.pos === 'PROPN' && isCap(t) : pluralNoun(t)) return true;
  }
  return false;
}

/**
 * Whether mention `m` is in the clause of the pronoun at `p`, as its subject or an earlier object ("Kovac
 * bashed and criticised him", "urged Kovac to call him"): in its sentence with no clause boundary between
 * (a comma, a subordinator or relative pronoun, a conjunction before a new subject, or a verb of saying
 * whose reported clause holds the pronoun: "the rebels said the army attacked them" is the rebels).
 */
function subjectOf(cx: ActorContext, m: Mention, p: number): boolean {
  if (m.sentence !== cx.s.index) return false;
  const object = objectOfVerb(cx, m);
  for (let k = m.tokenEnd; k < p; k++) {
    const t = cx.tokens[k];
    if (!t) continue;
    if (t.norm === ',' || t.norm === ';' || t.pos === 'SCONJ' || cx.lex.RELATIVE.has(t.norm)) return false;
    // "met Kovac in Fredville and asked him": the object of one verb is not in the clause of a verb coordinated after it.
    if (object && t.pos === 'CCONJ' && (cx.tokens[k + 1]?.pos === 'VERB' || (cx.tokens[k + 1]?.pos === 'ADV' && cx.tokens[k + 2]?.pos === 'VERB'))) return false;
    if (t.pos === 'VERB' && cx.lex.SAY_BARE_COMPLEMENT.has(t.lemma) && reportedSubjectAfter(cx, k + 1, p)) return false;
  }
  // A later subject of a verb of its own, not coordinated with `m`, starts the clause the pronoun is in
  // ("Lee is innocent after the army charged him": the army's clause, so Lee may be meant).
  for (const m2 of cx.sentence) {
    if (m2.tokenStart < m.tokenEnd || m2.tokenEnd > p) continue;
    const next = cx.tokens[m2.tokenEnd];
    let b = m2.tokenStart - 1;
    while (cx.tokens[b]?.pos === 'DET') b--;
    const before = cx.tokens[b]?.norm ?? '';
    if ((next?.pos === 'VERB' || next?.pos === 'AUX') && before !== 'and' && before !== 'or' && before !== 'nor') return false;
  }
  return true;
}

/** Whether a mention is the direct object of the verb right before it (determiners and adjectives aside). */
function objectOfVerb(cx: ActorContext, m: Mention): boolean {
  let k = m.tokenStart - 1;
  while (k > cx.s.tokenStart && (cx.tokens[k]?.pos === 'DET' || cx.tokens[k]?.pos === 'ADJ')) k--;
  return cx.tokens[k]?.pos === 'VERB';
}

/** Whether a new subject (a mention or a subject pronoun) stands in [from, to): the start of a reported clause. */
function reportedSubjectAfter(cx: ActorContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = cx.tokens[k];
    if (cx.byStart.has(k) || (t !== undefined && cx.lex.SUBJECT_PRONOUNS.has(t.norm))) return true;
  }
  return false;
}

const PLURAL_SHAPE = /[a-z]{3}[^su]s$/;

/**
 * Whether the mention completes a plural head outside it: "observers from the League", "envoys of
 * Sylvania" are people of that actor, whom a later "them" may mean.
 */
function pluralHeadBefore(cx: ActorContext, m: Mention): boolean {
  let k = m.tokenStart - 1;
  while (cx.tokens[k]?.pos === 'DET') k--;
  const prep = cx.tokens[k]?.norm;
  if (prep !== 'from' && prep !== 'of') return false;
  const head = cx.tokens[k - 1];
  // A head that is an actor itself ("militants from the group") is the antecedent, not its complement.
  if (cx.sentence.some((o) => o.tokenStart <= k - 1 && o.tokenEnd > k - 1)) return false;
  // A capitalised first word ("Observers from ...") is tagged a name, which wink does not lemmatise.
  return pluralNoun(head) || (head?.pos === 'PROPN' && PLURAL_SHAPE.test(head.norm));
}

/** Whether a token is a plural noun ("rebels", "Sylvanians", "strikes"), what "them" may mean. */
function pluralNoun(t: { readonly pos: string; readonly norm: string; readonly lemma: string } | undefined): boolean {
  return t !== undefined && (t.pos === 'NOUN' || t.pos === 'PROPN') && t.norm.endsWith('s') && t.lemma !== t.norm;
}
