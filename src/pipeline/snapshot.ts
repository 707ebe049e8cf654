/**
 * Build-time snapshots: compiled resources (dictionaries, the packed gazetteer) written with
 * `v8.serialize` under dist/snapshot/ and read back in milliseconds instead of compiled again.
 * A snapshot is named by a hash of everything it was made from (data files, the compiled code, the
 * package versions of the libraries involved, the V8 version), so a stale one is never found: it is
 * ignored and the resource compiled as if there were none.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { packageRoot } from '../paths.js';

/** The folder the build writes snapshots into. */
export function snapshotDir(): string {
  return join(packageRoot(), 'dist', 'snapshot');
}

let codePrint: string | undefined;

/** Hash of the compiled code (dist/src, tests aside): any change to how resources compile changes it. */
function codeFingerprint(): string {
  if (codePrint !== undefined) return codePrint;
  const root = join(packageRoot(), 'dist', 'src');
  const hash = createHash('sha256');
  const walk = (d: string): void => {
    let ents;
    try { ents = readdirSync(d, { withFileTypes: true }); } catch { return; }
    ents.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of ents) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.js') && !e.name.endsWith('.test.js')) hash.update(relative(root, p)).update(readFileSync(p));
    }
  };
  walk(root);
  codePrint = hash.digest('hex');
  return codePrint;
}

/** Installed version of a package, or "absent". */
function packageVersion(name: string): string {
  try {
    const require = createRequire(import.meta.url);
    const pkg = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version?: string };
    return pkg.version ?? '?';
  } catch {
    return 'absent';
  }
}

/** What a snapshot depends on besides the compiled code. */
export interface SnapshotSources {
  /** Data files read while compiling (absolute paths; their bytes are hashed). */
  readonly files?: readonly string[];
  /** npm packages whose data or behaviour goes into the result. */
  readonly packages?: readonly string[];
  /** Anything else that changes the result (e.g. a folder name). */
  readonly extra?: string;
}

/** The hash a snapshot of `name` made from `sources` is stored under. */
export function snapshotKey(name: string, sources: SnapshotSources): string {
  const hash = createHash('sha256');
  hash.update(`${name}\nv8 ${process.versions.v8}\ncode ${codeFingerprint()}\n${sources.extra ?? ''}\n`);
  for (const p of sources.packages ?? []) hash.update(`${p}@${packageVersion(p)}\n`);
  // Paths are hashed relative to the package, so a checkout moved elsewhere keeps its snapshots.
  for (const f of sources.files ?? []) hash.update(relative(packageRoot(), f)).update(readFileSync(f));
  return hash.digest('hex').slice(0, 24);
}

function fileOf(name: string, key: string): string {
  return join(snapshotDir(), `${name}-${key}.v8`);
}

/** Read the snapshot of `name` under `key`, or undefined when there is none (or it is unreadable). */
export function readSnapshot<T>(name: string, key: string): T | undefined {
  let buf: Buffer;
  try { buf = readFileSync(fileOf(name, key)); } catch { return undefined; }
  try { return deserialize(buf) as T; } catch { return undefined; }
}

/**
 * Write the snapshot of `name` under `key`, removing older snapshots of the same name. Returns false
 * when the value cannot be serialised (a loader that returns functions or class instances): the
 * coder then simply compiles at start-up.
 */
export function writeSnapshot(name: string, key: string, value: unknown): boolean {
  let buf: Buffer;
  try { buf = serialize(value); } catch { return false; }
  const dir = snapshotDir();
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (f.startsWith(`${name}-`) && f.endsWith('.v8')) rmSync(join(dir, f), { force: true });
  const target = fileOf(name, key);
  const tmp = `${target}.${process.pid}.tmp`;
  writeFileSync(tmp, buf);
  renameSync(tmp, target);
  return true;
}

/** The snapshot of `name` under `key` if the build left one, else `build()`. */
export function fromSnapshot<T>(name: string, key: string, build: () => T): T {
  return readSnapshot<T>(name, key) ?? build();
}
