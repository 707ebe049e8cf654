/** Streaming byte input for line- and record-oriented readers: bounded memory, no whole-file buffering. */
import { RecordError } from '../record-error.js';

/** A line read, or the size of a line that was over the limit (skipped, never held in memory). */
export type LineResult = { readonly line: Buffer } | { readonly oversize: number };

/** Pull-based reader over a stream of Buffers. */
export class ByteReader {
  private buf: Buffer = Buffer.alloc(0);
  private pos = 0;
  private ended = false;

  constructor(private readonly chunks: AsyncIterator<Buffer | string>) {}

  private async more(): Promise<boolean> {
    if (this.ended) return false;
    const r = await this.chunks.next();
    if (r.done) { this.ended = true; return false; }
    const chunk = typeof r.value === 'string' ? Buffer.from(r.value) : r.value;
    this.buf = this.pos < this.buf.length ? Buffer.concat([this.buf.subarray(this.pos), chunk]) : chunk;
    this.pos = 0;
    return true;
  }

  /** The next line without its line break (CRLF or LF); null at the end. Lines over `max` bytes are skipped. */
  async readLine(max = Infinity): Promise<LineResult | null> {
    let skipped = 0;
    let scanFrom = this.pos;
    for (;;) {
      const nl = this.buf.indexOf(10, scanFrom);
      if (nl >= 0) {
        const len = skipped + nl - this.pos;
        const line = this.buf.subarray(this.pos, nl > this.pos && this.buf[nl - 1] === 13 ? nl - 1 : nl);
        this.pos = nl + 1;
        return skipped > 0 || len > max ? { oversize: len } : { line };
      }
      if (this.buf.length - this.pos + skipped > max) {
        // Over the limit: drop what is buffered and keep counting until the line ends.
        skipped += this.buf.length - this.pos;
        this.pos = this.buf.length;
      }
      const pending = this.buf.length - this.pos;
      if (!(await this.more())) {
        if (pending === 0 && skipped === 0) return null;
        const line = this.buf.subarray(this.pos);
        this.pos = this.buf.length;
        return skipped > 0 || line.length > max ? { oversize: skipped + line.length } : { line };
      }
      scanFrom = this.pos + pending;
    }
  }

  /** Exactly `n` bytes; fails with ING006 if the input ends first (a truncated record). */
  async readExact(n: number, where: string): Promise<Buffer> {
    const parts: Buffer[] = [];
    let need = n;
    while (need > 0) {
      if (this.pos >= this.buf.length && !(await this.more())) throw new RecordError('ING006', where, `input ends ${need} bytes before the record does (truncated file?)`);
      const take = Math.min(need, this.buf.length - this.pos);
      parts.push(this.buf.subarray(this.pos, this.pos + take));
      this.pos += take;
      need -= take;
    }
    return parts.length === 1 && parts[0] ? parts[0] : Buffer.concat(parts);
  }

  /** Skip `n` bytes without keeping them. */
  async skip(n: number, where: string): Promise<void> {
    let need = n;
    while (need > 0) {
      if (this.pos >= this.buf.length && !(await this.more())) throw new RecordError('ING006', where, `input ends ${need} bytes before the record does (truncated file?)`);
      const take = Math.min(need, this.buf.length - this.pos);
      this.pos += take;
      need -= take;
    }
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decode UTF-8 strictly: invalid bytes are an error naming the first bad byte's offset. */
export function decodeUtf8(buf: Buffer, where: string): string {
  try {
    return utf8.decode(buf);
  } catch {
    const lossy = buf.toString('utf8');
    const at = Buffer.byteLength(lossy.slice(0, lossy.indexOf('\uFFFD')));
    throw new RecordError('ING004', where, `not valid UTF-8 (first bad byte at offset ${at})`);
  }
}

/** Decode an HTML page with the charset its HTTP header or <meta> declares (UTF-8 when none). */
export function decodeHtml(buf: Buffer, where: string, headerCharset?: string | null): string {
  const head = buf.subarray(0, 4096).toString('latin1');
  const declared = headerCharset ?? /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? 'utf-8';
  const label = declared.toLowerCase();
  if (label === 'utf-8' || label === 'utf8') return decodeUtf8(buf, where);
  let dec: TextDecoder;
  try {
    dec = new TextDecoder(label, { fatal: true });
  } catch {
    throw new RecordError('ING005', where, `unknown character set "${declared}"`);
  }
  try {
    return dec.decode(buf);
  } catch {
    throw new RecordError('ING013', where, `bytes not valid in the declared character set "${declared}"`);
  }
}
