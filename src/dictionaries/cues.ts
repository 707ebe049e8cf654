import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Token } from '../model/types.js';
import { DictionaryError } from './errors.js';
import { parseEntryFile } from './lines.js';

// ACLED cue classes (dictionaries/acled/*.txt): general vocabulary of weapons, victims, crowds, state
// responses, territory, groups, seizures, crime and disasters that the incident typer reads.

/** Every cue class the incident typer knows; a file naming another is an error. */
export const CUE_CLASSES = [
  'AIRCRAFT', 'DRONE', 'ARTILLERY', 'ROCKET', 'EXPLOSIVE', 'IED', 'LANDMINE', 'GRENADE', 'SUICIDE', 'CHEMICAL',
  'CIVILIAN', 'CIVSITE', 'PROTESTER', 'ARMEDTARGET', 'STATEFORCE', 'NONSTATE',
  'PROTEST', 'PEACEFUL', 'VIOLENT', 'MOB', 'GRIEVANCE', 'FORCE', 'DISPERSE', 'DETAIN',
  'SEIZE', 'RETAKE', 'PLACE', 'HANDOVER', 'WITHDRAW', 'UNOPPOSED',
  'LEADER', 'MERGER', 'SPLIT', 'ESTABLISH', 'BASE', 'MOVEMENT',
  'FOUND', 'DEFUSE', 'ARMS', 'CRIME',
  'HAZARD', 'EPIDEMIC', 'FIRE', 'COLLAPSE', 'SPILL', 'ACCIDENT', 'INDUSTRY',
  'AGREE', 'EXPULSION', 'DIPLOMACY', 'CLAIM', 'ATTACKNOUN',
  'CLASHES', 'ATTACKED', 'HARM', 'SEXUAL', 'ABDUCT', 'DESTROY', 'AID', 'NEGATION',
] as const;

/** A cue class name. */
export type CueClass = (typeof CUE_CLASSES)[number];

const KNOWN: ReadonlySet<string> = new Set(CUE_CLASSES);

/** One word of a cue phrase: exact (matched against a token's form or lemma) or a prefix (`shell*`). */
interface CueWord { readonly text: string; readonly prefix: boolean }

/** A cue phrase with its class and the line that defined it. */
export interface CuePhrase {
  readonly cls: CueClass;
  readonly words: readonly CueWord[];
  readonly text: string;
  readonly file: string;
  readonly line: number;
}

/** A cue found in a sentence: token range [start, end) and the phrase that matched. */
export interface CueHit {
  readonly cls: CueClass;
  readonly start: number;
  readonly end: number;
  readonly phrase: CuePhrase;
}

/** The compiled cue dictionary: phrases indexed by their first word. */
export interface CueDictionary {
  readonly phrases: readonly CuePhrase[];
  /** Cues in tokens [from, to): at each position the longest phrases; none inside an earlier match. */
  scan(tokens: readonly Token[], from: number, to: number): CueHit[];
}

// Hyphens are tokens of their own in the segmenter ("cease - fire"), so phrases are split the same way.
function words(phrase: string): CueWord[] {
  return phrase.toLowerCase().replace(/-/g, ' - ').split(/\s+/).filter((w) => w.length > 0)
    .map((w) => (w.length > 1 && w.endsWith('*') ? { text: w.slice(0, -1), prefix: true } : { text: w, prefix: false }));
}

/** Load every `*.txt` under `dir/acled`, validating classes and phrases (`[DICT03x] file:line: ...`). */
export function loadCueDictionary(dir: string): CueDictionary {
  const folder = join(dir, 'acled');
  const phrases: CuePhrase[] = [];
  const seen = new Map<string, string>();
  for (const name of readdirSync(folder).filter((f) => f.endsWith('.txt')).sort()) {
    const file = relative(dirname(dir), join(folder, name));
    for (const e of parseEntryFile(file, readFileSync(join(folder, name), 'utf8'), 'cue', new Set(['cue']))) {
      if (!KNOWN.has(e.code)) throw new DictionaryError('DICT030', file, e.line, `unknown cue class "${e.code}"`);
      for (const text of e.fields.get('cue') ?? []) {
        const ws = words(text);
        if (ws.length === 0 || ws.some((w) => w.prefix && w.text.length < 3)) throw new DictionaryError('DICT031', file, e.line, `bad cue phrase "${text}" (a prefix needs 3 letters before *)`);
        const key = `${e.code}|${text.toLowerCase()}`;
        const prev = seen.get(key);
        if (prev) throw new DictionaryError('DICT032', file, e.line, `cue "${text}" repeats ${prev}`);
        seen.set(key, `${file}:${e.line}`);
        phrases.push({ cls: e.code as CueClass, words: ws, text, file, line: e.line });
      }
    }
  }
  return compile(phrases);
}

