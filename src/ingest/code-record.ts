/** Code a record or an article text into the flat form the store writes. */
import type { ArticleMeta, CodedArticle } from '../model/stored.js';
import type { Coder } from '../pipeline/coder.js';
import { eventToJson } from '../model/event-json.js';
import { articleText } from './article-text.js';
import { contentHash } from './content-hash.js';
import { RecordError } from './record-error.js';
import type { RawRecord } from './records.js';

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
