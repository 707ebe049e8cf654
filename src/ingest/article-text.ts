/** From a raw record to the article text and metadata the coder reads. */
import type { ArticleMeta } from '../model/stored.js';
import { htmlFragmentToText, htmlToText } from './html.js';
import type { RawRecord } from './records.js';

/** Extract the article text of a record (Readability for HTML); fills title and date from the page. */
export function articleText(r: RawRecord): { text: string; meta: ArticleMeta } {
  const fetched = r.fetchedAt ?? null;
  const meta = r.meta.publishedAt === null && fetched !== null && r.kind !== 'html' ? { ...r.meta, publishedAt: fetched } : r.meta;
  if (r.kind === 'text') return { text: r.content, meta };
  if (r.kind === 'fragment') return { text: htmlFragmentToText(r.content), meta };
  const h = htmlToText(r.content);
  return { text: h.text, meta: { ...meta, title: meta.title ?? h.title, publishedAt: meta.publishedAt ?? h.publishedAt ?? fetched } };
}
