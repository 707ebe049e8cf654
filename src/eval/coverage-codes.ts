/**
 * CAMEO codes the dictionaries leave silent: leaf codes no pattern produces (directly, or by the intent,
 * threat, demand or refusal recoding of another pattern), and codes that never fired on a corpus. Each is
 * ranked by how many actor sentences carry the content words of its codebook name: a rough measure of how
 * much language the gap leaves uncoded, with the first such sentence as an example.
 */
import type { Sentence, Token } from '../model/types.js';
import type { CameoTable } from '../ontology/cameo.js';
import { demandCode, intentCode, rejectCode, threatCode } from '../ontology/intent.js';
import type { VerbDictionary } from '../dictionaries/verbs.js';

/** One ranked row: a key, how often it was seen, the first sentence it was seen in. */
export interface CoverageRow {
  readonly key: string;
  readonly count: number;
  readonly example: string;
  /** Extra facts about the key ("place", "no pattern", "via threat of 162"). */
  readonly note: string;
}

/** Counts cue words of silent codes sentence by sentence, and ranks the codes. */
export interface CodeCues {
  /** Count the sentence for every code whose cue words it holds. */
  scan(tokens: readonly Token[], s: Sentence, example: () => string): void;
  /** Codes with no pattern, then codes reached only by recoding, then codes with a pattern that never fired. */
  report(fired: ReadonlyMap<string, number>, top: number): CoverageRow[];
}

// Words of codebook names that say nothing about the act ("Engage in …", "not specified below").
const GENERIC = new Set(['not', 'specified', 'below', 'engage', 'make', 'conduct', 'express', 'other', 'with', 'from', 'into', 'their', 'change', 'such', 'non-mediation']);
const PREFIX = 5;

function cueKey(word: string): string {
  return word.slice(0, PREFIX);
}

/** Content words of a code's name, as prefix keys ("Threaten to halt negotiations" → halt, negot, threa). */
export function cueWords(name: string): string[] {
  const words = name.toLowerCase().split(/[^a-z-]+/).filter((w) => w.length >= 4 && !GENERIC.has(w));
  return [...new Set(words.map(cueKey))];
}

/** Every code some pattern yields, directly or through the 03/13/10/12 recoding of its act. */
export function reachableCodes(verbs: VerbDictionary): { direct: Set<string>; recoded: Map<string, string> } {
  const direct = new Set<string>();
  for (const list of verbs.byTrigger.values()) for (const p of list) if (!p.say && !p.none) direct.add(p.code);
  const recoded = new Map<string, string>();
  for (const c of direct) {
    for (const [how, r] of [['intent', intentCode(c)], ['threat', threatCode(c)], ['demand', demandCode(c)], ['refusal', rejectCode(c)]] as const) {
      if (r !== null && !direct.has(r) && !recoded.has(r)) recoded.set(r, `via ${how} of ${c}`);
    }
  }
  return { direct, recoded };
}

/** Codes no other code extends (CAMEO's most specific codes). */
export function leafCodes(cameo: CameoTable): string[] {
  const codes = [...cameo.keys()];
  return codes.filter((c) => !codes.some((o) => o !== c && o.startsWith(c)));
}

/** Compile the cue index once for a dictionary and a CAMEO table. */
export function createCodeCues(verbs: VerbDictionary, cameo: CameoTable): CodeCues {
  const { direct, recoded } = reachableCodes(verbs);
  const leaves = leafCodes(cameo);
  const need = new Map<string, number>();
  // The first content word names the act ("halt", "hunger", "violent"): a sentence must hold it.
  const head = new Map<string, string>();
  const byCue = new Map<string, string[]>();
  for (const c of leaves) {
    const cues = cueWords(cameo.get(c)?.name ?? '');
    need.set(c, Math.min(2, cues.length));
    if (cues[0] !== undefined) head.set(c, cues[0]);
    for (const k of cues) {
      const list = byCue.get(k);
      if (list) list.push(c);
      else byCue.set(k, [c]);
    }
  }
  const counts = new Map<string, { count: number; example: string }>();
  const hits = new Map<string, number>();
  const headSeen = new Set<string>();
  const seen = new Set<string>();

  const scan = (tokens: readonly Token[], s: Sentence, example: () => string): void => {
    hits.clear();
    seen.clear();
    headSeen.clear();
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i];
      if (!t || t.norm.length < 4) continue;
      for (const w of t.lemma === t.norm ? [t.norm] : [t.norm, t.lemma.toLowerCase()]) {
        const k = cueKey(w);
        if (seen.has(k)) continue;
        seen.add(k);
        for (const c of byCue.get(k) ?? []) {
          hits.set(c, (hits.get(c) ?? 0) + 1);
          if (head.get(c) === k) headSeen.add(c);
        }
      }
    }
    for (const [c, n] of hits) {
      if (n < (need.get(c) ?? 1) || !headSeen.has(c)) continue;
      const t = counts.get(c);
      if (t) t.count++;
      else counts.set(c, { count: 1, example: example() });
    }
  };

  const report = (fired: ReadonlyMap<string, number>, top: number): CoverageRow[] => {
    const row = (c: string, note: string): CoverageRow => {
      const t = counts.get(c);
      return { key: `${c} ${cameo.get(c)?.name ?? ''}`, count: t?.count ?? 0, example: t?.example ?? '', note };
    };
    const group = (rows: CoverageRow[]): CoverageRow[] => rows.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1)).slice(0, top);
    const silent = leaves.filter((c) => (fired.get(c) ?? 0) === 0);
    return [
      ...group(silent.filter((c) => !direct.has(c) && !recoded.has(c)).map((c) => row(c, 'no pattern'))),
      ...group(silent.filter((c) => recoded.has(c)).map((c) => row(c, recoded.get(c) ?? ''))),
      ...group(silent.filter((c) => direct.has(c)).map((c) => row(c, 'never fired'))),
    ];
  };
  return { scan, report };
}
