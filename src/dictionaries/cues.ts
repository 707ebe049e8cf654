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
  'PROTEST', 'PEACEFUL', 'VIOLENT', 'MOB', 'FORCE', 'DISPERSE', 'DETAIN',
  'SEIZE', 'RETAKE', 'PLACE', 'HANDOVER', 'WITHDRAW', 'UNOPPOSED',
  'LEADER', 'MERGER', 'SPLIT', 'ESTABLISH', 'BASE', 'MOVEMENT',
  'FOUND', 'DEFUSE', 'ARMS', 'CRIME',
  'HAZARD', 'EPIDEMIC', 'FIRE', 'COLLAPSE', 'SPILL', 'ACCIDENT', 'INDUSTRY',
  'AGREE', 'EXPULSION', 'DIPLOMACY', 'CLAIM', 'ATTACKNOUN',
  'CLASHES', 'ATTACKED', 'SEXUAL', 'ABDUCT', 'DESTROY', 'AID',
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

function wordMatches(w: CueWord, t: Token): boolean {
  if (w.prefix) return t.norm.startsWith(w.text);
  return t.norm === w.text || t.lemma === w.text;
}

function compile(phrases: readonly CuePhrase[]): CueDictionary {
  const exact = new Map<string, CuePhrase[]>();
  const prefix = new Map<string, CuePhrase[]>();
  for (const p of phrases) {
    const first = p.words[0];
    if (!first) continue;
    const map = first.prefix ? prefix : exact;
    const key = first.prefix ? first.text.slice(0, 3) : first.text;
    const list = map.get(key) ?? [];
    list.push(p);
    map.set(key, list);
  }
  function matchAt(tokens: readonly Token[], i: number, to: number, p: CuePhrase): number {
    let k = i;
    for (const w of p.words) {
      const t = tokens[k];
      if (k >= to || !t || !wordMatches(w, t)) return -1;
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
      const cands = [exact.get(t.norm), t.lemma !== t.norm ? exact.get(t.lemma) : undefined, prefix.get(t.norm.slice(0, 3))];
      let best = 0;
      const found: CueHit[] = [];
      for (const list of cands) {
        if (!list) continue;
        for (const p of list) {
          const end = matchAt(tokens, i, to, p);
          if (end < 0 || end - i < best) continue;
          if (end - i > best) { best = end - i; found.length = 0; }
          if (!found.some((h) => h.cls === p.cls)) found.push({ cls: p.cls, start: i, end, phrase: p });
        }
      }
      // Nothing inside a longer earlier phrase: "tear gas" is no "gas", "petrol bomb" no "bomb".
      if (found.length === 0 || (i < covered && i + best <= covered)) continue;
      out.push(...found);
      covered = Math.max(covered, i + best);
    }
    return out;
  }
  return { phrases, scan };
}
