import type { Token } from '../../model/types.js';
import type { Lexicon } from '../../dictionaries/lexicon.js';

/**
 * modality.participle-tag: "promising to", "planning to": the tagger reads some present participles of verbs of
 * intent and threat as an adjective or a noun; before a to-infinitive such a form is the verb, read as its lemma.
 */
export function governingParticiple(t: Token | undefined, lex: Pick<Lexicon, 'INTENT_VERBS' | 'THREAT_VERBS' | 'REFUSAL_VERBS'>): { readonly lemma: string } | undefined {
  if (t === undefined || (t.pos !== 'ADJ' && t.pos !== 'NOUN') || !t.norm.endsWith('ing')) return undefined;
  const stem = t.norm.slice(0, -3);
  const doubled = stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] ? stem.slice(0, -1) : '';
  for (const lemma of [stem, `${stem}e`, doubled]) {
    if (lemma !== '' && (lex.INTENT_VERBS.has(lemma) || lex.THREAT_VERBS.has(lemma) || lex.REFUSAL_VERBS.has(lemma))) return { lemma };
  }
  return undefined;
}
