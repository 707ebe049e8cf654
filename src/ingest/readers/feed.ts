/** RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item becomes an article from its content, title, link and date. */
import { domParser } from '../html.js';
import { RecordError } from '../record-error.js';
import type { ReadItem } from '../records.js';
import { recordDate } from './record-date.js';

interface El {
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly children: ArrayLike<El>;
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<El>;
}

function childText(el: El, names: readonly string[]): string | null {
  for (const name of names) {
    for (let i = 0; i < el.children.length; i++) {
      const c = el.children[i];
      if (c && c.nodeName.toLowerCase() === name) {
        const t = (c.textContent ?? '').trim();
        if (t) return t;
      }
    }
  }
  return null;
}

function atomLink(el: El): string | null {
  let fallback: string | null = null;
  for (let i = 0; i < el.children.length; i++) {
    const c = el.children[i];
    if (!c || c.nodeName.toLowerCase() !== 'link') continue;
    const href = c.getAttribute('href');
    if (!href) continue;
    const rel = c.getAttribute('rel');
    if (rel === null || rel === 'alternate') return href;
    fallback ??= href;
  }
  return fallback;
}

/** Parse a feed document. `name` is the file or URL; items are numbered from 1 in the origin. */
export function parseFeed(xml: string, name: string, maxBytes: number): ReadItem[] {
  const doc = domParser().parseFromString(xml, 'text/xml') as unknown as { documentElement: El | null };
  const root = doc.documentElement;
  const kind = root?.nodeName.toLowerCase();
  if (!root || (kind !== 'rss' && kind !== 'feed' && kind !== 'rdf:rdf')) {
    return [{ error: new RecordError('ING008', name, `not an RSS or Atom feed (root element ${kind ? `<${kind}>` : 'missing'})`) }];
  }
  const atom = kind === 'feed';
  const channelTitle = atom ? childText(root, ['title']) : (() => { const ch = root.getElementsByTagName('channel')[0]; return ch ? childText(ch, ['title']) : null; })();
  const items = root.getElementsByTagName(atom ? 'entry' : 'item');
  const out: ReadItem[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (!it) continue;
    const origin = `${name}#item${i + 1}`;
    const content = childText(it, atom ? ['content', 'summary'] : ['content:encoded', 'description']);
    const title = childText(it, ['title']);
    const url = atom ? atomLink(it) : childText(it, ['link']);
    const id = childText(it, atom ? ['id'] : ['guid']) ?? url ?? origin;
    if (!content && !title) { out.push({ error: new RecordError('ING003', origin, 'feed item has neither content nor title') }); continue; }
    const body = content ?? '';
    if (body.length > maxBytes) { out.push({ error: new RecordError('ING007', origin, `item content is ${body.length} characters, over the --max-bytes limit of ${maxBytes}`) }); continue; }
    const date = recordDate(childText(it, atom ? ['published', 'updated'] : ['pubdate', 'dc:date']), origin);
    if (date instanceof RecordError) { out.push({ error: date }); continue; }
    out.push({
      record: {
        kind: 'fragment',
        // The headline carries the event as often as the summary does; code it as the first paragraph.
        content: title && content ? `<p>${escapeXml(title)}</p>${body}` : body || escapeXml(title ?? ''),
        meta: {
          id, origin, title, url,
          source: childText(it, ['source']) ?? channelTitle,
          publishedAt: date,
        },
      },
    });
  }
  return out;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
