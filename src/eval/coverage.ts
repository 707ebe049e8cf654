/**
 * Coverage over a corpus of coded documents: where the dictionaries are silent. Three ranked lists point
 * at the next dictionary work: sentences with two or more actors and no event (by main verb), capitalised
 * phrases that no actor entry recognised, and CAMEO codes that no pattern can produce or that never fired.
 */
import type { Doc, Mention, Sentence, Token } from '../model/types.js';
import type { CameoTable } from '../ontology/cameo.js';
import type { VerbDictionary } from '../dictionaries/verbs.js';
import { createCodeCues, type CodeCues, type CoverageRow } from './coverage-codes.js';

export type { CoverageRow } from './coverage-codes.js';

/** What `dyad coverage` reports. */
export interface CoverageReport {
  readonly articles: number;
  readonly sentences: number;
  /** Sentences with two or more distinct actors. */
  readonly dyadSentences: number;
  /** Of those, sentences with no event. */
  readonly silentSentences: number;
  readonly silentByVerb: readonly CoverageRow[];
  readonly unknownNames: readonly CoverageRow[];
  readonly silentCodes: readonly CoverageRow[];
}

/** Accumulates coverage one coded document at a time; `report` ranks what it saw. */
export interface CoverageCollector {
  add(doc: Doc): void;
  report(top: number): CoverageReport;
}

/** Resources the collector needs: the verb patterns and the CAMEO table; `isPlace` marks gazetteer names. */
export interface CoverageOptions {
  readonly verbs: VerbDictionary;
  readonly cameo: CameoTable;
  /** Whether a phrase ("New York") names a place; such phrases are noted, not dropped. */
  readonly isPlace?: (key: string) => boolean;
}

interface Tally { count: number; example: string }

const EXAMPLE_CHARS = 220;
// Capitalised words that are never actor names: calendar words, and honorifics (the name after them is).
const NEVER_NAME = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|mr|mrs|ms|dr|messrs)\.?$/;
// A name starts with a noun, proper noun or adjective ("Republican"), never "The", "We", "This", "But".
const NAME_START = new Set(['PROPN', 'NOUN', 'ADJ', 'X']);
// Lower-case words allowed inside a name when a capitalised word follows ("Ministry of Defence").
const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'on', 'de', 'al', 'del', 'du', 'la', 'bin']);
const LETTER = /\p{L}/u;
const UPPER = /^\p{Lu}/u;

function bump(map: Map<string, Tally>, key: string, example: () => string): void {
  const t = map.get(key);
  if (t) t.count++;
  else map.set(key, { count: 1, example: example() });
}

/** The sentence's text, whitespace collapsed and cut to a readable length. */
function sentenceText(doc: Doc, s: Sentence): string {
  const t = doc.article.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
  return t.length > EXAMPLE_CHARS ? `${t.slice(0, EXAMPLE_CHARS - 1)}…` : t;
}

/**
 * The verb a silent sentence turns on: the first non-auxiliary verb after its first actor that is not a
 * verb of saying (the reported content is where the event would be), else the first verb of saying.
 */
export function mainVerb(tokens: readonly Token[], s: Sentence, firstActorEnd: number, sayVerbs: ReadonlySet<string>): string {
  let say: string | null = null;
  for (const from of [firstActorEnd, s.tokenStart]) {
    for (let i = from; i < s.tokenEnd; i++) {
      const t = tokens[i];
      if (!t || t.pos !== 'VERB') continue;
      const lemma = t.lemma.toLowerCase();
      if (!sayVerbs.has(lemma)) return lemma;
      say ??= lemma;
    }
  }
  return say ?? '(no verb)';
}

/**
 * Token indices covered by an actor mention, so unknown names skip them. An organisation read only from the
 * shape of its name (actor.org-shape) has no dictionary entry yet: it still counts as unknown, the work to do.
 */
function coveredTokens(doc: Doc): Uint8Array {
  const covered = new Uint8Array(doc.tokens.length);
  for (const m of doc.mentions) if (!m.rule.id.startsWith('actor.org-shape')) covered.fill(1, m.tokenStart, m.tokenEnd);
  return covered;
}

/**
 * Capitalised phrases in a sentence that no mention covers: runs of capitalised words, joined by "of",
 * "the", "and"… when a capitalised word follows. Only a noun or adjective starts one ("The", "We" do not).
 */
