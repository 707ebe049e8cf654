import { matchKey } from '../text/normalize.js';

/** How a phrase token must agree in case with the text token. */
export const enum CaseRule {
  Any = 0,
  /** The text token must start with an upper-case letter. */
  Initial = 1,
  /** The text token must be written exactly so. */
  Exact = 2,
}

/** A phrase compiled for matching against tokens. */
export interface CompiledPhrase {
  readonly keys: readonly string[];
  readonly texts: readonly string[];
  readonly cases: readonly CaseRule[];
}

const UPPER = /\p{Lu}/u;

/** Compile a phrase: tokenise it as text is tokenised and derive the case rule of each token. */
export function compilePhrase(raw: string, tokenize: (s: string) => string[]): CompiledPhrase {
  const quoted = raw.length > 1 && raw.startsWith('"') && raw.endsWith('"');
  const phrase = quoted ? raw.slice(1, -1) : raw;
  const texts = tokenize(phrase);
  const cases = texts.map((t): CaseRule => {
    if (quoted) return CaseRule.Exact;
    if (UPPER.test(t.slice(1))) return CaseRule.Exact;
    return UPPER.test(t.charAt(0)) ? CaseRule.Initial : CaseRule.Any;
  });
  return { keys: texts.map(matchKey), texts, cases };
}

/** Whether a text token satisfies a phrase token's case rule. */
export function caseAgrees(rule: CaseRule, phraseText: string, tokenText: string): boolean {
  if (rule === CaseRule.Any) return true;
  if (rule === CaseRule.Initial) {
    const c = tokenText.charAt(0);
    return c !== c.toLowerCase() || c === c.toUpperCase() && !/\p{L}/u.test(c);
  }
  if (tokenText === phraseText) return true;
  // Exact phrases still match through diacritics and apostrophe variants.
  return matchKey(tokenText) === matchKey(phraseText) && tokenText.toLowerCase() !== tokenText && sameCaseShape(tokenText, phraseText);
}

function sameCaseShape(a: string, b: string): boolean {
  const na = a.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const nb = b.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (na.length !== nb.length) return false;
  for (let i = 0; i < na.length; i++) {
    const x = na.charAt(i);
    const y = nb.charAt(i);
    if ((x !== x.toLowerCase()) !== (y !== y.toLowerCase())) return false;
  }
  return true;
}

/** A token trie over phrase keys; each node may end several phrases. */
export interface TrieNode<T> {
  readonly next: Map<string, TrieNode<T>>;
  readonly ends: { phrase: CompiledPhrase; value: T }[];
}

/** Create an empty trie node. */
export function trieNode<T>(): TrieNode<T> {
  return { next: new Map(), ends: [] };
}

/** Insert a compiled phrase into a trie. */
export function trieInsert<T>(root: TrieNode<T>, phrase: CompiledPhrase, value: T): void {
  let node = root;
  for (const k of phrase.keys) {
    let n = node.next.get(k);
    if (!n) {
      n = trieNode<T>();
      node.next.set(k, n);
    }
    node = n;
  }
  node.ends.push({ phrase, value });
}
