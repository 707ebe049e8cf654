import type { Doc, Event, Mention, Place, Stage, Token } from '../../model/types.js';
import { matchKey } from '../../text/normalize.js';
import { resolvePlace, type PlaceKnowledge } from './resolve.js';
import type { Lexicon } from '../../dictionaries/lexicon.js';
import { extend } from '../../model/extend.js';

const DATELINE_ENDS = new Set(['—', '–', '-', '(', '--']);

function isCap(t: Token | undefined): boolean {
  return t !== undefined && /^\p{Lu}/u.test(t.text) && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ');
}

interface Found { readonly at: number; readonly end: number; readonly place: Place }

// Force (15, 17-20) with no named target is aimed at the country where it happens, when that is not the
// actor's own: "Israeli tanks fired at targets in Jericho" (as capitals already are, and as in GDELT).
const FORCE_ROOTS = new Set(['15', '17', '18', '19', '20']);
const PLACE_RULE = { file: 'src/stages/places/places.ts', line: 0, id: 'place.country' };

/**
 * The places stages: place phrases ("in/at/near/to PLACE", "the city of PLACE", a dateline) resolved in
 * context (see resolvePlace). An event takes the place of its own sentence (`sentencePlaces`), else,
 * after consolidation, the article's: its dateline or the first place it names, as GDELT's action
 * geography does (`articlePlaces`); `basis` says which.
 */
/** The place words of the lexicon, and the month and weekday names that are never places. */
interface PlaceWords {
  readonly lex: Lexicon;
  readonly calendar: ReadonlySet<string>;
}

/** What the phrase scan needs: the resolver's knowledge, the article's countries, actors by first token. */
interface ScanContext {
  readonly know: PlaceKnowledge;
  readonly words: PlaceWords;
  readonly countries: ReadonlySet<string>;
  readonly actors: ReadonlyMap<number, string>;
}

/** The longest run of capitalised words from token j that names a place, if any. */
function placeAt(doc: Doc, j: number, to: number, ctx: ScanContext): Found | undefined {
  const tokens = doc.tokens;
  const first = tokens[j];
  if (!first || !isCap(first) || ctx.words.calendar.has(first.norm)) return undefined;
  let hit: Found | undefined;
  for (let k = j; k < Math.min(to, j + 5); k++) {
    const t = tokens[k];
    const head = k > j && ctx.words.lex.PLACE_HEADS.has(t?.norm ?? '');
    if (!t || (k > j && !isCap(t) && !head && !ctx.words.lex.PLACE_JOINERS.has(t.norm))) break;
    if (k > j && !isCap(t) && !head) continue; // a joiner alone never ends a name
    const text = doc.article.text.slice(first.start, t.end);
    const r = resolvePlace(matchKey(text), ctx.know, { countries: ctx.countries, actor: k === j || hit === undefined ? ctx.actors.get(j) ?? null : null });
    // A seat's name says which town as well: "Capitol" alone could be any state's (as GDELT's full names do).
    const name = r?.town !== undefined ? `${text}, ${r.town}` : text;
    if (r) hit = { at: j, end: k + 1, place: { name, country: r.country, lat: round(r.lat), lon: round(r.lon), geonameId: r.geonameId, span: { start: first.start, end: t.end }, basis: { scope: 'sentence', reason: r.reason } } };
  }
  return hit;
}

/** Place phrases of one sentence: after a locative preposition, or "of" after a word for a place. */
function placesIn(doc: Doc, from: number, to: number, ctx: ScanContext): Found[] {
  const out: Found[] = [];
  const tokens = doc.tokens;
  const lex = ctx.words.lex;
  for (let i = from; i < to; i++) {
    const norm = tokens[i]?.norm ?? '';
    const lead = lex.PLACE_PREPS.has(norm) || (norm === 'of' && lex.PLACE_NOUNS.has(tokens[i - 1]?.norm ?? ''));
    if (!lead) continue;
    let j = i + 1;
    if (lex.PLACE_ARTICLES.has(tokens[j]?.norm ?? '')) j++;
    if (lex.PLACE_DIRECTIONS.has(tokens[j]?.norm ?? '') && tokens[j]?.text[0] !== tokens[j]?.text[0]?.toUpperCase()) j++;
    const f = placeAt(doc, j, to, ctx);
    // "on Israel's northern border": a possessive names an owner, not where the event is.
    if (f && !lex.PLACE_OWNER_MARKS.has(tokens[f.end]?.norm ?? '')) out.push(f);
    if (f) i = f.end - 1;
  }
  return out;
}

