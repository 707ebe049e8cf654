import type { Mention, Token } from '../../model/types.js';
import { retagged } from '../segment/segment.js';
import { isCap } from './context.js';
import { SHORT_FORM } from './memory.js';

/**
 * actor.name-tokens: a word of a recognised name is a noun, whatever the tagger said: "Human Rights Watch
 * urged", "the Associated Press reported", "IS fighters attacked". Read as a verb, such a word ended the
 * subject before the real verb, or made that verb look like a participle before a noun. Only capitalised
 * words of a name of two or more words, or an acronym, are retagged: a lone common noun ("police") may
 * truly be read otherwise. The tokens come back unchanged (the same array) where no word needs it.
 */
export function nameTokens(tokens: readonly Token[], mentions: readonly Mention[]): readonly Token[] {
  let out: Token[] | null = null;
  for (const m of mentions) {
    for (let k = m.tokenStart; k < m.tokenEnd; k++) {
      const t = (out ?? tokens)[k];
      if (!t || (t.pos !== 'VERB' && t.pos !== 'AUX') || !nameWord(t, m.tokenEnd - m.tokenStart)) continue;
      out ??= tokens.slice();
      out[k] = retagged(t, { pos: 'PROPN', lemma: t.norm });
    }
  }
  return out ?? tokens;
}

/** Whether a token is a word of a name: capitalised in a name of several words, or an acronym. */
function nameWord(t: Token, length: number): boolean {
  return isCap(t) && (length >= 2 || SHORT_FORM.test(t.text));
}
