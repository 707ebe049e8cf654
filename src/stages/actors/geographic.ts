import { isCap, type ActorContext } from './context.js';
import type { Head } from './head.js';

/**
 * compose.geographic-name: a country's name or adjective before a capitalised head of a geographic feature
 * (lexicon GEO_FEATURE_HEADS) is part of the feature's name, a place, no actor: "the Jordan Valley", "the Taiwan
 * Strait", "the South China Sea", "the Korean Peninsula". The name is passed over whole.
 */
export function geographicName(cx: ActorContext, h: Head): number {
  const { m } = h;
  if (m.entry.kind !== 'country' && m.entry.kind !== 'adj') return -1;
  const next = cx.tokens[m.end];
  if (next === undefined || m.end >= cx.s.tokenEnd || !isCap(next) || !cx.lex.GEO_FEATURE_HEADS.has(next.norm)) return -1;
  return m.end + 1;
}
