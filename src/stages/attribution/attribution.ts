import type { Attribution, Doc, Event, Mention, Report, Stage, Trigger } from '../../model/types.js';
import { wordsPattern, type Lexicon } from '../../dictionaries/lexicon.js';

// Who an event is attributed to, and whether the writer hedges it: the attribution stage reads the
// sentence's reports (found by the events stage with its clause map) and the doubt words of the lexicon.

/** The attribution stage: attributes events to who the sentence cites and marks those the writer doubts. */
export function createAttributionStage(opts: { lexicon: Lexicon }): Stage {
  const words: DoubtWords = { lex: opts.lexicon, claim: wordsPattern(opts.lexicon.CLAIM_FORMS), backReference: wordsPattern(opts.lexicon.BACK_DETERMINERS, opts.lexicon.REPORT_NOUNS) };
  return {
    name: 'attribution',
    version: '1',
    run(doc: Doc): Doc {
      if (doc.events.length === 0) return doc;
      const cache = new Map<number, boolean>();
      const doubtful = (i: number): boolean => {
        let d = cache.get(i);
        if (d === undefined) cache.set(i, (d = doubts(doc, i, words.lex)));
        return d;
      };
      const reports = bySentence(doc.reports);
      const subjectOf = triggerSubjects(doc.triggers);
      const events = doc.events.map((e): Event => {
        const attribution = attributionOf(doc, { event: e, subject: subjectOf(e) }, reports.get(e.sentence) ?? []);
        const withAttribution = attribution === e.attribution ? e : { ...e, attribution };
        return hedged(doc, withAttribution, { words, doubtful }) ? { ...withAttribution, hedged: true } : withAttribution;
      });
      return { ...doc, events };
    },
  };
}

/** The doubt words and the patterns compiled from them. */
interface DoubtWords {
  readonly lex: Lexicon;
  /** "claimed", "alleges": a statement only claimed. */
  readonly claim: RegExp;
  /** "such reports", "these claims": a sentence that refers back to a report. */
  readonly backReference: RegExp;
}

function bySentence(reports: readonly Report[]): Map<number, Report[]> {
  const out = new Map<number, Report[]>();
  for (const r of reports) {
    const l = out.get(r.sentence) ?? [];
    l.push(r);
    out.set(r.sentence, l);
  }
  return out;
}

/** The subject of an event's trigger. Two reports may each make a demand of one modal ("said he thought X should"): the trigger whose subject is the event's source is its own. */
function triggerSubjects(triggers: readonly Trigger[]): (e: Event) => Mention | null {
  const at = new Map<number, Trigger[]>();
  for (const t of triggers) {
    const l = at.get(t.span.start) ?? [];
    l.push(t);
    at.set(t.span.start, l);
  }
  return (e) => {
    const ts = at.get(e.trigger.start);
    return (ts?.find((t) => t.subject !== null && t.subject.id === e.source?.id) ?? ts?.[0])?.subject ?? null;
  };
}

/** hedge.doubt: a doubt word, or "could not be verified", anywhere in the sentence. */
function doubts(doc: Doc, i: number, lex: Lexicon): boolean {
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
 * hedge: an event is hedged when its sentence doubts it; an attributed one also when the next sentence
 * doubts "such reports", or when it is only claimed ("X claimed that ...").
 */
function hedged(doc: Doc, e: Event, how: { readonly words: DoubtWords; readonly doubtful: (i: number) => boolean }): boolean {
  if (how.doubtful(e.sentence)) return true;
  if (!e.attribution) return false;
  const next = doc.sentences[e.sentence + 1];
  if (next && how.doubtful(e.sentence + 1) && how.words.backReference.test(doc.article.text.slice(next.start, next.end))) return true;
  const s = doc.sentences[e.sentence];
  return s !== undefined && how.words.claim.test(doc.article.text.slice(s.start, e.trigger.start));
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
