import type { ActorCoding, Article, Doc, Event, Mention, Stage } from '../src/model/types.js';
import { fictionalCoder } from './helpers.js';

// Hand-built documents for stage table tests: a stage's `run` is fed a Doc holding exactly the layers
// it reads, built here from fictional text, and the test checks what the stage adds.

/** The compiled stage `name` of the fictional coder. */
export function stage(name: string): Stage {
  const s = fictionalCoder().stages.find((x) => x.name === name);
  if (!s) throw new Error(`no stage ${name}`);
  return s;
}

/** A Doc with only its article. */
export function emptyDoc(article: Article): Doc {
  return { article, boilerplate: [], sentences: [], tokens: [], mentions: [], events: [], reports: [], triggers: [], diagnostics: [] };
}

/** A Doc with its text cleaned and segmented (sentences and tagged tokens), nothing more. */
export function segmented(text: string, publishedAt = '1933-06-15'): Doc {
  return stage('segment').run(stage('clean').run(emptyDoc({ id: 't', text, publishedAt })));
}

/** Where the `nth` occurrence of `words` as whole tokens starts, or -1. */
export function occurrence(doc: Doc, words: string, nth = 0): number {
  let seen = 0;
  for (let at = doc.article.text.indexOf(words); at >= 0; at = doc.article.text.indexOf(words, at + 1)) {
    const end = at + words.length;
    if (!doc.tokens.some((t) => t.start === at) || !doc.tokens.some((t) => t.end === end)) continue;
    if (seen++ === nth) return at;
  }
  return -1;
}

/** A hand-built mention of the `nth` occurrence of `words` in the document, coded as `actor`. */
export function mention(doc: Doc, words: string, actor: ActorCoding, opts: { nth?: number; modifier?: boolean; id?: number } = {}): Mention {
  const at = occurrence(doc, words, opts.nth ?? 0);
  if (at < 0) throw new Error(`"${words}" not in the text as whole tokens`);
  const end = at + words.length;
  const ts = doc.tokens.findIndex((t) => t.start === at);
  const te = doc.tokens.findIndex((t) => t.end === end) + 1;
  const sentence = doc.tokens[ts]?.sentence ?? 0;
  return { id: opts.id ?? at, sentence, tokenStart: ts, tokenEnd: te, start: at, end, text: words, actor, rule: { file: 'testdata/docs.ts', line: 1, id: 'test' }, modifier: opts.modifier ?? false };
}

/** Country actor coding ("FRD"), or country + sector ("FRD", "MIL" -> FRDMIL). */
export function actor(country: string, sector?: string): ActorCoding {
  return sector ? { code: country + sector, country, sector } : { code: country, country };
}

/** The mentions in reading order, as a Doc layer. */
export function withMentions(doc: Doc, mentions: readonly Mention[]): Doc {
  return { ...doc, mentions: [...mentions].sort((a, b) => a.tokenStart - b.tokenStart) };
}

/** A hand-built event over `trigger` words, between two mentions, with the defaults of an asserted act. */
export function event(doc: Doc, trigger: string, sides: { source: Mention | null; target: Mention | null; cameo?: string; nth?: number }): Event {
  let at = -1;
  for (let k = 0; k <= (sides.nth ?? 0); k++) at = doc.article.text.indexOf(trigger, at + 1);
  const sentence = doc.tokens.find((t) => t.start === at)?.sentence ?? 0;
  return {
    sentence, trigger: { start: at, end: at + trigger.length }, source: sides.source, target: sides.target,
    cameo: sides.cameo ?? '190', goldstein: -10, quad: 4, plover: { type: 'ASSAULT', mode: null }, acled: null,
    negated: false, modality: 'asserted', attribution: null, hedged: false, date: null, place: null,
    rule: { file: 'testdata/docs.ts', line: 1, id: 'test' },
  };
}
