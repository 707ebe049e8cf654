/** Turn a raw input record into a coded article: HTML extraction, content hash, coding, flattening. */
import { createHash } from 'node:crypto';
import type { ArticleMeta, CodedArticle } from '../model/stored.js';
import type { Coder } from '../pipeline/coder.js';
import { eventToJson } from '../pipeline/output.js';
import { htmlFragmentToText, htmlToText } from '../stages/clean/html.js';

/** A record as read from any input format, before coding. */
export interface RawRecord {
  readonly meta: ArticleMeta;
  readonly content: string;
  /** What `content` is: plain text, a whole HTML page (Readability), or an HTML fragment (a feed item). */
  readonly kind: 'text' | 'html' | 'fragment';
  /** When the page was fetched (a crawl's date): the publication date only if neither record nor page gives one. */
  readonly fetchedAt?: string | null;
}

/** Content hash of an article text: the store's key. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** An input that cannot be coded: the message names the record. */
export class RecordError extends Error {
  constructor(readonly code: string, readonly origin: string, readonly detail: string) {
    super(`[${code}] ${origin}: ${detail}`);
  }
}

/** Extract the article text of a record (Readability for HTML); fills title and date from the page. */
export function articleText(r: RawRecord): { text: string; meta: ArticleMeta } {
  const fetched = r.fetchedAt ?? null;
  const meta = r.meta.publishedAt === null && fetched !== null && r.kind !== 'html' ? { ...r.meta, publishedAt: fetched } : r.meta;
  if (r.kind === 'text') return { text: r.content, meta };
  if (r.kind === 'fragment') return { text: htmlFragmentToText(r.content), meta };
  const h = htmlToText(r.content);
  return { text: h.text, meta: { ...meta, title: meta.title ?? h.title, publishedAt: meta.publishedAt ?? h.publishedAt ?? fetched } };
}

/** Code a record into the flat form the store writes (`hash` when already known). Throws RecordError when there is no text. */
export function codeRecord(coder: Coder, r: RawRecord, hash?: string): CodedArticle {
  const { text, meta } = articleText(r);
  if (text.trim() === '') throw new RecordError('ING010', meta.origin, r.kind !== 'text' ? 'no article text found in the HTML' : 'empty text');
  return codeText(coder, text, meta, hash ?? contentHash(text));
}

/** Code an article text whose hash is known. */
export function codeText(coder: Coder, text: string, meta: ArticleMeta, hash: string): CodedArticle {
  const doc = coder.code({
    id: meta.id, text,
    ...(meta.title ? { title: meta.title } : {}), ...(meta.url ? { url: meta.url } : {}),
    ...(meta.source ? { source: meta.source } : {}), ...(meta.publishedAt ? { publishedAt: meta.publishedAt } : {}),
  });
  return {
    hash, meta, text, coderVersion: coder.version,
    sentences: doc.sentences.map((s) => [s.start, s.end] as const),
    mentions: doc.mentions.map((m) => ({
      sentence: m.sentence, start: m.start, end: m.end, text: m.text, code: m.actor.code,
      country: m.actor.country ?? null, sector: m.actor.sector ?? null, name: m.actor.name ?? null, rule: m.rule,
    })),
    events: doc.events.map(eventToJson),
  };
}
