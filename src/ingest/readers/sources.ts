/** Expand ingest arguments (files, folders, `-`, URLs) and read each with the reader its format needs. */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { RecordError } from '../record-error.js';
import { ByteReader, decodeHtml, decodeUtf8 } from './bytes.js';
import { parseFeed } from './feed.js';
import { readJsonDocument, readJsonl } from './jsonl.js';
import type { ReadItem } from '../records.js';
import { readWarc } from './warc.js';

/** The input formats Dyad reads. */
export type Format = 'text' | 'html' | 'json' | 'jsonl' | 'feed' | 'warc';

/** Options for reading inputs. */
export interface ReadOptions {
  /** Largest record (or text file) accepted, in bytes. */
  readonly maxBytes: number;
  /** Called with the number of raw input bytes consumed (for progress). */
  readonly onBytes?: (n: number) => void;
}

const EXT: readonly [RegExp, Format][] = [
  [/\.(txt|text)$/i, 'text'], [/\.html?$/i, 'html'], [/\.json$/i, 'json'], [/\.(jsonl|ndjson)(\.gz)?$/i, 'jsonl'],
  [/\.(xml|rss|atom)$/i, 'feed'], [/\.warc(\.gz)?$/i, 'warc'],
];

/** The format a file name says it holds, or null. */
export function formatOf(path: string): Format | null {
  for (const [re, f] of EXT) if (re.test(path)) return f;
  return null;
}

const isUrl = (p: string): boolean => /^https?:\/\//i.test(p);

/** Files under a folder, recursively, in a stable order; hidden ones are left out, those of unknown format are kept (to be reported). */
async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

/** One input to read: a file (with its format), stdin, a URL, or an argument that failed to expand. */
export type Input = { readonly kind: 'file'; readonly path: string; readonly format: Format | null; readonly size: number }
  | { readonly kind: 'stdin' } | { readonly kind: 'url'; readonly url: string } | { readonly kind: 'bad'; readonly error: RecordError };

/** Expand the command-line arguments into inputs; missing paths become errors, not exceptions. */
export async function expandInputs(args: readonly string[]): Promise<Input[]> {
  const out: Input[] = [];
  for (const a of args) {
    if (a === '-') { out.push({ kind: 'stdin' }); continue; }
    if (isUrl(a)) { out.push({ kind: 'url', url: a }); continue; }
    try {
      const st = await stat(a);
      if (st.isDirectory()) {
        for (const f of await walk(a)) out.push({ kind: 'file', path: f, format: formatOf(f), size: (await stat(f)).size });
      } else out.push({ kind: 'file', path: a, format: formatOf(a), size: st.size });
    } catch (e) {
      out.push({ kind: 'bad', error: new RecordError('ING001', a, `cannot read: ${e instanceof Error ? e.message : String(e)}`) });
    }
  }
  return out;
}

function counted(stream: Readable, onBytes?: (n: number) => void): Readable {
  if (onBytes) stream.on('data', (c: Buffer) => onBytes(c.length));
  return stream;
}

/** Guess the format of stdin or a fetched body from its first bytes. */
export function sniff(head: Buffer): Format {
  const s = head.subarray(0, 512).toString('latin1').trimStart();
  if (s.startsWith('WARC/')) return 'warc';
  if (s.startsWith('{')) return 'jsonl';
  if (s.startsWith('[')) return 'json';
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]/i.test(s)) return 'feed';
  if (s.startsWith('<')) return 'html';
  return 'text';
}

async function* fromStream(stream: Readable, name: string, format: Format, opts: ReadOptions): AsyncGenerator<ReadItem> {
  const reader = new ByteReader(stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>);
  if (format === 'jsonl') yield* readJsonl(reader, name, opts.maxBytes);
  else yield* readWarc(reader, name, opts.maxBytes);
}

/** A NUL byte early in the input: a program, an image or UTF-16, not a news text (UTF-8 text never holds one). */
function binaryError(buf: Buffer, name: string): RecordError | null {
  const at = buf.subarray(0, 8192).indexOf(0);
  return at < 0 ? null : new RecordError('ING023', name, `binary content (NUL byte at offset ${at}), not text`);
}

function* fromBuffer(buf: Buffer, name: string, format: Format, opts: ReadOptions, fetchedAt: string | null = null): Generator<ReadItem> {
  if (buf.length > opts.maxBytes) {
    yield { error: new RecordError('ING007', name, `${buf.length} bytes, over the --max-bytes limit of ${opts.maxBytes}`) };
    return;
  }
  const binary = binaryError(buf, name);
  if (binary) { yield { error: binary }; return; }
  try {
    if (format === 'html') {
      yield { record: { kind: 'html', content: decodeHtml(buf, name), fetchedAt, meta: { id: name, origin: name, title: null, url: isUrl(name) ? name : null, source: null, publishedAt: null } } };
      return;
    }
    const text = decodeUtf8(buf, name);
    if (format === 'json') yield* readJsonDocument(text, name, opts.maxBytes);
    else if (format === 'feed') yield* parseFeed(text, name, opts.maxBytes);
    else yield { record: { kind: 'text', content: text, meta: { id: name, origin: name, title: null, url: null, source: null, publishedAt: null } } };
  } catch (e) {
    yield { error: e instanceof RecordError ? e : new RecordError('ING016', name, `unreadable input: ${String(e)}`) };
  }
}

