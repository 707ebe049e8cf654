import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCoder, type Coder } from '../src/pipeline/coder.js';
import type { Event } from '../src/model/types.js';
import { defaultDictionaryDir, packageRoot } from '../src/paths.js';

const scratch: string[] = [];
process.on('exit', () => { for (const d of scratch) rmSync(d, { recursive: true, force: true }); });

/** A fresh folder under the system's temporary one, removed when the test process exits (passing or not). */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
}

let fictional: Coder | null = null;
let fictionalAll: Coder | null = null;
let fictionalEvery: Coder | null = null;
let real: Coder | null = null;
let bundledVerbsDir: string | null = null;
const bundledVerbs = new Map<boolean, Coder>();

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

/**
 * The bundled verb patterns over the fictional actors (Freedonia, Sylvania, Osterlich), built once per process:
 * what the dictionary tests code with; `hypothetical` keeps hypothetical events, to see their modality.
 */
export function bundledVerbsCoder(opts: { readonly hypothetical?: boolean } = {}): Coder {
  const hypothetical = opts.hypothetical === true;
  const known = bundledVerbs.get(hypothetical);
  if (known) return known;
  if (bundledVerbsDir === null) {
    bundledVerbsDir = scratchDir('dyad-bundled-verbs-');
    symlinkSync(join(packageRoot(), 'testdata', 'fixtures', 'dictionaries', 'actors'), join(bundledVerbsDir, 'actors'));
    symlinkSync(join(defaultDictionaryDir(), 'verbs'), join(bundledVerbsDir, 'verbs'));
  }
  const coder = createCoder({ dictionaryDir: bundledVerbsDir, hypothetical });
  bundledVerbs.set(hypothetical, coder);
  return coder;
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

/** Not a sentence-level statement (speech.statement, tested in one-sided.test.ts): what tests of other rules compare. */
export function notStatement(e: { readonly rule: { readonly id: string } }): boolean {
  return !e.rule.id.startsWith('speech.statement+');
}

/** Events as `SOURCE>cameo>TARGET` ("-" for a side left empty): what the table tests of event rules compare. */
export function dyadKeys(events: readonly Event[]): string[] {
  return events.map((e) => `${e.source?.actor.code ?? '-'}>${e.cameo}>${e.target?.actor.code ?? '-'}`);
}

/** The asserted events of `text`, statements aside, coded by the bundled verbs over the fictional actors, as dyad keys. */
export function bundledDyads(text: string): string[] {
  const doc = bundledVerbsCoder().code({ id: 't', text, publishedAt: '1933-06-15' });
  return dyadKeys(doc.events.filter((e) => !e.negated && notStatement(e)));
}
