import type { Token } from '../../model/types.js';

// wink-nlp tags a present participle as a noun when a comma stands before it ("Wang, meeting with X, said"),
// so its event would be lost. After a comma that closes a name, an -ing form with a preposition, determiner
// or name after it is the participle.

const NAME_END = new Set(['PROPN']);
const NEXT = new Set(['ADP', 'DET', 'PROPN', 'NUM']);

/** participle.appositive: token `i` is an -ing participle right after "Name,". */
export function appositiveParticiple(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || !next || !t.norm.endsWith('ing') || !NEXT.has(next.pos)) return false;
  const prev = tokens[i - 1];
  const name = tokens[i - 2];
  return prev !== undefined && prev.norm === ',' && name !== undefined && name.sentence === t.sentence && NAME_END.has(name.pos);
}
