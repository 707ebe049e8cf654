import type { Mention } from '../../model/types.js';
import type { SentenceContext } from './context.js';
import { group } from './group.js';
import { honorific, nounOwner } from './words.js';

// Who does what a gerund names: the actor right before it, or the object of the verb that governs it.

/** The gerund subject of the -ing verb at `v` (subject.gerund, subject.object-gerund, subject.possessor-gerund), or null. */
export function gerundSubject(ctx: SentenceContext, v: number): Mention[] | null {
  const t = ctx.tokens[v];
  if (!t || t.pos !== 'VERB' || !t.norm.endsWith('ing')) return null;
  return prepositionalGerund(ctx, v) ?? objectGerund(ctx, v) ?? possessorGerund(ctx, v);
}

/**
 * subject.gerund: "followed by Sylvania sending troops", "ended with Freedonia rejecting the offer": an -ing
 * verb right after an actor that a preposition governs (an adverb or two between) is a gerund clause whose subject that actor is.
 */
function prepositionalGerund(ctx: SentenceContext, v: number): Mention[] | null {
  const { tokens } = ctx;
  // An adverb may stand between the actor and its gerund ("with Freedonia strongly criticising").
  let e = v;
  while (e > ctx.from && e > v - 2 && tokens[e - 1]?.pos === 'ADV') e--;
  const m = ctx.mentions.find((x) => x.tokenEnd === e && !x.modifier);
  if (!m) return null;
  let k = beforeName(ctx, m);
  while (k >= ctx.from && tokens[k]?.pos === 'DET') k--;
  // Not after "of" or a preposition of place: "a camp in Jordan giving shelter" is the camp's act.
  const prep = tokens[k];
  return k >= ctx.from && prep?.pos === 'ADP' && prep.norm !== 'of' && !ctx.lex.LOCATIVE_PREPS.has(prep.norm) ? group(ctx.mentions, m, tokens) : null;
}

/**
 * subject.object-gerund: "punished Sylvania for attacking Osterlich", "thanked Freedonia for hosting the talks":
 * a gerund after "for" or "of" that follows a verb's direct object is that object's act, not the subject's.
 */
function objectGerund(ctx: SentenceContext, v: number): Mention[] | null {
  const { tokens } = ctx;
  const prep = tokens[v - 1];
  if (v - 1 <= ctx.from || !prep || !(prep.norm === 'for' || prep.norm === 'of')) return null;
  const m = ctx.mentions.find((x) => x.tokenEnd === v - 1 && !x.modifier);
  if (!m) return null;
  let k = beforeName(ctx, m);
  while (k >= ctx.from && (tokens[k]?.pos === 'DET' || tokens[k]?.pos === 'ADJ')) k--;
  return k >= ctx.from && tokens[k]?.pos === 'VERB' ? group(ctx.mentions, m, tokens) : null;
}

/**
 * subject.possessor-gerund: "Sylvania's reason for attacking Osterlich", "Freedonia's role in arming the rebels":
 * a gerund after "for", "of" or "in" that complements a noun an actor possesses is the possessor's act.
 */
function possessorGerund(ctx: SentenceContext, v: number): Mention[] | null {
  const { tokens } = ctx;
  const prep = tokens[v - 1]?.norm;
  if (v - 3 <= ctx.from || !(prep === 'for' || prep === 'of' || prep === 'in') || tokens[v - 2]?.pos !== 'NOUN' || !ctx.lex.POSSESSIVE_MARKS.has(tokens[v - 3]?.norm ?? '')) return null;
  const m = nounOwner(ctx.tokens, ctx.mentions, v - 2, ctx.lex);
  return m ? [m] : null;
}

/** The token before a mention, past an honorific outside it ("with Mr Firefly"). */
function beforeName(ctx: SentenceContext, m: Mention): number {
  const k = m.tokenStart - 1;
  const title = ctx.tokens[k];
  return k >= ctx.from && title !== undefined && honorific(title, ctx.lex) ? k - 1 : k;
}
