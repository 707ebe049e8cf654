/** HTML to article text: Readability on linkedom, loaded only when an HTML record arrives. */
import { createRequire } from 'node:module';

// The HTML libraries are required on first use, not imported: a JSON Lines or plain-text run never loads
// them, and the record path stays synchronous (a worker codes a record in one tick).
const require = createRequire(import.meta.url);
type Linkedom = typeof import('linkedom');
type ReadabilityModule = typeof import('@mozilla/readability');
let linkedom: Linkedom | null = null;
let readability: ReadabilityModule | null = null;
/** linkedom's parseHTML, loaded once. */
export function parseHTML(html: string): ReturnType<Linkedom['parseHTML']> {
  linkedom ??= require('linkedom') as Linkedom;
  return linkedom.parseHTML(html);
}
/** linkedom's DOMParser class (feeds), loaded once. */
export function domParser(): InstanceType<Linkedom['DOMParser']> {
  linkedom ??= require('linkedom') as Linkedom;
  return new linkedom.DOMParser();
}
function Readability(): ReadabilityModule['Readability'] {
  readability ??= require('@mozilla/readability') as ReadabilityModule;
  return readability.Readability;
}
import { isCalendarDate } from '../model/dates.js';

const BLOCK = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'TR', 'FIGCAPTION', 'PRE', 'HEADER', 'FOOTER', 'UL', 'OL', 'TABLE']);

interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
}

/** The article text and metadata Readability finds in an HTML page. */
export interface HtmlArticle {
  readonly text: string;
  readonly title: string | null;
  readonly publishedAt: string | null;
}

/** Extract the article text from an HTML page (Readability on linkedom), keeping paragraph breaks. */
export function htmlToText(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const meta = (sel: string): string | null => document.querySelector(sel)?.getAttribute('content') ?? null;
  const published = meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]') ?? meta('meta[name="pubdate"]');
  // Readability mutates the document; it works on the parsed page.
  const parsed = new (Readability())(document as unknown as Document).parse();
  let text: string;
  let title: string | null = parsed?.title ?? document.querySelector('title')?.textContent ?? null;
  if (parsed?.content) {
    const { document: frag } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
    text = blockText(frag.body as unknown as NodeLike);
  } else {
    text = blockText(document.body as unknown as NodeLike);
  }
  if (title) title = title.trim();
  // A page's own date tag is page chrome, often wrong: one that names no real day is left out, not trusted.
  const date = published && isCalendarDate(published.slice(0, 10)) ? published.slice(0, 10) : null;
  return { text, title: title || null, publishedAt: date };
}

function blockText(root: NodeLike): string {
  const parts: string[] = [];
  const walk = (node: NodeLike): void => {
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (name === 'SCRIPT' || name === 'STYLE' || name === 'NOSCRIPT') return;
    if (name === 'BR') parts.push('\n');
    const block = BLOCK.has(name);
    if (block) parts.push('\n\n');
    for (let i = 0; i < node.childNodes.length; i++) {
      const c = node.childNodes[i];
      if (c) walk(c);
    }
    if (block) parts.push('\n\n');
  };
  walk(root);
  return parts.join('').split('\n').map((l) => l.trim()).join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** Text of an HTML fragment (a feed item's content): block breaks kept, no Readability (there is no page chrome). */
export function htmlFragmentToText(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return blockText(document.body as unknown as NodeLike);
}
