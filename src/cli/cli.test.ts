import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';
import { scratchDir } from '../../testdata/helpers.js';

const DYAD = join(packageRoot(), 'bin', 'dyad');

function run(args: string[], input?: string): { code: number | null; out: string; err: string } {
  const r = spawnSync(DYAD, args, { input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('cli: --jsonl writes one line per input line, in order, and reports bad lines without stopping', () => {
  const input = [
    JSON.stringify({ id: 'one', text: 'Israeli warplanes struck targets in Syria on Monday.', date: '2020-07-09', extra: 1 }),
    '{not json',
    JSON.stringify({ id: 'three', date: '2020-07-09' }),
    JSON.stringify({ id: 4, text: 'Nothing happened here.' }),
  ].join('\n');
  const r = run(['code', '--jsonl'], input);
  // Some lines failed, the others were coded: the same status as an ingest that skipped some records.
  assert.equal(r.code, 3);
  const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as { id: string; events?: unknown[]; error?: string });
  assert.deepEqual(lines.map((l) => l.id), ['one', 'line:2', 'three', '4']);
  assert.ok(Array.isArray(lines[0]?.events));
  assert.match(lines[1]?.error ?? '', /line 2: not JSON/);
  assert.match(lines[2]?.error ?? '', /line 3: text/);
  assert.deepEqual(lines[3]?.events, []);
});

test('cli: code FILE prints a table; --explain shows actors and rules; bad --date is refused', () => {
  const dir = scratchDir('dyad-cli-');
  const f = join(dir, 'a.txt');
  writeFileSync(f, 'Syrian Defense Minister Ali Abdullah Ayyoub condemned Turkey on Wednesday.');
  const r = run(['code', f, '--date', '2020-07-09', '--explain']);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /actor\s+SYR\w*\s+"Syrian Defense Minister Ali Abdullah Ayyoub"/);
  assert.match(r.out, /SYR\w*\s+111\s+TUR/);
  assert.match(r.out, /2020-07-08/);
  const bad = run(['code', f, '--date', 'yesterday']);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--date must be YYYY-MM-DD/);
});

test('cli: HTML input goes through Readability and keeps paragraph text', () => {
  const dir = scratchDir('dyad-cli-');
  const f = join(dir, 'a.html');
  const para = 'Israeli warplanes struck targets near Damascus on Tuesday, the Syrian army said in a statement carried by state media.';
  writeFileSync(f, `<!doctype html><html><head><title>Strikes</title></head><body><nav>Home | World | Sports</nav><article><h1>Strikes near Damascus</h1><p>${para}</p><p>${para}</p><p>${para}</p></article><footer>Copyright</footer></body></html>`);
  const r = run(['code', f, '--date', '2020-07-09']);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /ISR\w*\s+19\d\s+SYR/);
  assert.doesNotMatch(r.out, /Home \| World/);
});

test('cli: code --jsonl leaves hypothetical acts out; --hypothetical keeps them, marked', () => {
  const input = JSON.stringify({ id: 'h', date: '2020-07-09', text: 'Iran could strike Israel within days. Israeli warplanes struck targets in Syria on Monday.' }) + '\n';
  const acts = (args: string[]): string[] => {
    const r = run(['code', '--jsonl', ...args], input);
    assert.equal(r.code, 0, r.err);
    const events = (JSON.parse(r.out) as { events: { cameo: string; modality: string }[] }).events;
    return events.map((e) => `${e.cameo} ${e.modality}`);
  };
  assert.deepEqual(acts([]), ['195 asserted']);
  assert.deepEqual(acts(['--hypothetical']), ['190 hypothetical', '195 asserted']);
});

test('cli: code --jsonl leaves background out; --all keeps it and hypothetical acts, each saying why', () => {
  const text = 'Iran could strike Israel within days. Israeli warplanes struck targets in Syria on Monday. Israeli warplanes struck Syria in 2015.';
  const input = JSON.stringify({ id: 'b', date: '2020-07-09', text }) + '\n';
  const acts = (args: string[]): string[] => {
    const r = run(['code', '--jsonl', ...args], input);
    assert.equal(r.code, 0, r.err);
    const events = (JSON.parse(r.out) as { events: { cameo: string; modality: string; background?: string }[] }).events;
    return events.map((e) => `${e.cameo} ${e.modality}${'background' in e ? ` ${e.background}` : ''}`);
  };
  assert.deepEqual(acts([]), ['195 asserted']);
  assert.deepEqual(acts(['--hypothetical']), ['190 hypothetical', '195 asserted']);
  assert.deepEqual(acts(['--all']), ['190 hypothetical', '195 asserted', '195 asserted earlier-year']);
});

test('cli: eval --all scores the events the default leaves out too', () => {
  const gold = join(scratchDir('dyad-eval-all-'), 'gold.jsonl');
  const text = 'Israeli warplanes struck targets in Syria on Monday. Israeli warplanes struck Syria in 2015.';
  writeFileSync(gold, JSON.stringify({ id: 'g', date: '2020-07-09', text, events: [{ source: 'ISR', target: 'SYR', cameo: '195' }] }) + '\n');
  const out = join(scratchDir('dyad-eval-out-'), 'pred.jsonl');
  for (const [args, n] of [[[], 1], [['--all'], 2]] as const) {
    const r = run(['eval', gold, '--out', out, ...args]);
    assert.equal(r.code, 0, r.err);
    assert.equal((JSON.parse(readFileSync(out, 'utf8')) as { events: unknown[] }).events.length, n, args.join(' '));
  }
});
