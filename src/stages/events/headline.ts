import type { Token } from '../../model/types.js';

// Headline grammar: "Venezuela releases activists", "Iran signs deal with Syria". wink-nlp tags a present
// -s form after a proper noun as a plural noun when a noun follows it; read as a noun, the sentence would
// have no predicate at all. So the form is the verb where the sentence has no other verb.

const PREDICATE = new Set(['VERB', 'AUX']);

/** headline.predicate: token `i` (an -s form after a proper noun) is its sentence's only possible predicate. */
export function headlinePredicate(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t || !prev || prev.pos !== 'PROPN' || !t.norm.endsWith('s') || t.norm.endsWith('ss')) return false;
  for (let k = i - 1; k >= 0 && tokens[k]?.sentence === t.sentence; k--) if (PREDICATE.has(tokens[k]?.pos ?? '')) return false;
  for (let k = i + 1; k < tokens.length && tokens[k]?.sentence === t.sentence; k++) if (PREDICATE.has(tokens[k]?.pos ?? '')) return false;
  return true;
}
