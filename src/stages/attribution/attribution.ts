import type { Attribution, Doc, Event, Mention, Report, Stage, Trigger } from '../../model/types.js';
import { wordsPattern, type Lexicon } from '../../dictionaries/lexicon.js';

// Who an event is attributed to, and whether the writer hedges it: the attribution stage reads the
// sentence's reports (found by the events stage with its clause map) and the doubt words of the lexicon.

/** The attribution stage: attributes events to who the sentence cites and marks those the writer doubts. */
export function createAttributionStage(opts: { lexicon: Lexicon }): Stage {
  const lex = opts.lexicon;
  const CLAIM_VERBS = wordsPattern(lex.CLAIM_FORMS);
  const BACK_REFERENCE = wordsPattern(lex.BACK_DETERMINERS, lex.REPORT_NOUNS);

  /** hedge.doubt: a doubt word, or "could not be verified", anywhere in the sentence. */
  function doubts(doc: Doc, i: number): boolean {
    const s = doc.sentences[i];
    if (!s) return false;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const t = doc.tokens[k];
      if (!t) continue;
      if (lex.DOUBT.has(t.norm)) return true;
      if (lex.VERIFY.has(t.norm)) for (let b = k - 1; b >= Math.max(s.tokenStart, k - 4); b--) if (lex.NEGATION_MARKS.has(doc.tokens[b]?.norm ?? '')) return true;
    }
    return false;
  }

  /**
   * hedge: an attributed event is hedged when its sentence doubts it, when the next sentence doubts
   * "such reports", or when it is only claimed ("X claimed that ...").
   */
  function hedged(doc: Doc, e: Event, doubtful: (i: number) => boolean): boolean {
    if (doubtful(e.sentence)) return true;
    if (!e.attribution) return false;
    const next = doc.sentences[e.sentence + 1];
    if (next && doubtful(e.sentence + 1) && BACK_REFERENCE.test(doc.article.text.slice(next.start, next.end))) return true;
    const s = doc.sentences[e.sentence];
    return s !== undefined && CLAIM_VERBS.test(doc.article.text.slice(s.start, e.trigger.start));
  }

  return {
    name: 'attribution',
    version: '1',
    run(doc: Doc): Doc {
      if (doc.events.length === 0) return doc;
      const cache = new Map<number, boolean>();
      const doubtful = (i: number): boolean => {
        let d = cache.get(i);
        if (d === undefined) cache.set(i, (d = doubts(doc, i)));
        return d;
      };
      const bySentence = new Map<number, Report[]>();
      for (const r of doc.reports) {
        const l = bySentence.get(r.sentence) ?? [];
        l.push(r);
        bySentence.set(r.sentence, l);
      }
      const triggers = new Map<number, Trigger[]>();
      for (const t of doc.triggers) {
        const l = triggers.get(t.span.start) ?? [];
        l.push(t);
        triggers.set(t.span.start, l);
      }
      const events = doc.events.map((e): Event => {
        // Two reports may each make a demand of one modal ("said he thought X should"): the trigger whose
        // subject is the event's source is its own.
        const at = triggers.get(e.trigger.start);
        const subject = (at?.find((t) => t.subject !== null && t.subject.id === e.source?.id) ?? at?.[0])?.subject ?? null;
        const attribution = attributionOf(doc, { event: e, subject }, bySentence.get(e.sentence) ?? []);
        const withAttribution = attribution === e.attribution ? e : { ...e, attribution };
        return hedged(doc, withAttribution, doubtful) ? { ...withAttribution, hedged: true } : withAttribution;
      });
      return { ...doc, events };
    },
  };
}

/**
 * attribution: "according to X" in the sentence, else the nearest verb of saying before the trigger,
 * else an inverted one after it (", officials said"); none when the one cited is the trigger's subject.
 */
export function attributionOf(doc: Pick<Doc, 'tokens'>, coded: { readonly event: Event; readonly subject: Mention | null }, reports: readonly Report[]): Attribution | null {
  const { event: e, subject: src } = coded;
  const make = (m: Mention): Attribution | null => (src && m.actor.code === src.actor.code && m.id === src.id ? null : { text: m.text, code: m.actor.code || null, span: { start: m.start, end: m.end } });
  let best: Report | undefined;
  let after: Report | undefined;
  for (const r of reports) {
    if (r.kind === 'according') {
      const m = r.speakers[0];
      if (m) return make(m);
      continue;
    }
    const at = doc.tokens[r.token]?.start ?? 0;
    if (at < e.trigger.start) best = r;
    else if (at > e.trigger.start && r.kind === 'inverted') after ??= r;
  }
  const chosen = best ?? after;
  const speaker = chosen?.speakers[0];
  if (!chosen || !speaker || (src && chosen.speakers.some((m) => m.id === src.id))) return null;
  return make(speaker);
}
