import type { Doc, Event, Stage } from '../../model/types.js';
import { wordsPattern, type Lexicon } from '../../dictionaries/lexicon.js';

/** The attribution stage: marks events as hedged where the writer doubts the claim or it is only alleged. */
export function createAttributionStage(opts: { lexicon: Lexicon }): Stage {
  const { DOUBT, VERIFY, NEGATION_MARKS } = opts.lexicon;
  const CLAIM_VERBS = wordsPattern(opts.lexicon.CLAIM_FORMS);
  const BACK_REFERENCE = wordsPattern(opts.lexicon.BACK_DETERMINERS, opts.lexicon.REPORT_NOUNS);
  return {
    name: 'attribution',
    version: '1',
    run(doc: Doc): Doc {
      if (doc.events.length === 0) return doc;
      const doubtful = new Map<number, boolean>();
      const sentenceDoubt = (i: number): boolean => {
        const cached = doubtful.get(i);
        if (cached !== undefined) return cached;
        const s = doc.sentences[i];
        let d = false;
        if (s) {
          for (let k = s.tokenStart; k < s.tokenEnd && !d; k++) {
            const t = doc.tokens[k];
            if (!t) continue;
            if (DOUBT.has(t.norm)) d = true;
            // "could not be independently verified"
            else if (VERIFY.has(t.norm)) for (let b = k - 1; b >= Math.max(s.tokenStart, k - 4); b--) if (NEGATION_MARKS.has(doc.tokens[b]?.norm ?? '')) d = true;
          }
        }
        doubtful.set(i, d);
        return d;
      };
      const events = doc.events.map((e): Event => {
        let hedged = sentenceDoubt(e.sentence);
        const next = doc.sentences[e.sentence + 1];
        if (!hedged && e.attribution && next && sentenceDoubt(e.sentence + 1) && BACK_REFERENCE.test(doc.article.text.slice(next.start, next.end))) hedged = true;
        if (!hedged && e.attribution) {
          const s = doc.sentences[e.sentence];
          if (s && CLAIM_VERBS.test(doc.article.text.slice(s.start, e.trigger.start))) hedged = true;
        }
        return hedged ? { ...e, hedged } : e;
      });
      return { ...doc, events };
    },
  };
}
