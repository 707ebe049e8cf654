import type { Doc, Event, EventDate, Stage } from '../../model/types.js';
import type { Lexicon } from '../../dictionaries/lexicon.js';
import { compileCalendar, findDates, type DateMention } from './resolve.js';

/** The dates stage: each event takes the date phrase nearest its trigger in its sentence, else the publication date. */
export function createDateResolver(opts: { lexicon: Lexicon }): Stage {
  const cal = compileCalendar(opts.lexicon);
  return {
    name: 'dates',
    version: '1',
    run(doc: Doc): Doc {
      const pub = doc.article.publishedAt;
      if (!pub || doc.events.length === 0) return doc;
      const cache = new Map<number, DateMention[]>();
      const fallback: EventDate = { value: pub, precision: 'day', basis: 'publication' };
      const events = doc.events.map((e): Event => {
        let found = cache.get(e.sentence);
        if (!found) {
          const s = doc.sentences[e.sentence];
          found = s ? findDates(doc.tokens, { from: s.tokenStart, to: s.tokenEnd }, pub, cal) : [];
          cache.set(e.sentence, found);
        }
        let best: DateMention | undefined;
        let bestDist = Infinity;
        for (const d of found) {
          const at = doc.tokens[d.tokenStart]?.start ?? 0;
          const dist = Math.abs(at - e.trigger.start);
          if (dist < bestDist) { best = d; bestDist = dist; }
        }
        return { ...e, date: best ? best.date : fallback };
      });
      return { ...doc, events };
    },
  };
}
