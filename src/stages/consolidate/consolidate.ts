import type { Doc, Event, Mention, Stage } from '../../model/types.js';

/**
 * Who a side is at the article level: its country, or for an actor of none its first six code letters, so
 * that two organisations (IGOEU, IGOUNO; IMGISI, IMGALQ) stay apart while one named more precisely later
 * (IGOUNO, IGOUNOPKO) is still the same.
 */
function party(m: Mention | null | undefined): string {
  return m ? m.actor.country || m.actor.code.slice(0, 6) : '-';
}

/** The CAMEO root, or for an incident CAMEO has no code for, its ACLED-style type. */
function root(e: Event): string {
  return e.cameo !== null ? e.cameo.slice(0, 2) : `acled:${e.acled ?? ''}`;
}

function compatibleDates(a: Event, b: Event): boolean {
  if (!a.date || !b.date || a.date.basis === 'publication' || b.date.basis === 'publication') return true;
  return a.date.value.startsWith(b.date.value) || b.date.value.startsWith(a.date.value);
}

/**
 * A later report refines the kept actor only when it names the same actor more precisely (SYL → SYLGOV);
 * the reverse of a mutual act between two bodies of one country (SYLMED ↔ SYLMIL) names the other one.
 */
function refine(kept: Mention | null, later: Mention | null): Mention | null {
  return kept && later && later.actor.code.length > kept.actor.code.length && later.actor.code.startsWith(kept.actor.code) ? later : kept;
}

/**
 * The consolidate stage: an article that reports one real-world event several times (headline, lede,
 * detail) yields it once, as analysts and the annotation guide expect: same source and target country,
 * same CAMEO root, same negation, both hypothetical or neither, both background or neither, and compatible dates. The first report is kept; a more specific actor
 * code, a text date or a place from a later report fills in what it lacked. Actors compare by country (`party`) because
 * an article names them more or less specifically from report to report (docs/dedup.md: the article-level key).
 */
export function createConsolidator(): Stage {
  return {
    name: 'consolidate',
    version: '1',
    run(doc: Doc): Doc {
      if (doc.events.length < 2) return doc;
      const out: Event[] = [];
      for (const e of doc.events) {
        const i = out.findIndex((k) =>
          root(k) === root(e) && k.negated === e.negated && (k.modality === 'hypothetical') === (e.modality === 'hypothetical') &&
          (k.background === undefined) === (e.background === undefined) &&
          party(k.source) === party(e.source) && party(k.target) === party(e.target) && compatibleDates(k, e));
        const k = out[i];
        if (!k) { out.push(e); continue; }
        // The reverse of a mutual act between two bodies of one country adds nothing to the kept event.
        if (e.source && e.target && e.source.id === k.target?.id && e.target.id === k.source?.id) continue;
        out[i] = {
          ...k,
          source: refine(k.source, e.source),
          target: refine(k.target, e.target),
          date: k.date?.basis === 'text' || !e.date ? k.date : e.date,
          place: k.place ?? e.place,
          hedged: k.hedged && e.hedged,
          attribution: k.attribution ?? e.attribution,
        };
      }
      return out.length === doc.events.length ? doc : { ...doc, events: out };
    },
  };
}
