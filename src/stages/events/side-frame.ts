import type { Mention } from '../../model/types.js';
import type { PatternHit } from './match.js';
import type { SentenceContext } from './context.js';
import type { VerbGroup } from './verbgroup.js';

// The shapes the side rules share (sides.ts, received.ts): what they read and what they give.

/** The actors on each side of an event. */
export interface Sides {
  readonly sources: readonly Mention[];
  readonly targets: readonly Mention[];
}

/** What the side rules of one verb trigger read. */
export interface VerbFrame {
  readonly ctx: SentenceContext;
  readonly hit: PatternHit;
  readonly vg: Pick<VerbGroup, 'start' | 'passive' | 'modality'>;
  /** The verb's subject. */
  readonly subject: readonly Mention[];
  /** The verb's clause. */
  readonly c: number;
  /** Mentions after the trigger in its clause or its complements, outside "according to". */
  readonly after: readonly Mention[];
}

/** A side rule: the sides it decides, or null to let the next rule try. */
export type SideRule = (f: VerbFrame) => Sides | null;
