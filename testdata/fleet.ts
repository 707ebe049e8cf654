/** Helpers for the queue tests: worker processes, CLI runs, corpus slices, waiting on conditions. */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { createGunzip } from 'node:zlib';
import { packageRoot } from '../src/paths.js';
import { shared } from './helpers.js';

const MAIN = join(packageRoot(), 'dist', 'src', 'cli', 'main.js');

/** A `dyad` child process with its stderr lines collected. */
export interface Proc {
  readonly child: ChildProcess;
  readonly lines: string[];
  readonly stdout: () => string;
  readonly exited: Promise<number | null>;
}

/** Start `dyad ARGS…` as a child process. */
export function dyad(args: readonly string[], env: Record<string, string> = {}): Proc {
  const child = spawn(process.execPath, [MAIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  const lines: string[] = [];
  let out = '';
  let partial = '';
  child.stdout?.on('data', (d: Buffer) => { out += d.toString(); });
  child.stderr?.on('data', (d: Buffer) => {
    const parts = (partial + d.toString()).split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
  });
  const exited = once(child, 'close').then(([code]) => code as number | null);
  return { child, lines, stdout: () => out, exited };
}

/** Run `dyad ARGS…` to the end; rejects on a non-zero exit. */
export async function dyadOk(args: readonly string[]): Promise<string> {
  const p = dyad(args);
  const code = await p.exited;
  if (code !== 0) throw new Error(`dyad ${args.join(' ')} exited ${code}: ${p.lines.join('\n')}`);
  return p.stdout();
}

/** Wait until `cond` holds, polling; fails with `what` after `ms`. */
export async function waitFor(what: string, cond: () => Promise<boolean> | boolean, ms = 120_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

/** The news corpus in ../shared, or null when it is not there. */
export function corpusPath(): string | null {
  const p = shared('corpus', 'news-geo.jsonl.gz');
  return existsSync(p) ? p : null;
}

/** Write the first `n` articles of a (gzipped) JSON Lines file, the corpus by default, to `out`; returns how many. */
export async function corpusSlice(out: string, n: number, from: string | null = corpusPath()): Promise<number> {
  const src = from;
  if (!src) throw new Error('corpus not found');
  const ws = createWriteStream(out);
  let written = 0;
  const input = src.endsWith('.gz') ? createReadStream(src).pipe(createGunzip()) : createReadStream(src);
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    if (!ws.write(line + '\n')) await once(ws, 'drain');
    if (++written >= n) break;
  }
  ws.end();
  await once(ws, 'close');
  return written;
}