const MONTHS = new Set(['March', 'May']);

/**
 * A prefix matches the form; an exact word the form or the lemma. A one-word cue matches a verb only as written:
 * "base", "deal", "plant", "plague" name things, and "based", "dealt", "planted", "plagued" are other words
 * (a verb phrase written in its base form, "pull out", still matches "pulling out").
 */
function wordMatches(w: CueWord, t: Token, phrase: boolean): boolean {
  if (w.prefix) return t.norm.startsWith(w.text);
  return t.norm === w.text || (t.lemma === w.text && (phrase || t.pos !== 'VERB'));
}

/** The first three UTF-16 units of a word as one number. */
function key3(w: string): number {
  return w.charCodeAt(0) * 4294967296 + w.charCodeAt(1) * 65536 + w.charCodeAt(2);
}

function compile(phrases: readonly CuePhrase[]): CueDictionary {
  const exact = new Map<string, CuePhrase[]>();
  // Prefix phrases are bucketed by their first three letters as one number, so a lookup allocates nothing.
  const prefix = new Map<number, CuePhrase[]>();
  for (const p of phrases) {
    const first = p.words[0];
    if (!first) continue;
    if (first.prefix) {
      const key = key3(first.text);
      const list = prefix.get(key) ?? [];
      list.push(p);
      prefix.set(key, list);
    } else {
      const list = exact.get(first.text) ?? [];
      list.push(p);
      exact.set(first.text, list);
    }
  }
  // The phrases a word form can start, exact ones first: two lookups in small maps, and an allocation
  // only for the rare form that starts both kinds.
  function candidates(norm: string): readonly CuePhrase[] | null {
    const e = exact.get(norm);
    const p = norm.length >= 3 ? prefix.get(key3(norm)) : undefined;
    if (!e) return p ?? null;
    return p ? [...e, ...p] : e;
  }
  function matchAt(tokens: readonly Token[], i: number, to: number, p: CuePhrase): number {
    let k = i;
    for (const w of p.words) {
      const t = tokens[k];
      if (k >= to || !t || !wordMatches(w, t, p.words.length > 1)) return -1;
      k++;
    }
    return k;
  }
  function scan(tokens: readonly Token[], from: number, to: number): CueHit[] {
    const out: CueHit[] = [];
    let covered = from;
    for (let i = from; i < to; i++) {
      const t = tokens[i];
      // A capitalised month inside a sentence is a date ("in March"), not the verb; a capitalised proper
      // noun inside a sentence is part of a name ("the Liberation Front"), not the act it names.
      if (!t || (i > from && (MONTHS.has(t.text) || (t.pos === 'PROPN' && /^[A-Z][a-z]/.test(t.text))))) continue;
      // Hot path: most tokens start no cue; one memoised lookup per word form.
      const a = candidates(t.norm);
      const b = t.lemma !== t.norm ? exact.get(t.lemma) : undefined;
      if (a === null && !b) continue;
      let best = 0;
      let found: CueHit[] | null = null;
      for (const list of [a, b]) {
        if (!list) continue;
        for (const p of list) {
          const end = matchAt(tokens, i, to, p);
          if (end < 0 || end - i < best) continue;
          if (end - i > best || !found) { best = end - i; found = []; }
          if (!found.some((h) => h.cls === p.cls)) found.push({ cls: p.cls, start: i, end, phrase: p });
        }
      }
      // Nothing inside a longer earlier phrase: "tear gas" is no "gas", "petrol bomb" no "bomb".
      if (!found || (i < covered && i + best <= covered)) continue;
      out.push(...found);
      covered = Math.max(covered, i + best);
    }
    return out;
  }
  return { phrases, scan };
}
