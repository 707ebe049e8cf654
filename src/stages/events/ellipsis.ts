import type { Mention } from '../../model/types.js';
import { extend } from '../../model/extend.js';
import type { SentenceContext } from './context.js';
import type { Coded } from './coded.js';
import { group } from './sides.js';

/**
 * coordination.ellipsis: "Freedonia condemned Sylvania, as did Osterlich", "..., and so did Osterlich",
 * "... and Osterlich did too": an auxiliary (ELLIPSIS_AUX) standing for the clause's verb phrase gives the act
 * before it another source, with the same target, code and modality. The new source is no target of that
 * act ("condemned Sylvania and Osterlich did too" is no condemnation of Osterlich).
 */
export function addEllipsis(ctx: SentenceContext, coded: Coded[]): void {
  if (coded.length === 0) return;
  const { tokens, lex } = ctx;
  for (let k = ctx.from + 1; k < ctx.to; k++) {
    if (!lex.ELLIPSIS_AUX.has(tokens[k]?.norm ?? '')) continue;
    const sources = elidedSources(ctx, k);
    if (sources.length === 0) continue;
    const act = latestBefore(coded, k);
    const e = coded[act];
    if (!e || e.negated || e.sides.sources.length === 0) continue;
    const ids = new Set(sources.map((m) => m.id));
    const targets = e.sides.targets.filter((m) => !ids.has(m.id));
    coded[act] = extend(e, { sides: { sources: e.sides.sources, targets } });
    coded.push(extend(e, { sides: { sources, targets } }));
  }
}

/** The act an auxiliary at `k` stands for: the coded act whose trigger is the latest before it, or -1. */
function latestBefore(coded: readonly Coded[], k: number): number {
  let act = -1;
  let at = -1;
  coded.forEach((c, i) => {
    if (c.hit.trigger < k && c.hit.trigger > at) { act = i; at = c.hit.trigger; }
  });
  return act;
}

/** The actors an auxiliary at `k` stands for: "as did X", "so did X", or "X did too / also / as well". */
function elidedSources(ctx: SentenceContext, k: number): Mention[] {
  const { tokens } = ctx;
  const before = tokens[k - 1]?.norm;
  if (before === 'as' || before === 'so') {
    let s = k + 1;
    if (tokens[s]?.pos === 'DET') s++;
    const m = ctx.mentions.find((x) => x.tokenStart === s && !x.modifier);
    return m ? group(ctx.mentions, m, tokens) : [];
  }
  const after = tokens[k + 1]?.norm;
  const echo = after === 'too' || after === 'also' || after === 'likewise' || (after === 'so' && tokens[k + 2]?.norm === 'too') || (after === 'as' && tokens[k + 2]?.norm === 'well');
  if (!echo) return [];
  const m = ctx.mentions.find((x) => x.tokenEnd === k && !x.modifier);
  if (!m) return [];
  let b = m.tokenStart - 1;
  while (tokens[b]?.pos === 'DET') b--;
  const joiner = tokens[b]?.norm;
  return joiner === 'and' || joiner === ',' || joiner === 'but' ? [m] : [];
}

/**
 * coordination.neither: "Neither Freedonia nor Sylvania condemned ...", "condemned neither Sylvania nor
 * Osterlich": a side opened by "neither" names who did not act, or was not acted on.
 */
export function neitherSide(ctx: SentenceContext, side: readonly Mention[]): boolean {
  const first = side[0];
  if (!first) return false;
  let b = first.tokenStart - 1;
  while (ctx.tokens[b]?.pos === 'DET' && ctx.tokens[b]?.norm !== 'neither') b--;
  return ctx.tokens[b]?.norm === 'neither';
}
