import { readFileSync } from 'node:fs';
import type { Coder } from '../pipeline/coder.js';
import { eventToJson } from '../model/event-json.js';
import { score, type GoldRecord, type PredRecord, type ScoreResult } from '../eval/score.js';

/** Load a JSON Lines file into records keyed by id, naming the bad line on error. */
export function loadJsonl<T extends { id: unknown }>(path: string): Map<string, T> {
  const out = new Map<string, T>();
  readFileSync(path, 'utf8').split('\n').forEach((line, n) => {
    if (!line.trim()) return;
    let r: T;
    try {
      r = JSON.parse(line) as T;
    } catch (e) {
      throw new Error(`${path}:${n + 1}: not JSON: ${e instanceof Error ? e.message : String(e)}`);
    }
    out.set(String(r.id), r);
  });
  return out;
}

/**
 * Code every gold record and score the result like ../shared/tools/score.py. The coder is the caller's,
 * so `dyad eval` scores exactly what `dyad code --jsonl` with the same flags writes.
 */
export function evaluate(coder: Coder, goldPath: string): { result: ScoreResult; predictions: PredRecord[] } {
  const gold = loadJsonl<GoldRecord & { text?: string; date?: string; title?: string }>(goldPath);
  const preds = new Map<string, PredRecord>();
  for (const [id, g] of gold) {
    const doc = coder.code({ id, text: g.text ?? '', ...(g.date ? { publishedAt: g.date.slice(0, 10) } : {}), ...(g.title ? { title: g.title } : {}) });
    preds.set(id, { id, events: doc.events.map(eventToJson) });
  }
  return { result: score(gold, preds), predictions: [...preds.values()] };
}
