/** Highlight spans of an untrusted text by building text nodes and <mark> elements: no HTML is ever parsed. */
import { h } from './dom.js';

/** A span to mark, relative to the text, with the CSS class saying what it is. */
export interface Mark { readonly start: number; readonly end: number; readonly kind: 'trigger' | 'source' | 'target' | 'attribution' | 'actor'; readonly title?: string }

/**
 * The text as a paragraph with its spans marked. Overlaps are resolved by dropping any mark that starts
 * inside an earlier one (the earlier, by start then length, wins), so every character appears exactly once.
 */
export function highlighted(text: string, marks: readonly Mark[], tag: 'p' | 'span' = 'p'): HTMLElement {
  const out = h(tag, { class: 'hl' });
  const sorted = [...marks].filter((m) => m.start >= 0 && m.end <= text.length && m.end > m.start).sort((a, b) => a.start - b.start || b.end - a.end);
  let at = 0;
  for (const m of sorted) {
    if (m.start < at) continue;
    if (m.start > at) out.append(document.createTextNode(text.slice(at, m.start)));
    out.append(h('mark', { class: `m-${m.kind}`, title: m.title ?? m.kind }, text.slice(m.start, m.end)));
    at = m.end;
  }
  if (at < text.length) out.append(document.createTextNode(text.slice(at)));
  return out;
}
