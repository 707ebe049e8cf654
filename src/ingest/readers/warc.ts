/** WARC files (as in CC-NEWS crawls): HTML response records become articles with their URL and crawl date. */
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { RecordError } from '../record-error.js';
import { ByteReader, decodeHtml } from './bytes.js';
import type { ReadItem } from '../records.js';
import { recordDate } from './record-date.js';

const HEADER_LINE_MAX = 64 * 1024;

async function readHeaders(reader: ByteReader, where: string): Promise<Map<string, string>> {
  const h = new Map<string, string>();
  for (;;) {
    const r = await reader.readLine(HEADER_LINE_MAX);
    if (r === null) throw new RecordError('ING006', where, 'input ends inside a WARC header (truncated file?)');
    if ('oversize' in r) throw new RecordError('ING009', where, `WARC header line of ${r.oversize} bytes`);
    if (r.line.length === 0) return h;
    const s = r.line.toString('latin1');
    const colon = s.indexOf(':');
    if (colon > 0) h.set(s.slice(0, colon).trim().toLowerCase(), s.slice(colon + 1).trim());
  }
}

function dechunk(body: Buffer, where: string): Buffer {
  const parts: Buffer[] = [];
  let pos = 0;
  for (;;) {
    const eol = body.indexOf('\r\n', pos);
    if (eol < 0) throw new RecordError('ING014', where, 'broken chunked transfer encoding');
    const size = parseInt(body.subarray(pos, eol).toString('latin1'), 16);
    if (Number.isNaN(size)) throw new RecordError('ING014', where, 'broken chunked transfer encoding');
    if (size === 0) return Buffer.concat(parts);
    parts.push(body.subarray(eol + 2, eol + 2 + size));
    pos = eol + 2 + size + 2;
  }
}

/** The HTML page inside an HTTP response block, decoded; null when the response is not an HTML page. */
function htmlOfResponse(block: Buffer, where: string): string | null {
  const split = block.indexOf('\r\n\r\n');
  if (split < 0) throw new RecordError('ING009', where, 'HTTP response without a header/body separator');
  const lines = block.subarray(0, split).toString('latin1').split('\r\n');
  const status = /^HTTP\/[\d.]+\s+(\d{3})/.exec(lines[0] ?? '');
  if (!status || status[1] !== '200') return null;
  const h = new Map<string, string>();
  for (const l of lines.slice(1)) {
    const c = l.indexOf(':');
    if (c > 0) h.set(l.slice(0, c).trim().toLowerCase(), l.slice(c + 1).trim());
  }
  const type = h.get('content-type') ?? '';
  if (!/text\/html|application\/xhtml/i.test(type)) return null;
  let body = block.subarray(split + 4);
  if (/chunked/i.test(h.get('transfer-encoding') ?? '')) body = dechunk(body, where);
  const enc = (h.get('content-encoding') ?? '').toLowerCase();
  try {
    if (enc === 'gzip' || enc === 'x-gzip') body = gunzipSync(body);
    else if (enc === 'deflate') body = inflateSync(body);
    else if (enc === 'br') body = brotliDecompressSync(body);
  } catch (e) {
    throw new RecordError('ING015', where, `cannot undo content encoding ${enc}: ${e instanceof Error ? e.message : String(e)}`);
  }
  return decodeHtml(body, where, /charset=["']?([\w.:-]+)/i.exec(type)?.[1] ?? null);
}

/** Stream the HTML responses of a WARC file; other records (requests, metadata, images) are passed over. */
export async function* readWarc(reader: ByteReader, name: string, maxBytes: number): AsyncGenerator<ReadItem> {
  let n = 0;
  for (;;) {
    let first = await reader.readLine(HEADER_LINE_MAX);
    while (first !== null && 'line' in first && first.line.length === 0) first = await reader.readLine(HEADER_LINE_MAX);
    if (first === null) return;
    n++;
    const where = `${name}#record${n}`;
    if (!('line' in first) || !first.line.toString('latin1').startsWith('WARC/')) {
      // Without a record header there is no length to resynchronise on: the rest of the file is lost.
      yield { error: new RecordError('ING009', where, 'not a WARC record header; the rest of the file is skipped') };
      return;
    }
    let headers: Map<string, string>;
    try {
      headers = await readHeaders(reader, where);
    } catch (e) {
      yield { error: e instanceof RecordError ? e : new RecordError('ING009', where, String(e)) };
      return;
    }
    const length = Number(headers.get('content-length'));
    if (!Number.isInteger(length) || length < 0) {
      yield { error: new RecordError('ING009', where, 'WARC record without a valid Content-Length; the rest of the file is skipped') };
      return;
    }
    const uri = headers.get('warc-target-uri') ?? null;
    const origin = uri ? `${where} (${uri})` : where;
    const type = headers.get('warc-type');
    if (type !== 'response' || length > maxBytes) {
      await reader.skip(length, origin);
      if (type === 'response') yield { error: new RecordError('ING007', origin, `response of ${length} bytes, over the --max-bytes limit of ${maxBytes}`) };
      continue;
    }
    const block = await reader.readExact(length, origin);
    let html: string | null;
    try {
      html = htmlOfResponse(block, origin);
    } catch (e) {
      yield { error: e instanceof RecordError ? e : new RecordError('ING016', origin, `unreadable record: ${String(e)}`) };
      continue;
    }
    if (html === null) continue;
    let host: string | null = null;
    try { host = uri ? new URL(uri).host : null; } catch { host = null; }
    const fetchedAt = recordDate(headers.get('warc-date'), origin);
    if (fetchedAt instanceof RecordError) { yield { error: fetchedAt }; continue; }
    yield {
      record: {
        kind: 'html', content: html, fetchedAt,
        meta: { id: headers.get('warc-record-id') ?? uri ?? where, origin, title: null, url: uri, source: host, publishedAt: null },
      },
    };
  }
}
