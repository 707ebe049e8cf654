/** A dictionary problem with its code and location: `[DICT012] file:line: message` (line 0: the whole file). */
export class DictionaryError extends Error {
  constructor(
    readonly code: string,
    readonly file: string,
    readonly line: number,
    readonly detail: string,
  ) {
    super(`[${code}] ${file}${line > 0 ? `:${line}` : ''}: ${detail}`);
    this.name = 'DictionaryError';
  }
}
