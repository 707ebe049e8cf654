import type { Mention } from '../../model/types.js';
import { intentCode, threatCode } from '../../ontology/intent.js';
import { extend } from '../../model/extend.js';
import type { Coded, Speech } from './coded.js';

// demand.own-side: a speaker's "should" for its own side states what that side means to do, not a demand.

/** Whether the modal's subjects are the speaker's own country as a whole ("Obama said the United States should"). */
export function ownSide(subjects: readonly Mention[], sp: Speech): boolean {
  return subjects.every((m) => m.actor.code === m.actor.country && sp.speaker.some((s) => s.actor.country === m.actor.country));
}

/**
 * demand.own-side: "Obama said the United States should strike Sylvania": a speaker's "should" for its own
 * country states what that country intends (CAMEO's 03/13 codes, as a plan would), not a demand; nothing
 * without an act in the modal's clause.
 */
export function intendedByOwnSide(local: Coded[], inner: number, subjects: Mention[]): boolean {
  const e = local[inner];
  const code = e ? intentCode(e.code) ?? threatCode(e.code) : null;
  if (!e || code === null) return false;
  local[inner] = extend(e, { code, modality: 'intended', sides: { sources: subjects, targets: e.sides.targets } });
  return true;
}

/**
 * demand.own-side-mutual: "Tillerson said Trump and Xi should meet": where the speaker's own side is one party
 * of a mutual act (a meeting, talks) the modal's subjects share, that side proposes it to the others (036),
 * demanding nothing of them. False, changing nothing, where that is not so.
 */
export function proposedByOwnSide(local: Coded[], inner: number, at: { readonly subjects: readonly Mention[]; readonly speaker: readonly Mention[] }): boolean {
  const e = local[inner];
  const own = at.subjects.filter((m) => m.actor.country !== undefined && at.speaker.some((s) => s.actor.country === m.actor.country));
  const code = e?.hit.pattern.mutual ? intentCode(e.code) : null;
  if (!e || code === null || own.length === 0 || own.length === at.subjects.length) return false;
  local[inner] = extend(e, { code, modality: 'intended', sides: { sources: own, targets: at.subjects.filter((m) => !own.includes(m)) } });
  return true;
}
