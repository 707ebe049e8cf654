import { join } from 'node:path';
import { createCoder, type Coder } from '../src/pipeline/coder.js';
import { packageRoot } from '../src/paths.js';

let fictional: Coder | null = null;
let fictionalAll: Coder | null = null;
let fictionalEvery: Coder | null = null;
let real: Coder | null = null;

/**
 * A coder over the fictional test dictionaries (Freedonia, Sylvania, Osterlich), built once per process;
 * `hypothetical` keeps hypothetical events, as `--hypothetical` does; `all` keeps hypothetical and background ones, as `--all` does.
 */
export function fictionalCoder(opts: { readonly hypothetical?: boolean; readonly all?: boolean } = {}): Coder {
  const dictionaryDir = join(packageRoot(), 'testdata', 'fixtures', 'dictionaries');
  if (opts.all) return (fictionalEvery ??= createCoder({ dictionaryDir, hypothetical: true, background: true }));
  if (opts.hypothetical) return (fictionalAll ??= createCoder({ dictionaryDir, hypothetical: true }));
  fictional ??= createCoder({ dictionaryDir });
  return fictional;
}

/** The coder over the bundled dictionaries, built once per process. */
export function realCoder(): Coder {
  real ??= createCoder();
  return real;
}

/** Path into ../shared (read-only reference material beside the repository). */
export function shared(...parts: string[]): string {
  return join(packageRoot(), '..', 'shared', ...parts);
}
