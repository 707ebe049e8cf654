/** A port of the reference scorer (../shared/tools/score.py): same matching, same figures. */
import { z } from 'zod';
import { ActorJson, EventJson } from '../model/event-json.js';

interface GoldEvent { source?: string | null; target?: string | null; cameo?: string; plover?: string; optional?: boolean }
/** A gold record (see shared/gold/README.md). */
export interface GoldRecord { id: unknown; events?: GoldEvent[]; penta?: number; acled?: string; plover_original?: string }
/** A predicted side: the event JSON's actor, of which the scorer reads only code and country (or a bare code). */
const PredSide = z.union([ActorJson.pick({ code: true, country: true }).partial(), z.string()]).nullable();
/** A predicted event: the fields of the event JSON the scorer reads, each optional (score.py reads other tools' output too). */
export const PredEvent = EventJson.pick({ cameo: true, acled: true, negated: true }).partial().extend({
  source: PredSide.optional(),
  target: PredSide.optional(),
  plover: z.union([EventJson.shape.plover.pick({ type: true }).partial(), z.string()]).nullable().optional(),
});
export type PredEvent = z.infer<typeof PredEvent>;
type PredSide = z.infer<typeof PredSide>;
/** A prediction record as `dyad code --jsonl` writes it. */
export interface PredRecord { id: unknown; events?: readonly PredEvent[] | null }

function side(s: PredSide | string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  const v = typeof s === 'string' ? s : s.code || s.country || '';
  return v ? v.toUpperCase() : null;
}

function sameActor(gold: string | null, pred: string | null): boolean {
  return gold === null || (pred !== null && pred.slice(0, 3) === gold.slice(0, 3));
}

function etype(e: PredEvent | GoldEvent, byPlover: boolean): string | null {
  if (byPlover) {
    const p = e.plover;
    return (typeof p === 'object' && p !== null ? p.type : p) || null;
  }
  return e.cameo ? String(e.cameo).slice(0, 2) : null;
}

function penta(root: string): number | null {
  if (!/^\d+$/.test(root)) return null;
  const r = Number(root);
  return r <= 2 ? 0 : r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 || r === 16 ? 3 : 4;
}

function f1(tp: number, fp: number, fn: number): [number, number, number] {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
}

function perLabel<T>(pairs: [T, T | null][], labels: T[]): Map<T, number> {
  const out = new Map<T, number>();
  for (const lab of labels) {
    let tp = 0, fp = 0, fn = 0;
    for (const [g, p] of pairs) {
      if (g === lab && p === lab) tp++;
      else if (g !== lab && p === lab) fp++;
      else if (g === lab && p !== lab) fn++;
    }
    out.set(lab, f1(tp, fp, fn)[2]);
  }
  return out;
}

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;
/** Format like Python's f"{x:.3f}": exact ties (odd multiples of 1/16) round half to even, unlike toFixed. */
export function f3(x: number): string {
  const sixteenths = x * 16;
  if (Number.isInteger(sixteenths) && sixteenths % 2 !== 0) {
    const scaled = x * 1000; // exact: n/16*1000 = n*62.5
    const lower = Math.floor(scaled);
    const even = lower % 2 === 0 ? lower : lower + 1;
    return (even / 1000).toFixed(3);
  }
  return x.toFixed(3);
}

/** Scores in the reference scorer's JSON shape, and its one-line summary. */
export interface ScoreResult { json: Record<string, unknown>; summary: string }

/** Score predictions against gold exactly as score.py does. */
export function score(gold: Map<string, GoldRecord>, pred: Map<string, PredRecord>): ScoreResult {
  const missing = [...gold.keys()].filter((k) => !pred.has(k));
  const res: Record<string, unknown> = { records: gold.size, missing_predictions: missing.length };
  let tp = 0, fp = 0, fn = 0;
  const docF1s: number[] = [];
  const pentas: [number, number | null][] = [];
  const acleds: [string, string | null][] = [];
  let anyEvents = false;
  for (const [gid, g] of gold) {
    const evs = (pred.get(gid)?.events ?? []).filter((e) => !e.negated);
    if (g.events !== undefined) {
      anyEvents = true;
      const byPlover = g.events.some((e) => 'plover' in e) || 'plover_original' in g;
      const golds = g.events;
      const used = new Set<number>();
      for (const e of evs) {
        const t = etype(e, byPlover);
        const s = side(e.source);
        const o = side(e.target);
        let hit = -1;
        for (let i = 0; i < golds.length; i++) {
          if (used.has(i)) continue;
          const ge = golds[i];
          if (!ge) continue;
          if (etype(ge, byPlover) === t && sameActor(side(ge.source), s) && sameActor(side(ge.target), o)) { hit = i; break; }
        }
        if (hit < 0) fp++;
        else {
          used.add(hit);
          if (!golds[hit]?.optional) tp++;
        }
      }
      const recTp = [...used].filter((i) => !golds[i]?.optional).length;
      const recFn = golds.filter((ge, i) => !used.has(i) && !ge.optional).length;
      const recFp = evs.length - used.size;
      fn += recFn;
      if (recTp + recFn) docF1s.push(f1(recTp, recFp, recFn)[2]);
    }
    if (g.penta !== undefined) {
      const first = evs.find((e) => e.cameo);
      pentas.push([g.penta, first ? penta(String(first.cameo).slice(0, 2)) : null]);
    }
    if (g.acled !== undefined) {
      const first = evs.find((e) => e.acled)?.acled ?? null;
      acleds.push([g.acled, first]);
    }
  }
  const summary: string[] = [];
  if (anyEvents) {
    const [p, r, f] = f1(tp, fp, fn);
    const mean = docF1s.length ? docF1s.reduce((a, b) => a + b, 0) / docF1s.length : 0;
    res.dyads = { tp, fp, fn, precision: round4(p), recall: round4(r), f1: round4(f), record_mean_f1: round4(mean) };
    summary.push(`dyads P=${f3(p)} R=${f3(r)} F1=${f3(f)} recordMeanF1=${f3(mean)}`);
  }
  if (pentas.length) {
    const acc = pentas.filter(([g, p]) => g === p).length / pentas.length;
    const per = perLabel(pentas, [0, 1, 2, 3, 4]);
    const mf = [...per.values()].reduce((a, b) => a + b, 0) / 5;
    res.penta = { n: pentas.length, accuracy: round4(acc), macro_f1: round4(mf), no_event: pentas.filter(([, p]) => p === null).length };
    summary.push(`penta acc=${f3(acc)} macroF1=${f3(mf)}`);
  }
  if (acleds.length) {
    const labels = [...new Set(acleds.map(([g]) => g))].sort();
    const acc = acleds.filter(([g, p]) => g === p).length / acleds.length;
    const per = perLabel(acleds, labels);
    const mf = labels.length ? [...per.values()].reduce((a, b) => a + b, 0) / labels.length : 0;
    const support = new Map(labels.map((l) => [l, acleds.filter(([g]) => g === l).length]));
    const wf = labels.reduce((a, l) => a + (per.get(l) ?? 0) * (support.get(l) ?? 0), 0) / Math.max(1, acleds.length);
    res.acled = { n: acleds.length, micro_f1: round4(acc), macro_f1: round4(mf), weighted_f1: round4(wf), no_label: acleds.filter(([, p]) => p === null).length };
    summary.push(`acled microF1=${f3(acc)} macroF1=${f3(mf)} weightedF1=${f3(wf)}`);
  }
  return { json: res, summary: `${gold.size} records, ${missing.length} unanswered; ${summary.join('; ')}` };
}
