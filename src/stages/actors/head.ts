import type { RawMatch } from './scan.js';
import type { ActorContext } from './context.js';

// Where a composition rule starts reading at a dictionary phrase: past its possessive ending or "-led".

/** A dictionary phrase as the composition rules read it. */
export interface Head {
  readonly m: RawMatch;
  /** "Iran's": the phrase carries a possessive ending. */
  readonly possessive: boolean;
  /** "Vietnamese-led forces", "US-led coalition forces": the phrase leads the sector noun after "-led". */
  readonly led: boolean;
  /** Where a sector noun may start after the phrase (past a possessive or "-led"). */
  readonly after: number;
}

/** Read the possessive ending and "-led" after a dictionary phrase. */
export function headAt(cx: ActorContext, m: RawMatch): Head {
  const { tokens } = cx;
  const next = tokens[m.end];
  const possessive = cx.lex.POSSESSIVE_MARKS.has(next?.norm ?? '') && next?.text !== 's';
  let after = possessive ? m.end + 1 : m.end;
  const ledBy = m.entry.kind !== 'agent' && m.entry.country !== null && tokens[after]?.norm === '-' && tokens[after + 1]?.norm === 'led';
  // "US-led coalition forces": one noun may stand between "-led" and the sector noun it leads.
  const skip = ledBy && cx.byStart.get(after + 2)?.entry.kind !== 'agent' && tokens[after + 2]?.pos === 'NOUN' ? 1 : 0;
  const led = ledBy && cx.byStart.get(after + 2 + skip)?.entry.kind === 'agent';
  if (led) after += 2 + skip;
  return { m, possessive, led, after };
}
