import type { ActorCoding } from '../../model/types.js';
import { pluralHead, type ActorContext } from './context.js';

// Subject pronouns right after a verb of saying: the body a spokesman speaks for, or the verb's own subject.

/** The verb of saying right before subject pronoun `p`, or before its "that"; -1 where there is none. */
function sayVerbBefore(cx: ActorContext, p: number): number {
  let v = p - 1;
  if (cx.tokens[v]?.norm === 'that') v--;
  const verb = cx.tokens[v];
  return verb && verb.pos === 'VERB' && cx.lex.QUOTE_VERBS.has(verb.lemma) ? v : -1;
}

/**
 * memory.pronoun (represented body): "Houthi spokesman Yahya Sarea said it had carried out the attack": "it"
 * right after a verb of saying (or its "that") whose speaker speaks for a body (lexicon REPRESENTATIVES) is
 * that body, without the speaker's name.
 */
export function representedBody(cx: ActorContext, p: number): ActorCoding | null {
  const { tokens, lex } = cx;
  const v = sayVerbBefore(cx, p);
  if (v < 0) return null;
  const speaker = cx.sentence[cx.sentence.length - 1];
  if (!speaker || speaker.modifier || speaker.tokenEnd > v || v - speaker.tokenEnd > 3 || !(speaker.actor.country || cx.isOrg(speaker.actor.code))) return null;
  // "the Freedonian government spokesman said": the word may follow the body's mention, before the verb.
  for (let k = speaker.tokenEnd; k < v; k++) if (tokens[k]?.pos !== 'NOUN' && tokens[k]?.pos !== 'PROPN') return null;
  for (let k = speaker.tokenStart; k < v; k++) {
    if (!lex.REPRESENTATIVES.has(tokens[k]?.norm ?? '')) continue;
    const { name: _, ...actor } = speaker.actor;
    return actor;
  }
  return null;
}

/**
 * memory.speaker-pronoun: "The army said it had killed 12 militants", "Police said they arrested ten men": "it"
 * or "they" right after a verb of saying (or its "that") is the verb's subject, a body named right before the
 * verb that the sentence has not placed in a country yet (memory.pronoun takes placed ones), not one of a
 * coordination, and for "it" not a plural noun ("the rebels said it").
 */
export function speakerSubject(cx: ActorContext, p: number): ActorCoding | null {
  const { tokens } = cx;
  const v = sayVerbBefore(cx, p);
  const speaker = v < 0 ? undefined : cx.sentence[cx.sentence.length - 1];
  if (!speaker || speaker.modifier || speaker.tokenEnd !== v || speaker.actor.name !== undefined || speaker.actor.country || cx.isOrg(speaker.actor.code)) return null;
  const before = tokens[speaker.tokenStart - 1]?.norm;
  if (before === 'and' || before === 'or' || before === ',') return null;
  const pronoun = tokens[p]?.norm;
  if (pronoun === 'it') return pluralHead(tokens[speaker.tokenEnd - 1]) ? null : speaker.actor;
  return pronoun === 'they' ? speaker.actor : null;
}
