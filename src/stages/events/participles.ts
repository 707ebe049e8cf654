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

/**
 * object.adjunct-boundary: where an adjunct of the subject's own statement or intent begins after the verb's
 * object (", vowing to attack X", ", calling on X to act", ", saying X must"): its actors are that act's, not the
 * verb's objects. A participle of a speech act (lexicon SPEAKER_ADJUNCTS, SAY_BARE_COMPLEMENT) or of intent or threat
 * opens one; an adjunct that carries the same act on (", inflicting losses on X", ", killing X") does not.
 * Infinity when there is none.
 */
export function adjunctStart(tokens: readonly Token[], range: { readonly from: number; readonly to: number }, lex: AdjunctWords): number {
  for (let k = range.from; k < range.to; k++) {
    if (tokens[k]?.norm !== ',') continue;
    let q = k + 1;
    while (tokens[q]?.pos === 'ADV' && q < k + 3) q++;
    const t = tokens[q];
    if (t !== undefined && t.pos === 'VERB' && t.norm.endsWith('ing') && ownAct(t.lemma, lex)) return q;
  }
  return Infinity;
}

type AdjunctWords = Pick<Lexicon, 'SPEAKER_ADJUNCTS' | 'SAY_BARE_COMPLEMENT' | 'INTENT_VERBS' | 'THREAT_VERBS'>;

function ownAct(lemma: string, lex: AdjunctWords): boolean {
  return lex.SPEAKER_ADJUNCTS.has(lemma) || lex.SAY_BARE_COMPLEMENT.has(lemma) || lex.INTENT_VERBS.has(lemma) || lex.THREAT_VERBS.has(lemma);
}
