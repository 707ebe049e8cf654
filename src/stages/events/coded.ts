import type { Mention, Modality } from '../../model/types.js';
import type { VerbPattern } from '../../dictionaries/verbs.js';
import type { PatternHit } from './match.js';
import type { Sides } from './sides.js';

// The sentence-level records the event rules pass between them: speech, and hits with their sides.

/** A verb of saying and who said it. */
export interface Speech {
  readonly verb: number;
  readonly speaker: readonly Mention[];
  readonly text: string;
  readonly inverted: boolean;
  /** The {say} pattern the verb matched. */
  readonly pattern?: VerbPattern;
}

/** A pattern hit with its sides, before it becomes one event per source–target pair. */
export interface Coded {
  readonly hit: PatternHit;
  readonly sides: Sides;
  readonly negated: boolean;
  readonly modality: Modality;
  readonly code: string;
  /** A compound subject acts on each other ({mutual}), also when the governing verb said so ("agreed to"). */
  readonly mutual?: boolean;
  /** The act a denial denies: negated as it is, not recoded as a rejection. */
  readonly denied?: boolean;
  /** A modal with "have" ("would have attacked ... if"): a past that did not happen, never a threat. */
  readonly pastModal?: boolean;
  /** "had attacked" outside reported speech: background (ADR 0010). */
  readonly pluperfect?: boolean;
  /** The grammar leaves the agent unsaid: an agentless passive, or a cause for subject ("a bomb killed"). */
  readonly unsaidAgent?: boolean;
}

/** The code of a hit whose trigger is in a sense that is no event (a `-` pattern). */
export const NO_EVENT = '-';

/** Whether a coded hit is an event, not a no-event sense. */
export function isEvent(c: Coded): boolean {
  return c.code !== NO_EVENT;
}
