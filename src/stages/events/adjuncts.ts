import type { Token } from '../../model/types.js';
import type { SentenceContext } from './context.js';
import { isEvent, type Coded } from './coded.js';
import { isAdjunct } from './hits.js';

/**
 * hits.adjunct: ", urging X to ...": a participial adjunct elaborates the main clause, coded only when the sentence
 * has no main-clause event; not a reaction it draws ({received}: ", drawing a rebuke from X"), which is X's act.
 * An adjunct goes with everything up to its closing comma (", charging X with supporting Y,").
 */
export function dropAdjuncts(ctx: SentenceContext, local: Coded[]): void {
  const { tokens, from, to } = ctx;
  const frames = ctx.lex.SPEECH_FRAME_VERBS;
  const adjunct = local.map((c) => isAdjunct(tokens, c.hit.trigger, from, frames));
  if (!local.some((c, k) => isEvent(c) && !adjunct[k])) return;
  let dropEnd = -1;
  const kept = local.filter((c, k) => {
    const v = c.hit.trigger;
    if (adjunct[k] && !accusesObject(c) && c.hit.pattern.received !== true) {
      dropEnd = closingComma(tokens, v, to);
      return false;
    }
    return v > dropEnd || announcedAct(c);
  });
  local.splice(0, local.length, ...kept);
}

/**
 * hits.adjunct-intent: ", vowing to retaliate against X", ", threatening to expel X": the act an adjunct of
 * intention or threat announces is the subject's own statement, a new event beside the main clause's.
 */
function announcedAct(c: Coded): boolean {
  return c.modality === 'intended' || c.modality === 'threatened';
}

/** The last token before the comma or semicolon that closes the adjunct opened at `v` (or the sentence's last). */
function closingComma(tokens: readonly Token[], v: number, to: number): number {
  let end = v;
  while (end + 1 < to && tokens[end + 1]?.norm !== ',' && tokens[end + 1]?.norm !== ';') end++;
  return end;
}

/**
 * hits.adjunct-accusation: ", accusing Sylvania of ...": an accusation of the actor named right after the
 * verb is the subject's own statement, not an elaboration of its act.
 */
function accusesObject(c: Coded): boolean {
  const t = c.sides.targets[0];
  return t !== undefined && c.code.startsWith('112') && t.tokenStart > c.hit.triggerEnd && t.tokenStart <= c.hit.triggerEnd + 2;
}
