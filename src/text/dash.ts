import type { Token } from '../model/types.js';

/**
 * Whether token `i` is a dash: "—" or "–" (whose form is normalised to "-"), "--", or a hyphen with space on
 * both sides ("Pompeo - who is ... - arrived"); a hyphen inside a word ("Iran-backed") is none.
 */
export function isDash(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || (t.norm !== '-' && t.norm !== '--')) return false;
  if (t.text !== '-') return true;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return prev !== undefined && next !== undefined && prev.end < t.start && t.end < next.start;
}
