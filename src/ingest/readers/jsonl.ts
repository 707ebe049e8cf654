/** JSON Lines (optionally gzipped) and whole-JSON files. */
import { RecordError } from '../record-error.js';
import { ByteReader, decodeUtf8 } from './bytes.js';
import type { ReadItem } from '../records.js';
import { recordFromJson } from './json-record.js';

/** Stream records from JSON Lines: one line in memory at a time; bad lines are errors with file:line. */
export async function* readJsonl(reader: ByteReader, name: string, maxBytes: number): AsyncGenerator<ReadItem> {
  let lineNo = 0;
  for (;;) {
    const r = await reader.readLine(maxBytes);
    if (r === null) return;
    lineNo++;
    const origin = `${name}:${lineNo}`;
    if ('oversize' in r) {
      yield { error: new RecordError('ING007', origin, `line is ${r.oversize} bytes, over the --max-bytes limit of ${maxBytes}`) };
      continue;
    }
    if (r.line.length === 0 || (r.line.length < 8 && r.line.toString().trim() === '')) continue;
    let json: unknown;
    try {
      json = JSON.parse(decodeUtf8(r.line, origin));
    } catch (e) {
      yield { error: e instanceof RecordError ? e : new RecordError('ING002', origin, `not JSON: ${e instanceof Error ? e.message : String(e)}`) };
      continue;
    }
    yield recordFromJson(json, origin, origin, maxBytes);
  }
}

/** A whole JSON file: one record, an array of records, or an object with an `articles`/`items`/`records` array. */
export function* readJsonDocument(text: string, name: string, maxBytes: number): Generator<ReadItem> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    yield { error: new RecordError('ING002', name, `not JSON: ${e instanceof Error ? e.message : String(e)}`) };
    return;
  }
  let list: unknown = json;
  if (json && typeof json === 'object' && !Array.isArray(json)) {
    const o = json as Record<string, unknown>;
    list = Array.isArray(o['articles']) ? o['articles'] : Array.isArray(o['items']) ? o['items'] : Array.isArray(o['records']) ? o['records'] : null;
    if (list === null) {
      yield recordFromJson(json, name, name, maxBytes);
      return;
    }
  }
  const arr = list as unknown[];
  for (let i = 0; i < arr.length; i++) yield recordFromJson(arr[i], `${name}#${i + 1}`, `${name}#${i + 1}`, maxBytes);
}
