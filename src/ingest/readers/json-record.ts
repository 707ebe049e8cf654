/** Map the many shapes of JSON news records onto Dyad's raw record, with clear errors for the rest. */
import type { ReadItem } from '../records.js';
import { RecordError } from '../record-error.js';
import { recordDate } from './record-date.js';

function str(o: Record<string, unknown>, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = o[k];
    if (typeof v === 'string' && v.trim() !== '') return v;
    if (typeof v === 'number') return String(v);
    if (v && typeof v === 'object' && 'name' in v && typeof (v as { name: unknown }).name === 'string') return (v as { name: string }).name;
  }
  return null;
}

const TEXT = ['text', 'content', 'body', 'maintext', 'article', 'story'] as const;
const HTML = ['html', 'raw_html', 'content_html'] as const;

/** Build a raw record from a parsed JSON value; `origin` says where it was read (file:line). */
export function recordFromJson(json: unknown, origin: string, fallbackId: string, maxBytes: number): ReadItem {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return { error: new RecordError('ING018', origin, 'record is not a JSON object') };
  const o = json as Record<string, unknown>;
  const id = str(o, ['id', 'guid', 'uuid', 'doc_id']) ?? fallbackId;
  const where = id === fallbackId ? origin : `${origin} (id ${id})`;
  const text = str(o, TEXT);
  const html = text === null ? str(o, HTML) : null;
  if (text === null && html === null) return { error: new RecordError('ING003', where, `no text: expected one of the fields ${[...TEXT, ...HTML].join(', ')}`) };
  const content = text ?? html ?? '';
  if (content.length > maxBytes) return { error: new RecordError('ING007', where, `record text is ${content.length} characters, over the --max-bytes limit of ${maxBytes}`) };
  const date = recordDate(o['date'] ?? o['publishedAt'] ?? o['published_at'] ?? o['published'] ?? o['pubDate'] ?? o['date_publish'], where);
  if (date instanceof RecordError) return { error: date };
  return {
    record: {
      kind: text !== null ? 'text' : 'html',
      content,
      meta: {
        id, origin,
        title: str(o, ['title', 'headline']),
        url: str(o, ['url', 'link', 'source_url']),
        source: str(o, ['source', 'outlet', 'publisher', 'source_domain', 'domain', 'site']),
        publishedAt: date,
      },
    },
  };
}
