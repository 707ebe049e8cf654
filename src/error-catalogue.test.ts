/** docs/errors.md lists every error code src/ emits, each once, and no code src/ no longer emits. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './paths.js';

const ROOT = packageRoot();
// A code is written quoted ('ING002') or bracketed ([ING002] in a message).
const CODE = /(?<=['`[])([A-Z]{2,5}\d{3})(?=['`\]])/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

function emitted(): Set<string> {
  const out = new Set<string>();
  for (const f of sourceFiles(join(ROOT, 'src'))) for (const m of readFileSync(f, 'utf8').matchAll(CODE)) if (m[1]) out.add(m[1]);
  return out;
}

function catalogue(): string[] {
  const rows = readFileSync(join(ROOT, 'docs', 'errors.md'), 'utf8').split('\n').map((l) => /^\|\s*([A-Z]{2,5}\d{3})\s*\|\s*(.*?)\s*\|\s*$/.exec(l));
  return rows.flatMap((m) => (m?.[1] && m[2] ? [m[1]] : []));
}

test('error catalogue: every code in src/ has a row in docs/errors.md', () => {
  const listed = new Set(catalogue());
  assert.deepEqual([...emitted()].filter((c) => !listed.has(c)).sort(), []);
});

test('error catalogue: every row of docs/errors.md is a code src/ emits', () => {
  const codes = emitted();
  assert.deepEqual(catalogue().filter((c) => !codes.has(c)), []);
});

test('error catalogue: each code is listed once', () => {
  const rows = catalogue();
  assert.deepEqual(rows.filter((c, i) => rows.indexOf(c) !== i), []);
});
