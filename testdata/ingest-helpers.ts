/** Helpers for ingest tests: WARC fixtures built in code, running the real `dyad` command, fixture paths. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { packageRoot } from '../src/paths.js';

/** Path of an ingest fixture file. */
export function fixture(name: string): string {
  return join(packageRoot(), 'testdata', 'fixtures', 'ingest', name);
}

/** The fictional dictionaries folder (fast workers, fictional actors). */
export const FICTIONAL = join(packageRoot(), 'testdata', 'fixtures', 'dictionaries');

/** One WARC record with the given type, target URI and block. */
export function warcRecord(type: string, uri: string, block: Buffer, date = '2024-05-13T10:00:00Z'): Buffer {
  const head = `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${uri}\r\nWARC-Date: ${date}\r\nWARC-Record-ID: <urn:uuid:${uri.length}-${type}-${block.length}>\r\nContent-Length: ${block.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head, 'latin1'), block, Buffer.from('\r\n\r\n')]);
}

/** An HTTP response block. */
export function httpResponse(body: Buffer, headers: Record<string, string>, status = '200 OK'): Buffer {
  const h = Object.entries({ 'Content-Length': String(body.length), ...headers }).map(([k, v]) => `${k}: ${v}\r\n`).join('');
  return Buffer.concat([Buffer.from(`HTTP/1.1 ${status}\r\n${h}\r\n`, 'latin1'), body]);
}

/** A small CC-NEWS-like WARC: a request, two HTML pages (one gzip-encoded), an image, a 404. Gzipped per record when asked. */
export function sampleWarc(gzip = false): Buffer {
  const page = (title: string, body: string): Buffer => Buffer.from(`<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${body}</p><p>${body}</p></article></body></html>`);
  const recs = [
    warcRecord('request', 'https://news.example/w1', Buffer.from('GET /w1 HTTP/1.1\r\nHost: news.example\r\n\r\n')),
    warcRecord('response', 'https://news.example/w1', httpResponse(page('Raid', 'Freedonian troops attacked Sylvania on Sunday.'), { 'Content-Type': 'text/html; charset=utf-8' })),
    warcRecord('response', 'https://news.example/logo.png', httpResponse(Buffer.from([137, 80, 78, 71]), { 'Content-Type': 'image/png' })),
    warcRecord('response', 'https://other.example/w2', httpResponse(gzipSync(page('Talks', 'Osterlich met with Sylvania on Sunday.')), { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' })),
    warcRecord('response', 'https://other.example/missing', httpResponse(Buffer.from('<html>gone</html>'), { 'Content-Type': 'text/html' }, '404 Not Found')),
  ];
  return gzip ? Buffer.concat(recs.map((r) => gzipSync(r))) : Buffer.concat(recs);
}

/** Result of running the CLI. */
export interface RunResult { readonly code: number | null; readonly signal: NodeJS.Signals | null; readonly stdout: string; readonly stderr: string }

/** Run `bin/dyad ARGS` to completion, optionally with stdin. */
export function dyad(args: readonly string[], input?: string | Buffer): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [join(packageRoot(), 'dist', 'src', 'cli', 'main.js'), ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    p.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    p.on('error', reject);
    p.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    p.stdin.end(input ?? '');
  });
}
