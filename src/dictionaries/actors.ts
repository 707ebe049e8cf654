import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleRef } from '../model/types.js';
import { DictionaryError } from './errors.js';
import { parseEntryFile, type EntryLine } from './lines.js';
import { compilePhrase, trieInsert, trieNode, type TrieNode } from './phrases.js';

/** What a dictionary phrase denotes. */
export type ActorKind = 'country' | 'adj' | 'people' | 'capital' | 'alias' | 'org' | 'agent' | 'official';

/** One actor dictionary entry behind a phrase. */
export interface ActorEntry {
  readonly kind: ActorKind;
  /** Full code for countries, orgs, officials; the sector code for agents. */
  readonly code: string;
  readonly country: string | null;
  readonly sector: string | null;
  readonly title: boolean;
  readonly name: string | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly rule: RuleRef;
}

/** Compiled actor dictionaries. */
export interface ActorDictionary {
  readonly trie: TrieNode<ActorEntry>;
  /** Lower-case name words per country ("islamic", "republic" for IRN) for "the Islamic state" style references. */
  readonly countryWords: ReadonlyMap<string, ReadonlySet<string>>;
  /** Country code → display name. */
  readonly countryNames: ReadonlyMap<string, string>;
  /** Capital name (match key) → country. */
  readonly capitals: ReadonlyMap<string, string>;
  /** Rule ids of the agent lines that are titles of one person ("president", "prime minister": `title: yes`). */
  readonly titleRules: ReadonlySet<string>;
  readonly entryCount: number;
}

