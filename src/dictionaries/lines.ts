import { DictionaryError } from './errors.js';

/** One parsed dictionary line: `CODE  field | key: a; b | ...`. */
export interface EntryLine {
  readonly file: string;
  readonly line: number;
  readonly code: string;
  readonly fields: ReadonlyMap<string, readonly string[]>;
}

const KEY = /^([a-z][a-z_-]*):\s*(.*)$/;

/** Strip a `#` comment that is not inside double quotes. */
export function stripComment(line: string): string {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === '#' && !quoted) return line.slice(0, i);
  }
  return line;
}

/** Parse an entry file. `file` is the repository-relative path used in messages. */
export function parseEntryFile(file: string, text: string, defaultKey: string, keys: ReadonlySet<string>): EntryLine[] {
  const out: EntryLine[] = [];
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const body = stripComment(lines[n] ?? '').trim();
    if (body.length === 0) continue;
    const lineNo = n + 1;
    const m = /^(\S+)\s+(.+)$/.exec(body);
    if (!m || m[1] === undefined || m[2] === undefined) throw new DictionaryError('DICT001', file, lineNo, `expected CODE then fields, got "${body}"`);
    const code = m[1];
    if (!/^[A-Z0-9]{2,12}$/.test(code)) throw new DictionaryError('DICT002', file, lineNo, `bad code "${code}"`);
    const fields = new Map<string, string[]>();
    const parts = m[2].split(' | ');
    for (let p = 0; p < parts.length; p++) {
      const part = (parts[p] ?? '').trim();
      if (part.length === 0) continue;
      const km = KEY.exec(part);
      let key = defaultKey;
      let value = part;
      if (km && km[1] !== undefined && km[2] !== undefined) {
        key = km[1];
        value = km[2];
      } else if (p > 0) {
        throw new DictionaryError('DICT003', file, lineNo, `field "${part}" needs a "key:"`);
      }
      if (!keys.has(key)) throw new DictionaryError('DICT004', file, lineNo, `unknown field "${key}"`);
      const items = value.split(';').map((s) => s.trim()).filter((s) => s.length > 0);
      const prev = fields.get(key);
      fields.set(key, prev ? [...prev, ...items] : items);
    }
    out.push({ file, line: lineNo, code, fields });
  }
  return out;
}