/** Fetch a URL (a feed, or a page); network failures are errors for that URL. */
export async function fetchInput(url: string, opts: ReadOptions): Promise<ReadItem[]> {
  let buf: Buffer;
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(30_000), headers: { 'user-agent': 'dyad-ingest' } });
    if (!res.ok) return [{ error: new RecordError('ING011', url, `HTTP ${res.status} ${res.statusText}`) }];
    buf = Buffer.from(await res.arrayBuffer());
  } catch (e) {
    return [{ error: new RecordError('ING011', url, `cannot fetch: ${e instanceof Error ? e.message : String(e)}`) }];
  }
  opts.onBytes?.(buf.length);
  const format = sniff(buf);
  return [...fromBuffer(buf, url, format === 'jsonl' ? 'text' : format, opts, new Date().toISOString().slice(0, 10))];
}

/** Read every input in order, yielding records and per-record errors. Streams stay bounded in memory. */
export async function* readInputs(inputs: readonly Input[], opts: ReadOptions): AsyncGenerator<ReadItem> {
  for (const inp of inputs) {
    if (inp.kind === 'bad') { yield { error: inp.error }; continue; }
    if (inp.kind === 'url') { yield* await fetchInput(inp.url, opts); continue; }
    if (inp.kind === 'stdin') {
      yield* readStdin(opts);
      continue;
    }
    const { path, format } = inp;
    if (format === null) { yield { error: new RecordError('ING012', path, 'unsupported file type (known: .txt .html .json .jsonl[.gz] .xml/.rss/.atom .warc[.gz])') }; continue; }
    try {
      if (format === 'jsonl' || format === 'warc') {
        const raw = counted(createReadStream(path), opts.onBytes);
        const stream = path.toLowerCase().endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
        raw.on('error', (e) => stream.destroy(e));
        yield* fromStream(stream, path, format, opts);
      } else {
        if (inp.size > opts.maxBytes && format !== 'json' && format !== 'feed') {
          opts.onBytes?.(inp.size);
          yield { error: new RecordError('ING007', path, `${inp.size} bytes, over the --max-bytes limit of ${opts.maxBytes}`) };
          continue;
        }
        const buf = await readFile(path);
        opts.onBytes?.(buf.length);
        yield* fromBuffer(buf, path, format, { ...opts, maxBytes: format === 'json' || format === 'feed' ? Infinity : opts.maxBytes });
      }
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      yield { error: e instanceof RecordError ? e : new RecordError(/gzip|header check|unexpected end/i.test(msg) ? 'ING017' : 'ING001', path, `cannot read: ${msg}`) };
    }
  }
}

async function* prepend(first: Buffer, rest: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  yield first;
  for (let r = await rest.next(); !r.done; r = await rest.next()) yield r.value;
}

async function* readStdin(opts: ReadOptions): AsyncGenerator<ReadItem> {
  const it = process.stdin[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first = await it.next();
  if (first.done) return;
  const format = sniff(first.value);
  const all = prepend(first.value, it);
  if (format === 'jsonl' || format === 'warc') {
    const reader = new ByteReader(all);
    yield* format === 'jsonl' ? readJsonl(reader, 'stdin', opts.maxBytes) : readWarc(reader, 'stdin', opts.maxBytes);
    return;
  }
  const parts: Buffer[] = [];
  for await (const c of all) parts.push(c);
  yield* fromBuffer(Buffer.concat(parts), 'stdin', format, opts);
}

const HTML_START = /^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[\s>])/i;

/**
 * One file (or `-`) read as a single text or HTML article, as `dyad code FILE` wants it, with ingest's checks:
 * missing file, size over --max-bytes, binary content, encoding. HTML when asked, when the name says so, or when it starts like a page.
 */
export async function readArticleFile(path: string, opts: ReadOptions & { readonly html?: boolean | undefined }): Promise<ReadItem> {
  let buf: Buffer;
  try {
    if (path !== '-') {
      const st = await stat(path);
      if (st.isDirectory()) return { error: new RecordError('ING001', path, 'is a folder (dyad ingest reads folders)') };
      if (st.size > opts.maxBytes) return { error: new RecordError('ING007', path, `${st.size} bytes, over the --max-bytes limit of ${opts.maxBytes}`) };
    }
    buf = path === '-' ? await readAll(process.stdin) : await readFile(path);
  } catch (e) {
    return { error: new RecordError('ING001', path, `cannot read: ${e instanceof Error ? e.message : String(e)}`) };
  }
  const html = opts.html ?? (formatOf(path) === 'html' || HTML_START.test(buf.subarray(0, 512).toString('latin1')));
  const [item] = fromBuffer(buf, path, html ? 'html' : 'text', opts);
  return item ?? { error: new RecordError('ING010', path, 'empty input') };
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of stream) parts.push(typeof c === 'string' ? Buffer.from(c) : c);
  return Buffer.concat(parts);
}
