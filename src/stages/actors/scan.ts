import type { Token } from '../../model/types.js';
import type { ActorEntry } from '../../dictionaries/actors.js';
import { caseAgrees, type TrieNode } from '../../dictionaries/phrases.js';

/** A dictionary phrase found in the tokens: [start, end) token indices and the entry chosen. */
export interface RawMatch {
  readonly start: number;
  readonly end: number;
  readonly entry: ActorEntry;
}

const KIND_RANK: Record<ActorEntry['kind'], number> = {
  official: 0, org: 1, alias: 2, country: 3, capital: 4, people: 5, adj: 6, agent: 7,
};

/** Days between the publication date and an official's role (0 when the role is in force). */
function offRole(e: ActorEntry, date: string | null): number {
  if (e.kind !== 'official' || date === null) return 0;
  if (e.from !== null && date < e.from) return daysBetween(date, e.from);
  if (e.to !== null && date > e.to) return daysBetween(e.to, date);
  return 0;
}

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(b) - Date.parse(a)) / 86400000 || 0;
}

/** Longest-match scan of a token range against the actor trie. */
export function scanActors(tokens: readonly Token[], range: { readonly from: number; readonly to: number }, trie: TrieNode<ActorEntry>, date: string | null): RawMatch[] {
  const { from, to } = range;
  const out: RawMatch[] = [];
  let i = from;
  while (i < to) {
    let node = trie.next.get(tokens[i]?.norm ?? '');
    let best: RawMatch | null = null;
    let j = i;
    while (node !== undefined) {
      j++;
      if (node.ends.length > 0) {
        // A person named outside every dated role still keeps the nearest role: the name is strong evidence.
        let chosen: ActorEntry | null = null;
        let chosenOff = Infinity;
        for (const end of node.ends) {
          const off = offRole(end.value, date);
          let ok = true;
          for (let k = 0; k < end.phrase.cases.length; k++) {
            if (!caseAgrees(end.phrase.cases[k] ?? 0, end.phrase.texts[k] ?? '', tokens[i + k]?.text ?? '')) {
              ok = false;
              break;
            }
          }
          if (!ok) continue;
          const better = chosen === null || KIND_RANK[end.value.kind] < KIND_RANK[chosen.kind] ||
            (KIND_RANK[end.value.kind] === KIND_RANK[chosen.kind] && (off < chosenOff || (off === chosenOff && preferOpen(end.value, chosen))));
          if (better) { chosen = end.value; chosenOff = off; }
        }
        if (chosen !== null) best = { start: i, end: j, entry: chosen };
      }
      if (j >= to) break;
      node = node.next.get(tokens[j]?.norm ?? '');
    }
    if (best !== null && best.end - best.start === 1 && inCapsRun(tokens, best.start, from, to)) best = null;
    if (best !== null) {
      out.push(best);
      i = best.end;
    } else i++;
  }
  return out;
}

// Two official roles in force for the same name: prefer the one still open (the later role).
function preferOpen(a: ActorEntry, b: ActorEntry): boolean {
  return a.kind === 'official' && b.kind === 'official' && (a.from ?? '') > (b.from ?? '');
}

const CAPS_WORD = /^[A-Z]{2,}$/;

// "IS SUED OVER ..." in an all-caps headline: a short acronym among capitalised words is no acronym.
function inCapsRun(tokens: readonly Token[], i: number, from: number, to: number): boolean {
  const t = tokens[i];
  if (!t || t.text.length > 3 || !CAPS_WORD.test(t.text)) return false;
  const prev = i > from ? tokens[i - 1] : undefined;
  const next = i + 1 < to ? tokens[i + 1] : undefined;
  return (prev !== undefined && CAPS_WORD.test(prev.text) && prev.text.length > 3) || (next !== undefined && CAPS_WORD.test(next.text) && next.text.length > 3);
}