export function unknownNames(doc: Doc, s: Sentence, covered: Uint8Array): string[] {
  const out: string[] = [];
  const tokens = doc.tokens;
  const isCap = (i: number): boolean => {
    const t = tokens[i];
    if (!t || covered[i] === 1 || !UPPER.test(t.text) || !LETTER.test(t.text)) return false;
    return !NEVER_NAME.test(t.norm);
  };
  let i = s.tokenStart;
  while (i < s.tokenEnd) {
    if (!isCap(i) || !NAME_START.has(tokens[i]?.pos ?? '')) { i++; continue; }
    let end = i + 1;
    for (;;) {
      if (end < s.tokenEnd && isCap(end)) { end++; continue; }
      const c = tokens[end];
      if (c && end + 1 < s.tokenEnd && CONNECTORS.has(c.norm) && covered[end] !== 1 && isCap(end + 1)) { end += 2; continue; }
      break;
    }
    out.push(doc.article.text.slice(tokens[i]?.start ?? 0, tokens[end - 1]?.end ?? 0).replace(/\s+/g, ' '));
    i = end;
  }
  return out;
}

/** Build a collector. Compile once; `add` is linear in the document's tokens. */
export function createCoverage(opts: CoverageOptions): CoverageCollector {
  const cues: CodeCues = createCodeCues(opts.verbs, opts.cameo);
  const byVerb = new Map<string, Tally>();
  const names = new Map<string, Tally>();
  const fired = new Map<string, number>();
  let articles = 0;
  let sentences = 0;
  let dyadSentences = 0;
  let silentSentences = 0;

  const add = (doc: Doc): void => {
    articles++;
    sentences += doc.sentences.length;
    const withEvent = new Set<number>();
    for (const e of doc.events) {
      // A sentence-level statement ("X said ...", speech.statement) codes that nothing else was found there.
      if (!e.rule.id.startsWith('speech.statement+')) withEvent.add(e.sentence);
      // Incidents with no CAMEO code (disasters, crime) trigger no code.
      if (e.cameo !== null) fired.set(e.cameo, (fired.get(e.cameo) ?? 0) + 1);
    }
    const bySentence = new Map<number, Mention[]>();
    for (const m of doc.mentions) {
      const list = bySentence.get(m.sentence);
      if (list) list.push(m);
      else bySentence.set(m.sentence, [m]);
    }
    const covered = coveredTokens(doc);
    for (const s of doc.sentences) {
      const ms = bySentence.get(s.index) ?? [];
      const example = (): string => sentenceText(doc, s);
      if (ms.length > 0) cues.scan(doc.tokens, s, example);
      if (new Set(ms.map((m) => m.actor.code)).size >= 2) {
        dyadSentences++;
        if (!withEvent.has(s.index)) {
          silentSentences++;
          const first = ms.reduce((a, b) => (b.tokenStart < a.tokenStart ? b : a));
          bump(byVerb, mainVerb(doc.tokens, s, first.tokenEnd, opts.verbs.sayVerbs), example);
        }
      }
      for (const n of unknownNames(doc, s, covered)) bump(names, n, example);
    }
  };

  const report = (top: number): CoverageReport => {
    const rank = (m: Map<string, Tally>, note: (k: string) => string): CoverageRow[] =>
      [...m].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1)).slice(0, top)
        .map(([key, t]) => ({ key, count: t.count, example: t.example, note: note(key) }));
    const isPlace = opts.isPlace;
    return {
      articles, sentences, dyadSentences, silentSentences,
      silentByVerb: rank(byVerb, () => ''),
      unknownNames: rank(names, (k) => (isPlace?.(k) ? 'place' : '')),
      silentCodes: cues.report(fired, top),
    };
  };
  return { add, report };
}

/** The report as three readable tables. */
export function formatCoverage(r: CoverageReport): string {
  const pct = (a: number, b: number): string => (b === 0 ? '0.0' : ((100 * a) / b).toFixed(1));
  const table = (title: string, rows: readonly CoverageRow[]): string[] => [
    '', title,
    ...rows.map((row) => `${String(row.count).padStart(6)}  ${row.key.padEnd(28)} ${row.note ? `[${row.note}] ` : ''}${row.example}`),
  ];
  return [
    `${r.articles} articles, ${r.sentences} sentences; ${r.dyadSentences} with two or more actors, ${r.silentSentences} of them (${pct(r.silentSentences, r.dyadSentences)}%) with no event`,
    ...table('== sentences with two or more actors and no event, by main verb', r.silentByVerb),
    ...table('== capitalised phrases recognised as no actor', r.unknownNames),
    ...table('== CAMEO codes with no trigger (no pattern) or none fired; count = actor sentences with the code\'s cue words', r.silentCodes),
  ].join('\n');
}
