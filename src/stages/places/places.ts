import type { Doc, Event, Mention, Place, Stage, Token } from '../../model/types.js';
import { rankPlaces, type Gazetteer } from './gazetteer.js';

const CALENDAR = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const PLACE_PREPS = new Set(['in', 'at', 'near', 'outside', 'inside', 'around', 'across', 'from']);

function isCap(t: Token | undefined): boolean {
  return t !== undefined && /^\p{Lu}/u.test(t.text) && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ');
}

interface Found { readonly at: number; readonly end: number; readonly place: Place }

// Force (15, 17-20) with no named target is aimed at the country where it happens, when that is not the
// actor's own: "Israeli tanks fired at targets in Jericho" (as capitals already are, and as in GDELT).
const FORCE_ROOTS = new Set(['15', '17', '18', '19', '20']);
const PLACE_RULE = { file: 'src/stages/places/places.ts', line: 0, id: 'place.country' };

/** The places stage: "in/at/near PLACE" phrases, geocoded offline and ranked by the article's countries. */
export function createPlaceResolver(opts: { gazetteer: Gazetteer }): Stage {
  const gaz = opts.gazetteer;

  function placesIn(doc: Doc, from: number, to: number, countries: ReadonlySet<string>): Found[] {
    const out: Found[] = [];
    const tokens = doc.tokens;
    for (let i = from; i < to; i++) {
      if (!PLACE_PREPS.has(tokens[i]?.norm ?? '')) continue;
      let j = i + 1;
      if (tokens[j]?.norm === 'the') j++;
      // "in March 2001", "on Monday": calendar words are no places (March is also a town in England).
      if (!isCap(tokens[j]) || CALENDAR.has(tokens[j]?.norm ?? '')) continue;
      // Longest capitalised run that the gazetteer knows, e.g. "Deir ez-Zor", "New York".
      let key = '';
      let hit: Found | undefined;
      for (let k = j; k < Math.min(to, j + 5); k++) {
        const t = tokens[k];
        if (!t || (k > j && !isCap(t) && t.norm !== '-' && t.norm !== 'al' && t.norm !== 'ez')) break;
        key = key ? `${key} ${t.norm}` : t.norm;
        const cands = gaz.lookup(key);
        if (cands) {
          const best = rankPlaces(cands, countries);
          const startTok = tokens[j];
          if (best && startTok) {
            hit = { at: j, end: k + 1, place: { name: doc.article.text.slice(startTok.start, t.end), country: best.country, lat: round(best.lat), lon: round(best.lon), geonameId: best.geonameId, span: { start: startTok.start, end: t.end } } };
          }
        } else if (!gaz.hasPrefix(key)) break;
      }
      if (hit) out.push(hit);
    }
    return out;
  }

  return {
    name: 'places',
    version: '1',
    run(doc: Doc): Doc {
      if (doc.events.length === 0) return doc;
      const countries = new Set<string>();
      for (const m of doc.mentions) if (m.actor.country) countries.add(m.actor.country);
      const cache = new Map<number, Found[]>();
      const mentionAt = new Map<number, string | null>();
      for (const m of doc.mentions) mentionAt.set(m.tokenStart, m.actor.country ?? null);
      const events = doc.events.map((e): Event => {
        let found = cache.get(e.sentence);
        if (!found) {
          const s = doc.sentences[e.sentence];
          found = s ? placesIn(doc, s.tokenStart, s.tokenEnd, countries) : [];
          cache.set(e.sentence, found);
        }
        if (found.length === 0) return e;
        // The place phrase after the trigger is most often the event's; else the nearest before it.
        const trig = e.trigger.start;
        const afterT = found.find((f) => (doc.tokens[f.at]?.start ?? 0) > trig);
        const pick = afterT ?? found[found.length - 1];
        if (!pick) return e;
        // A place named by an actor ("near Macedonia's border") is that actor's country, whatever town shares the name.
        const named = mentionAt.get(pick.at);
        const where = named !== undefined ? named : pick.place.country;
        const from = e.source?.actor.country;
        if (e.target === null && where && from && where !== from && !e.negated && FORCE_ROOTS.has((e.cameo ?? '').slice(0, 2))) {
          const span = pick.place.span ?? { start: 0, end: 0 };
          const target: Mention = { id: -1, sentence: e.sentence, tokenStart: pick.at, tokenEnd: pick.end, start: span.start, end: span.end, text: pick.place.name, actor: { code: where, country: where }, rule: PLACE_RULE, modifier: false };
          return { ...e, place: pick.place, target };
        }
        return { ...e, place: pick.place };
      });
      return { ...doc, events };
    },
  };
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
