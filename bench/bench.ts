/**
 * `npm run bench [-- FILE.jsonl.gz] [--limit N]`: single-thread throughput of the full coder against
 * wink-nlp tokenising + tagging alone on the same articles, their ratio, and peak memory.
 */
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { createCoder } from '../src/pipeline/coder.js';
import { packageRoot } from '../src/paths.js';
import { startFloor } from './floor.js';

interface Rec { id: string; text: string; date?: string }

const HEAP_CAP_MB = 256;

async function* articles(file: string, limit: number): AsyncGenerator<Rec> {
  const input = file.endsWith('.gz') ? createReadStream(file).pipe(createGunzip()) : createReadStream(file);
  const rl = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id?: unknown; text?: unknown; date?: unknown };
    if (typeof r.text !== 'string') continue;
    yield { id: String(r.id ?? n), text: r.text, ...(typeof r.date === 'string' ? { date: r.date.slice(0, 10) } : {}) };
    if (++n >= limit) break;
  }
}

let peakRss = 0;
function sample(): void {
  const r = process.memoryUsage().rss;
  if (r > peakRss) peakRss = r;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ args: process.argv.slice(2), allowPositionals: true, options: { limit: { type: 'string' }, 'coder-only': { type: 'boolean' } } });
  const file = positionals[0] ?? join(packageRoot(), '..', 'shared', 'corpus', 'news-geo.jsonl.gz');
  if (!existsSync(file)) throw new Error(`corpus not found: ${file}`);
  const limit = values.limit ? Number(values.limit) : Infinity;
  if (values['coder-only']) {
    // Child mode: code everything, report this process's peak memory (the coder's alone).
    const coder = createCoder();
    for await (const a of articles(file, limit)) coder.code({ id: a.id, text: a.text, ...(a.date ? { publishedAt: a.date } : {}) });
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    process.stdout.write(`${process.resourceUsage().maxRSS * 1024} ${process.memoryUsage().heapUsed}\n`);
    return;
  }
  let loadMs = 0;
  const timer = setInterval(sample, 50);

  // 1. wink-nlp alone: tokenise + POS-tag every article (the floor any coder built on it pays).
  const nlp = winkNLP(model, ['pos']);
  const its = nlp.its;
  // 1b. The same floor in a worker thread of its own: a V8 heap the coder's memory does not touch.
  const floor = startFloor();
  const coder = (() => { const t = performance.now(); const c = createCoder(); loadMs = performance.now() - t; return c; })();
  // Warm both up on the same few articles so neither pays the JIT alone.
  for await (const a of articles(file, Math.min(limit, 50))) { nlp.readDoc(a.text).tokens().out(its.pos); floor.time(a.text); coder.code({ id: a.id, text: a.text }); }
  // Interleaved article by article, so machine drift (this VM's timings wander) hits both sides alike.
  let winkMs = 0, tokens = 0, chars = 0, docs = 0;
  let coderMs = 0, events = 0, sentences = 0, apartMs = 0;
  for await (const a of articles(file, limit)) {
    apartMs += floor.time(a.text).ms;
    const t0 = performance.now();
    const pos = nlp.readDoc(a.text).tokens().out(its.pos);
    const t1 = performance.now();
    const doc = coder.code({ id: a.id, text: a.text, ...(a.date ? { publishedAt: a.date } : {}) });
    const t2 = performance.now();
    winkMs += t1 - t0;
    coderMs += t2 - t1;
    tokens += pos.length;
    chars += a.text.length;
    events += doc.events.length;
    sentences += doc.sentences.length;
    docs++;
  }
  sample();
  clearInterval(timer);
  await floor.close();
  const maxRss = process.resourceUsage().maxRSS * 1024;
  const mb = (b: number): string => (b / 1048576).toFixed(0);
  // Same text, so the same sentence count is the denominator of both rates.
  // V8 grows its heap lazily (RSS drifts to 2-4x the live heap); like a production worker, the child
  // runs with a bounded old space, and reports its live heap after a final collection too.
  const childArgs = [`--max-old-space-size=${HEAP_CAP_MB}`, '--expose-gc', fileURLToPath(import.meta.url), file, '--coder-only', ...(values.limit ? ['--limit', values.limit] : [])];
  const [coderPeak = 0, coderLive = 0] = execFileSync(process.execPath, childArgs, { encoding: 'utf8' }).trim().split(' ').map(Number);
  const winkRate = sentences / (winkMs / 1000);
  const apartRate = sentences / (apartMs / 1000);
  const coderRate = sentences / (coderMs / 1000);
  const lines = [
    `corpus: ${file}`,
    `articles: ${docs}, characters: ${chars}, tokens: ${tokens}, sentences: ${sentences}, events: ${events}`,
    `wink-nlp tokenise+tag alone: ${(winkMs / 1000).toFixed(2)} s, ${winkRate.toFixed(0)} sentences/s, ${(tokens / (winkMs / 1000)).toFixed(0)} tokens/s`,
    `full coder (single thread):  ${(coderMs / 1000).toFixed(2)} s, ${coderRate.toFixed(0)} sentences/s; dictionaries + gazetteer load ${(loadMs / 1000).toFixed(2)} s (once)`,
    `ratio coder/wink throughput: ${(coderRate / winkRate).toFixed(3)} (bar: >= 0.333)`,
    `wink-nlp alone in a worker thread (a heap of its own): ${(apartMs / 1000).toFixed(2)} s; ratio coder/that floor: ${(coderRate / apartRate).toFixed(3)}`,
    `peak memory (RSS) of the coder alone, in a child process over the same articles: ${mb(coderPeak)} MB, live heap at the end ${mb(coderLive)} MB (V8 old space capped at ${HEAP_CAP_MB} MB; bar: < 500 MB)`,
    `peak memory (RSS) of this process, wink baseline and coder loaded together: ${mb(Math.max(peakRss, maxRss))} MB`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
