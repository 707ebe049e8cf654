/** Tiny DOM helpers. Text always goes in through textContent, never as HTML: article text is untrusted. */
type Attrs = Record<string, string | number | boolean | null | undefined>;
type Child = Node | string | null | undefined | false;

/** Create an element with attributes and children (strings become text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}

const SVG = 'http://www.w3.org/2000/svg';

/** Create an SVG element with attributes. */
export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined && v !== false) el.setAttribute(k, String(v));
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}

/** Colour for a Goldstein score: red (conflict, -10) through grey to blue (cooperation, +10). */
export function toneColour(g: number): string {
  const t = Math.max(-1, Math.min(1, g / 10));
  const hue = t < 0 ? 4 : 205;
  const sat = Math.round(25 + 55 * Math.abs(t));
  const light = Math.round(62 - 18 * Math.abs(t));
  return `hsl(${hue} ${sat}% ${light}%)`;
}

export const QUAD_NAMES = ['Verbal cooperation', 'Material cooperation', 'Verbal conflict', 'Material conflict'] as const;
export const QUAD_COLOURS = ['#74a9cf', '#0570b0', '#fc8d59', '#b30000'] as const;
