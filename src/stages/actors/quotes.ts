import type { Mention } from '../../model/types.js';
import { agentRun, code, put, type ActorContext } from './context.js';

// First person inside a quotation is its speaker: '"We will not yield," Kovac said' makes "We" Kovac's
// actor, and "our army" his country's army. The speaker is the actor tagged by a verb of saying right after
// the closing mark or right before the opening one; a quotation running over several sentences keeps the
// speaker found in its first sentence.

/** The quotation state carried from sentence to sentence. */
export interface QuoteState {
  /** A quotation is open at the start of the next sentence. */
  open: boolean;
  /** Its speaker, when one was found. */
  speaker: Mention | null;
  /** Sentences read since the last quotation mark. */
  age: number;
}

/** An open quotation unmarked for longer than this many sentences is a lost closing mark, not a long quote. */
const MAX_CARRY = 2;

/** Whether a token is a double quotation mark; `1` opens, `-1` closes, `0` may do either. */
function markOf(text: string): number | null {
  if (text === '“') return 1;
  if (text === '”') return -1;
  return text === '"' || text === '``' || text === "''" ? 0 : null;
}

/** Whether the token at `k` is a verb of saying that tags a quotation ("said", "added", "told"). */
function saying(cx: ActorContext, k: number): boolean {
  const t = cx.tokens[k];
  return t !== undefined && t.pos === 'VERB' && cx.lex.QUOTE_VERBS.has(t.lemma);
}

/** The speaker tagged right after a closing mark at `c`: '," Kovac said' or '," said Kovac'. */
function speakerAfter(cx: ActorContext, c: number): Mention | null {
  for (const m of cx.sentence) {
    if (m.modifier || m.tokenStart <= c || m.tokenStart > c + 3) continue;
    if (saying(cx, m.tokenEnd) || saying(cx, m.tokenStart - 1)) return m;
  }
  return null;
}

/**
 * The speaker tagged right before an opening mark at `o`: 'Kovac said: "' or 'Kovac told reporters, "'; after a
 * colon the tag may hold an adjunct too ('Kovac said in a speech on Monday: "').
 */
function speakerBefore(cx: ActorContext, o: number): Mention | null {
  let best: Mention | null = null;
  const reach = cx.tokens[o - 1]?.norm === ':' ? 10 : 5;
  for (const m of cx.sentence) {
    if (m.modifier || m.tokenEnd > o || o - m.tokenEnd > reach) continue;
    for (let k = m.tokenEnd; k < o; k++) if (saying(cx, k)) { best = m; break; }
  }
  return best;
}

/** Whether a first-person token is written as one ("We", "our", "I"), not the country "US". */
function firstPerson(cx: ActorContext, k: number): boolean {
  const t = cx.tokens[k];
  return t !== undefined && t.pos === 'PRON' && cx.lex.FIRST_PERSON.has(t.norm) && t.text.slice(1) === t.norm.slice(1);
}

/**
 * memory.quote-speaker: code the first-person words of the sentence's quotations as their speaker, and
 * carry the quotation state to the next sentence. Mentions are kept in reading order.
 */
export function resolveFirstPerson(cx: ActorContext, q: QuoteState): void {
  const { tokens } = cx;
  if (q.age > MAX_CARRY) { q.open = false; q.speaker = null; }
  let open = q.open;
  let opened = -1;
  let closed = -1;
  let inside: number[] | null = null;
  for (let k = cx.s.tokenStart; k < cx.s.tokenEnd; k++) {
    const t = tokens[k];
    if (!t) break;
    const mark = markOf(t.text);
    if (mark !== null) {
      open = mark === 1 ? true : mark === -1 ? false : !open;
      if (open && opened < 0) opened = k;
      if (!open) closed = k;
    } else if (open && firstPerson(cx, k)) (inside ??= []).push(k);
  }
  // The speaker is needed only for first person here or for a quotation that runs on.
  const tagged = inside || open ? (closed >= 0 ? speakerAfter(cx, closed) : null) ?? (opened >= 0 ? speakerBefore(cx, opened) : null) : null;
  const speaker = tagged ?? (q.open ? q.speaker : null);
  const count = cx.sentence.length;
  if (inside && speaker && (speaker.actor.country || cx.isOrg(speaker.actor.code))) {
    // A speaker's "we" is no new mention of the country: the article's country counts stay as they were.
    const counted = cx.mem.countries.length;
    for (const k of inside) codeFirstPerson(cx, k, speaker);
    cx.mem.countries.length = counted;
  }
  q.age = opened >= 0 || closed >= 0 ? 0 : q.age + 1;
  q.open = open;
  q.speaker = open ? speaker : null;
  if (cx.sentence.length > count) inReadingOrder(cx, count);
}

/** "we"/"us"/"I": the speaker; "our army": the speaker's country with the sector; "our country": the country. */
function codeFirstPerson(cx: ActorContext, k: number, speaker: Mention): void {
  const rule = cx.rules.quoteSpeaker;
  const country = speaker.actor.country;
  if (!cx.lex.FIRST_PERSON_OWNER.has(cx.tokens[k]?.norm ?? '')) {
    put(cx, k, k + 1, { actor: speaker.actor, rule });
    return;
  }
  if (!country) return;
  const ar = agentRun(cx, k + 1);
  if (ar.agent) {
    dropWithin(cx, k, ar.end);
    put(cx, k, ar.end, { actor: code(country, ar.agent.sector), rule });
  }
  else if (cx.lex.COUNTRY_HEADS.has(cx.tokens[k + 1]?.norm ?? '')) put(cx, k, k + 2, { actor: code(country, null), rule });
}

/** Drop the sentence's mentions inside tokens [from, to) ("army" of "our army"), from the article's list too. */
function dropWithin(cx: ActorContext, from: number, to: number): void {
  for (let i = cx.sentence.length - 1; i >= 0; i--) {
    const m = cx.sentence[i];
    if (!m || m.tokenStart < from || m.tokenEnd > to) continue;
    cx.sentence.splice(i, 1);
    const j = cx.all.lastIndexOf(m);
    if (j >= 0) cx.all.splice(j, 1);
  }
}

/** Re-sort the sentence's mentions (and the article's tail) after mentions were added out of order. */
function inReadingOrder(cx: ActorContext, before: number): void {
  if (before === 0 && cx.sentence.length < 2) return;
  const byStart = (a: Mention, b: Mention): number => a.tokenStart - b.tokenStart || a.id - b.id;
  cx.sentence.sort(byStart);
  const n = cx.sentence.length;
  cx.all.splice(cx.all.length - n, n, ...cx.sentence);
}