const SECTOR = /^[A-Z]{3}([A-Z]{3})*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written YYYY-MM-DD. */
function validDate(d: string): boolean {
  if (!DATE.test(d)) return false;
  const t = new Date(`${d}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
}

/** What the file readers share: the trie being built, the side tables, and the entry ids seen so far. */
interface Builder {
  readonly trie: TrieNode<ActorEntry>;
  readonly countryWords: Map<string, Set<string>>;
  readonly countryNames: Map<string, string>;
  readonly capitals: Map<string, string>;
  readonly titleRules: Set<string>;
  /** Add a phrase for an entry. */
  add(phrase: string, entry: ActorEntry): void;
  /** Read and parse one actor file (missing files hold no entries). */
  read(name: string, defaultKey: string, keys: readonly string[]): EntryLine[];
  /** The rule of an entry line, with a content-derived id that must be unique (DICT016). */
  ruleOf(e: EntryLine, id: string): RuleRef;
  /** Whether a code is an organisation placed without a country. */
  readonly isOrg: (code: string) => boolean;
  entryCount: number;
}

function builder(dir: string, tokenize: (s: string) => string[], isOrg: (code: string) => boolean): Builder {
  // Ids are derived from an entry's content, so they stay when lines are added around it; two lines that
  // derive the same id are one entry written twice.
  const ids = new Map<string, EntryLine>();
  const b: Builder = {
    trie: trieNode<ActorEntry>(), countryWords: new Map(), countryNames: new Map(), capitals: new Map(), titleRules: new Set(), entryCount: 0, isOrg,
    add(phrase, entry) {
      const c = compilePhrase(phrase, tokenize);
      if (c.keys.length === 0) return;
      trieInsert(b.trie, c, entry);
      b.entryCount++;
    },
    read(name, defaultKey, keys) {
      let text: string;
      try {
        text = readFileSync(join(dir, 'actors', name), 'utf8');
      } catch {
        return [];
      }
      return parseEntryFile(`dictionaries/actors/${name}`, text, defaultKey, new Set(keys));
    },
    ruleOf(e, id) {
      const seen = ids.get(id);
      if (seen && seen !== e) throw new DictionaryError('DICT016', e.file, e.line, `entry id ${id} is already used at ${seen.file}:${seen.line}`);
      ids.set(id, e);
      return { file: e.file, line: e.line, id };
    },
  };
  return b;
}

/**
 * Load and compile every actor file under `dir/actors`. `tokenize` must be the text tokenizer; `isOrg`
 * tells organisation codes placed without a country (the lexicon's ORG_PREFIXES).
 */
export function loadActorDictionary(dir: string, tokenize: (s: string) => string[], isOrg: (code: string) => boolean): ActorDictionary {
  const b = builder(dir, tokenize, isOrg);
  readCountries(b);
  readOrganizations(b);
  readAgents(b);
  readOfficials(b);
  return { trie: b.trie, countryWords: b.countryWords, countryNames: b.countryNames, capitals: b.capitals, titleRules: b.titleRules, entryCount: b.entryCount };
}

/** countries.txt: names, adjectives, peoples, capitals and aliases of each country. */
function readCountries(b: Builder): void {
  for (const e of b.read('countries.txt', 'name', ['name', 'adj', 'people', 'capital', 'alias'])) {
    if (!/^[A-Z]{3}$/.test(e.code)) throw new DictionaryError('DICT010', e.file, e.line, `country code must be 3 letters, got "${e.code}"`);
    const names = e.fields.get('name') ?? [];
    b.countryNames.set(e.code, names[0] ?? e.code);
    const words = new Set<string>();
    const base = { country: e.code, title: false, name: null, from: null, to: null };
    for (const n of names) {
      b.add(n, { ...base, kind: 'country', code: e.code, sector: null, rule: b.ruleOf(e, `country.${e.code}`) });
      for (const w of n.toLowerCase().split(/[\s-]+/)) words.add(w);
    }
    for (const n of e.fields.get('adj') ?? []) b.add(n, { ...base, kind: 'adj', code: e.code, sector: null, rule: b.ruleOf(e, `adj.${e.code}`) });
    for (const n of e.fields.get('people') ?? []) b.add(n, { ...base, kind: 'people', code: e.code, sector: null, rule: b.ruleOf(e, `people.${e.code}`) });
    for (const n of e.fields.get('capital') ?? []) {
      b.add(n, { ...base, kind: 'capital', code: `${e.code}GOV`, sector: 'GOV', rule: b.ruleOf(e, `capital.${e.code}`) });
      b.capitals.set(n.toLowerCase(), e.code);
    }
    for (const a of e.fields.get('alias') ?? []) {
      const [phrase, sector] = a.split('=').map((s) => s.trim());
      if (!phrase) continue;
      if (sector !== undefined && !SECTOR.test(sector)) throw new DictionaryError('DICT011', e.file, e.line, `unknown sector "${sector}" in alias "${a}"`);
      b.add(phrase, { ...base, kind: 'alias', code: e.code + (sector ?? ''), sector: sector ?? null, rule: b.ruleOf(e, `alias.${e.code}`) });
      for (const w of phrase.toLowerCase().split(/[\s-]+/)) words.add(w);
    }
    b.countryWords.set(e.code, words);
  }
}

/** organizations.txt: international organisations, armed groups, parties, media. */
function readOrganizations(b: Builder): void {
  for (const e of b.read('organizations.txt', 'name', ['name', 'sector', 'country'])) {
    const sector = e.fields.get('sector')?.[0] ?? null;
    const country = e.fields.get('country')?.[0] ?? null;
    if (country !== null && !/^[A-Z]{3}$/.test(country)) throw new DictionaryError('DICT012', e.file, e.line, `bad country "${country}"`);
    for (const n of e.fields.get('name') ?? []) {
      b.add(n, { kind: 'org', code: e.code, country, sector, title: false, name: null, from: null, to: null, rule: b.ruleOf(e, `org.${e.code}`) });
    }
  }
}

/** agents.txt: sector nouns and titles. */
function readAgents(b: Builder): void {
  for (const e of b.read('agents.txt', 'name', ['name', 'title'])) {
    if (!SECTOR.test(e.code)) throw new DictionaryError('DICT013', e.file, e.line, `unknown sector "${e.code}"`);
    const title = (e.fields.get('title')?.[0] ?? 'no') === 'yes';
    const names = e.fields.get('name') ?? [];
    const rule = b.ruleOf(e, `agent.${e.code}.${slug(names[0] ?? '')}`);
    if (title) b.titleRules.add(rule.id);
    for (const n of names) {
      b.add(n, { kind: 'agent', code: e.code, country: null, sector: e.code, title, name: null, from: null, to: null, rule });
    }
  }
}

/** officials.txt: people with date-bounded roles. */
function readOfficials(b: Builder): void {
  for (const e of b.read('officials.txt', 'name', ['name', 'from', 'to', 'role'])) {
    const from = e.fields.get('from')?.[0] ?? null;
    const to = e.fields.get('to')?.[0] ?? null;
    for (const d of [from, to]) if (d !== null && !validDate(d)) throw new DictionaryError('DICT014', e.file, e.line, `bad date "${d}"`);
    if (from !== null && to !== null && from > to) throw new DictionaryError('DICT015', e.file, e.line, `from ${from} is after to ${to}`);
    const names = e.fields.get('name') ?? [];
    const full = names[0] ?? null;
    const country = /^[A-Z]{3}/.test(e.code) && !b.isOrg(e.code) ? e.code.slice(0, 3) : null;
    const sector = e.code.length > 3 ? e.code.slice(3, 6) : null;
    // One person may hold several roles (one line each): the start of the role tells them apart.
    const rule = b.ruleOf(e, `official.${e.code}.${slug(full ?? '')}${from !== null ? `@${from}` : ''}`);
    for (const n of names) {
      b.add(n, { kind: 'official', code: e.code, country, sector, title: false, name: full, from, to, rule });
    }
  }
}

/** A phrase as an id part: lower case, runs of other characters as one "_" ("Joe Biden" -> "joe_biden"). */
function slug(phrase: string): string {
  return phrase.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '_').replace(/^_|_$/g, '');
}

/** List the files a dictionary folder holds (for the coder version hash). */
export function dictionaryFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const ent of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, ent.name);
      if (ent.isDirectory()) walk(p);
      else if (/\.(txt|tsv)$/.test(ent.name)) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * Every one-word name, adjective or people of exactly one country ("american", "sylvanian", "iran"), lower
 * case, with its country: what "anti-X" words name (events/opposed.ts). Words of two countries are left out.
 */
export function oneWordCountries(dict: ActorDictionary): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  const shared = new Set<string>();
  for (const [word, node] of dict.trie.next) {
    for (const end of node.ends) {
      const e = end.value;
      if (end.phrase.texts.length !== 1 || !(e.kind === 'country' || e.kind === 'adj' || e.kind === 'people') || e.country === null) continue;
      const known = out.get(word);
      if (known !== undefined && known !== e.country) shared.add(word);
      out.set(word, e.country);
    }
  }
  for (const w of shared) out.delete(w);
  return out;
}
