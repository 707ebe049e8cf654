/** Reading dictionary files: a file the coder needs and cannot read is an error, not an empty list. */
import { readFileSync } from 'node:fs';
import { DictionaryError } from './errors.js';

/** Read a required dictionary file; `file` is the repository-relative name used in messages. */
export function readRequired(path: string, file: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new DictionaryError('DICT050', file, 0, `required dictionary file cannot be read: ${e instanceof Error && 'code' in e ? String(e.code) : String(e)}`);
  }
}