/** "BAGHDAD —", "Damascus, Syria (AP) —": a place that opens the first sentence, then a dash or bracket. */
function dateline(doc: Doc, ctx: ScanContext): Found | undefined {
  const s = doc.sentences[0];
  if (!s) return undefined;
  const to = Math.min(s.tokenEnd, s.tokenStart + 8);
  let end = -1;
  for (let i = s.tokenStart + 1; i < to; i++) if (DATELINE_ENDS.has(doc.tokens[i]?.text ?? '')) { end = i; break; }
  if (end < 0) return undefined;
  const f = placeAt(doc, s.tokenStart, end, ctx);
  return f && (f.end === end || doc.tokens[f.end]?.text === ',') ? f : undefined;
}

/** An article's place phrases, read a sentence at a time as asked (most sentences carry no event). */
interface PlaceScan {
  /** Place phrases of sentence `i`. */
  readonly placesOf: (i: number) => readonly Found[];
  /** The dateline's place, if the article opens with one. */
  readonly opening: () => Found | undefined;
  readonly mentionAt: ReadonlyMap<number, Mention>;
}

/** Set up the place scan of an article: its countries and actors, and a per-sentence memo of phrases. */
function scan(doc: Doc, know: PlaceKnowledge, words: PlaceWords): PlaceScan {
  const countries = new Set<string>();
  for (const m of doc.mentions) if (m.actor.country) countries.add(m.actor.country);
  const actors = new Map<number, string>();
  const mentionAt = new Map<number, Mention>();
  for (const m of doc.mentions) { actors.set(m.tokenStart, m.actor.code); mentionAt.set(m.tokenStart, m); }
  const ctx = { know, words, countries, actors };
  const memo = new Map<number, readonly Found[]>();
  const placesOf = (i: number): readonly Found[] => {
    let f = memo.get(i);
    const s = doc.sentences[i];
    if (f === undefined) memo.set(i, f = s ? placesIn(doc, s.tokenStart, s.tokenEnd, ctx) : []);
    return f;
  };
  return { placesOf, opening: () => dateline(doc, ctx), mentionAt };
}

export function createPlaceResolver(opts: { knowledge: PlaceKnowledge; lexicon: Lexicon }): { sentencePlaces: Stage; articlePlaces: Stage } {
  const know = opts.knowledge;
  const words: PlaceWords = { lex: opts.lexicon, calendar: new Set([...opts.lexicon.MONTHS, ...opts.lexicon.WEEKDAYS]) };

  const sentencePlaces: Stage = {
    name: 'places',
    version: '2',
    run(doc: Doc): Doc {
      if (doc.events.length === 0) return doc;
      const { placesOf, mentionAt } = scan(doc, know, words);
      const events = doc.events.map((e): Event => {
        const found = placesOf(e.sentence);
        // The place phrase after the trigger is most often the event's; else the nearest before it.
        const trig = e.trigger.start;
        const pick = found.find((f) => (doc.tokens[f.at]?.start ?? 0) > trig) ?? found[found.length - 1];
        if (!pick) return e;
        // A place named by an actor ("near Macedonia's border") is that actor's country, whatever town shares the name.
        const named = mentionAt.get(pick.at);
        const where = named !== undefined ? named.actor.country ?? null : pick.place.country;
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

  // Runs after consolidation, so that a report naming its place still gives it to a duplicate that named none.
  const articlePlaces: Stage = {
    name: 'article-places',
    version: '1',
    run(doc: Doc): Doc {
      if (!doc.events.some((e) => e.place === null)) return doc;
      const places = scan(doc, know, words);
      const opening = places.opening();
      const other = articlePlace(doc, places, opening);
      if (!other) return doc;
      const place: Place = extend(other.place, { basis: { scope: other === opening ? 'dateline' : 'article', reason: other.place.basis?.reason ?? 'known' } });
      return { ...doc, events: doc.events.map((e) => (e.place === null && fitsActors(e, place) ? { ...e, place } : e)) };
    },
  };

  return { sentencePlaces, articlePlaces };
}

/**
 * A place from elsewhere in the article fits an event only in a country of one of its sides: talks
 * between two countries reported from a third capital did not take place in the third country. An
 * event whose sides have no country takes it.
 */
function fitsActors(e: Event, place: Place): boolean {
  const countries = [e.source?.actor.country, e.target?.actor.country].filter((c) => c !== undefined);
  return countries.length === 0 || place.country === null || countries.includes(place.country);
}

/** The place an event with none in its sentence takes: the dateline, else the article's first place. */
function articlePlace(doc: Doc, places: PlaceScan, opening: Found | undefined): Found | undefined {
  if (opening) return opening;
  for (const s of doc.sentences) {
    const f = places.placesOf(s.index)[0];
    if (f) return f;
  }
  return undefined;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
