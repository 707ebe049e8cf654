import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, describe, it } from 'node:test';
import { dyad, FICTIONAL, fixture, sampleWarc } from '../../testdata/ingest-helpers.js';
import { corpusMissing, writeCorpusJsonl } from '../../testdata/corpus.js';
import { packageRoot } from '../paths.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { GDELT_COLUMNS } from '../export/gdelt.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-cli-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const db = (name: string): string => join(dir, `${name}.db`);
const base = (name: string): string[] => ['--db', db(name), '--dictionaries', FICTIONAL, '--quiet'];

/** Everything a store holds, as sorted lines independent of row ids and commit order. */
async function snapshot(path: string): Promise<string[]> {
  const s = openSqliteStore(path, { readonly: true });
  const out: string[] = [];
  for await (const e of s.events({ negated: true })) {
    out.push([e.article.hash, e.article.id, e.sentence, e.span.join('-'), e.source?.code, e.cameo, e.target?.code, e.date?.value, e.negated, e.group ? `${e.group.id}:${e.group.mentions}/${e.group.sources}/${e.group.articles}` : '-'].join(' '));
  }
  const st = await s.stats();
  out.push(`stats ${JSON.stringify(st)}`);
  await s.close();
  return out.sort();
}

/**
 * Start `dyad ARGS`, SIGKILL it once the store at `path` holds at least `at` articles (at 0: as soon as it
 * has started, before its workers are ready), and return how many articles the store holds after the kill.
 */
async function killIngestAt(args: readonly string[], path: string, at: number): Promise<number> {
  const p = spawn(process.execPath, [join(packageRoot(), 'dist', 'src', 'cli', 'main.js'), ...args], { stdio: 'ignore' });
  let done = false;
  const exited = new Promise<void>((res) => p.on('exit', () => { done = true; res(); }));
  if (at === 0) await sleep(300);
  for (let i = 0; i < 30000 && !done && at > 0 && (await articles(path)) < at; i++) await sleep(10);
  p.kill('SIGKILL');
  await exited;
  return articles(path);
}

async function articles(path: string): Promise<number> {
  try {
    const s = openSqliteStore(path, { readonly: true });
    const n = (await s.stats()).articles;
    await s.close();
    return n;
  } catch {
    return 0;
  }
}

const SENTENCES = ['Freedonia attacked Sylvania on Monday.', 'Osterlich condemned Freedonia.', 'Sylvania accused Osterlich of spying.', 'Freedonia met with Osterlich on Tuesday.', 'Sylvania threatened Freedonia.', 'Osterlich signed an agreement with Sylvania.'];

/** A JSON Lines corpus of `n` distinct articles of `len` sentences each. */
function corpus(path: string, n: number, len: number): void {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const parts: string[] = [`Report number ${i} from the region.`];
    for (let k = 0; k < len; k++) parts.push(SENTENCES[(i * 7 + k * 3) % SENTENCES.length] ?? '');
    lines.push(JSON.stringify({ id: `k${i}`, date: `2024-05-${String(1 + (i % 28)).padStart(2, '0')}`, source: `Outlet ${i % 5}`, text: parts.join(' ') }));
  }
  writeFileSync(path, lines.join('\n') + '\n');
}

describe('dyad ingest / events / export / recode', () => {
  it('ingests every format once; a second run adds nothing', async () => {
    const dirIn = join(dir, 'in');
    cpSync(join(packageRoot(), 'testdata', 'fixtures', 'ingest'), dirIn, { recursive: true });
    writeFileSync(join(dirIn, 'crawl.warc.gz'), sampleWarc(true));
    const first = await dyad(['ingest', dirIn, ...base('idem'), '--jobs', '2', '--json']);
    assert.equal(first.code, 0, first.stderr);
    const s1 = JSON.parse(first.stdout) as { read: number; coded: number; duplicates: number; failed: number; events: number };
    // 1 txt + 1 html + 2 json + 2 jsonl + 2 rss + 1 atom + 2 warc pages.
    assert.deepEqual({ read: s1.read, coded: s1.coded, duplicates: s1.duplicates, failed: s1.failed }, { read: 11, coded: 11, duplicates: 0, failed: 0 });
    assert.ok(s1.events >= 11);
    const before = await snapshot(db('idem'));
    const second = await dyad(['ingest', dirIn, ...base('idem'), '--jobs', '2', '--json']);
    const s2 = JSON.parse(second.stdout) as { coded: number; duplicates: number };
    assert.deepEqual({ coded: s2.coded, duplicates: s2.duplicates }, { coded: 0, duplicates: 11 });
    assert.deepEqual(await snapshot(db('idem')), before);
  });

  it('links the same event reported by two outlets and queries it', async () => {
    const r = await dyad(['ingest', fixture('records.jsonl'), ...base('dedupe'), '--jobs', '1']);
    assert.equal(r.code, 0, r.stderr);
    const q = await dyad(['events', '--db', db('dedupe'), '--source', 'FRD', '--code', '19', '--format', 'jsonl']);
    const rows = q.stdout.trim().split('\n').map((l) => JSON.parse(l) as { article: { id: string }; sentenceText: string; group: { id: string; mentions: number; sources: number; articles: number } });
    assert.deepEqual(rows.map((e) => e.article.id).sort(), ['l1', 'l2']);
    assert.equal(rows[0]?.group.id, rows[1]?.group.id);
    assert.deepEqual(rows[0]?.group && { m: rows[0].group.mentions, s: rows[0].group.sources, a: rows[0].group.articles }, { m: 2, s: 2, a: 2 });
    assert.notEqual(rows[0]?.sentenceText, rows[1]?.sentenceText);
    const csv = await dyad(['events', '--db', db('dedupe'), '--text', 'witnesses', '--format', 'csv']);
    const lines = csv.stdout.trim().split('\n');
    assert.equal(lines.length, 2);
    assert.match(lines[0] ?? '', /^id,date,date_precision,date_basis,source_code/);
    assert.match(lines[1] ?? '', /,FRD,.*,SYL,.*"On Friday Freedonia attacked Sylvania, witnesses said\."$/);
    const gd = await dyad(['export', '--db', db('dedupe'), '--format', 'gdelt', '--out', join(dir, 'g.tsv')]);
    assert.equal(gd.code, 0, gd.stderr);
    const rowsG = readFileSync(join(dir, 'g.tsv'), 'utf8').trim().split('\n').map((l) => l.split('\t'));
    assert.equal(rowsG.length, 1);
    const g = rowsG[0] ?? [];
    assert.equal(g.length, GDELT_COLUMNS);
    assert.deepEqual([g[1], g[5], g[7], g[15], g[26], g[28], g[29], g[31], g[32], g[33]], ['20240510', 'FRD', 'FRD', 'SYL', '190', '19', '4', '2', '2', '2']);
    assert.match(g[60] ?? '', /^https:\/\/(wire|daily)\.example\/l[12]$/);
    const jl = await dyad(['export', '--db', db('dedupe'), '--format', 'jsonl']);
    const mentions = jl.stdout.trim().split('\n').map((l) => JSON.parse(l) as { cameo: string; group: unknown });
    assert.equal(mentions.length, (await snapshot(db('dedupe'))).length - 1);
    const ex = await dyad(['export', '--db', db('dedupe'), '--format', 'csv', '--out', join(dir, 'e.csv')]);
    assert.equal(ex.code, 0, ex.stderr);
    assert.equal(readFileSync(join(dir, 'e.csv'), 'utf8').trim().split('\n').length, mentions.length + 1);
    const bad = await dyad(['events', '--db', db('dedupe'), '--quad', '7']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--quad must be 1, 2, 3 or 4/);
  });

  it('reads - from stdin, sniffing the format (JSON Lines, then a WARC)', async () => {
    const r = await dyad(['ingest', '-', ...base('stdin'), '--jobs', '1', '--json'], readFileSync(fixture('records.jsonl')));
    assert.equal(r.code, 0, r.stderr);
    assert.equal((JSON.parse(r.stdout) as { coded: number }).coded, 2);
    const w = await dyad(['ingest', '-', ...base('stdin'), '--jobs', '1', '--json'], sampleWarc(false));
    assert.equal((JSON.parse(w.stdout) as { coded: number }).coded, 2);
    const json = await dyad(['events', '--db', db('stdin'), '--format', 'json', '--target', 'SYL']);
    const arr = JSON.parse(json.stdout) as { article: { url: string } }[];
    assert.ok(arr.length >= 3);
    assert.ok(arr.some((e) => e.article.url === 'https://news.example/w1'));
  });

  it('reports each bad input with its place, skips it, and loses nothing else; --strict stops at the first', async () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"id":"g1","text":"Freedonia attacked Sylvania."}\n{"id":"x"\n{"id":"g2","text":"Osterlich condemned Freedonia."}\n');
    const big = join(dir, 'big.jsonl');
    writeFileSync(big, `{"id":"huge","text":"${'y'.repeat(5000)}"}\n{"id":"g3","text":"Sylvania threatened Osterlich."}\n`);
    const html = join(dir, 'broken.html');
    writeFileSync(html, Buffer.concat([Buffer.from('<html><head><meta charset="utf-8"></head><body><p>'), Buffer.from([0xff, 0xc3]), Buffer.from('</p></body></html>')]));
    const r = await dyad(['ingest', bad, join(dir, 'missing.txt'), big, html, ...base('bad'), '--max-bytes', '4000', '--jobs', '1']);
    assert.equal(r.code, 3, r.stderr);
    assert.match(r.stderr, /\[ING002\] .*bad\.jsonl:2: not JSON/);
    assert.match(r.stderr, /\[ING001\] .*missing\.txt: cannot read: ENOENT/);
    assert.match(r.stderr, /\[ING007\] .*big\.jsonl:1: line is 50\d\d bytes, over the --max-bytes limit of 4000/);
    assert.match(r.stderr, /\[ING004\] .*broken\.html: not valid UTF-8/);
    assert.match(r.stderr, /read 7, coded 3, duplicates 0, failed 4/);
    assert.equal(await articles(db('bad')), 3);
    const strict = await dyad(['ingest', bad, big, ...base('strict'), '--strict', '--jobs', '1']);
    assert.equal(strict.code, 1);
    assert.match(strict.stderr, /stopped at the first bad record \(--strict\): \[ING002\] .*bad\.jsonl:2/);
    assert.equal(await articles(db('strict')), 1);
  });

  it('after repeated SIGKILLs mid-ingest with --jobs 2, a re-run gives exactly what an uninterrupted run gives', async () => {
    const input = join(dir, 'kill.jsonl');
    // Real corpus text with the bundled dictionaries when ../shared is there (what wink-nlp learns
    // while reading must not make a resumed run differ); the fictional stand-in otherwise.
    const n = corpusMissing ? 1500 : 400;
    if (corpusMissing) corpus(input, n, 40);
    else writeCorpusJsonl(input, n);
    const opts = (name: string): string[] => (corpusMissing ? base(name) : ['--db', db(name), '--quiet']);
    const whole = await dyad(['ingest', input, ...opts('whole'), '--jobs', '2']);
    assert.equal(whole.code, 0, whole.stderr);
    // Killed at different points: while the workers start (nothing stored yet), then after more and more
    // articles; each run resumes what the one before it left.
    let stored = 0;
    for (const at of [0, Math.round(n * 0.15), Math.round(n * 0.4), Math.round(n * 0.65)]) {
      const now = await killIngestAt(['ingest', input, ...opts('killed'), '--jobs', '2'], db('killed'), at);
      assert.ok(now >= Math.max(at, stored) && now < n, `killed after ${now} articles (aimed at ${at}): the kill must land mid-run`);
      stored = now;
    }
    const rerun = await dyad(['ingest', input, ...opts('killed'), '--jobs', '2', '--json']);
    assert.equal(rerun.code, 0, rerun.stderr);
    const s = JSON.parse(rerun.stdout) as { coded: number; duplicates: number };
    assert.equal(s.duplicates, stored);
    assert.equal(s.coded, n - stored);
    assert.deepEqual(await snapshot(db('killed')), await snapshot(db('whole')));
  });

  it('--watch polls a feed on 127.0.0.1 and codes only new items', async () => {
    const item = (n: number, text: string): string => `<item><title>Item ${n}</title><guid>w${n}</guid><link>http://127.0.0.1/w${n}</link><pubDate>Mon, 13 May 2024 10:0${n}:00 GMT</pubDate><description>${text}</description></item>`;
    let feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback Wire</title>${item(1, 'Freedonia attacked Sylvania.')}${item(2, 'Osterlich condemned Freedonia.')}</channel></rss>`;
    let hits = 0;
    const server = createServer((_req, res) => { hits++; res.writeHead(200, { 'content-type': 'application/rss+xml' }); res.end(feed); });
    await new Promise<void>((res) => server.listen(0, '127.0.0.1', () => res()));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
    const p = spawn(process.execPath, [join(packageRoot(), 'dist', 'src', 'cli', 'main.js'), 'ingest', url, '--watch', '1', ...base('watch'), '--jobs', '1'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    p.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    const exited = new Promise<number | null>((res) => p.on('exit', (code) => res(code)));
    try {
      for (let i = 0; i < 600 && (await articles(db('watch'))) < 2; i++) await sleep(50);
      assert.equal(await articles(db('watch')), 2);
      feed = feed.replace('</channel>', `${item(3, 'Sylvania met with Osterlich.')}</channel>`);
      for (let i = 0; i < 600 && (await articles(db('watch'))) < 3; i++) await sleep(50);
      assert.equal(await articles(db('watch')), 3);
      const polls = hits;
      await sleep(1500);
      assert.ok(hits > polls, 'keeps polling');
    } finally {
      p.kill('SIGTERM');
      server.close();
    }
    assert.equal(await exited, 0, stderr);
    assert.match(stderr, /coded 3, duplicates [1-9]\d*, failed 0/);
    assert.equal(await articles(db('watch')), 3);
  });

  it('ingest --all stores background events flagged; events leaves them out unless --background', async () => {
    const input = join(dir, 'background.jsonl');
    writeFileSync(input, '{"id":"bg1","date":"1933-06-15","text":"Freedonia met with Osterlich on Monday. Freedonia had attacked Sylvania in 1931."}\n');
    const ingested = await dyad(['ingest', input, ...base('background'), '--jobs', '1', '--all']);
    assert.equal(ingested.code, 0, ingested.stderr);
    const list = async (...args: string[]): Promise<string[]> => {
      const r = await dyad(['events', '--db', db('background'), '--format', 'jsonl', ...args]);
      assert.equal(r.code, 0, r.stderr);
      return r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { cameo: string; background?: string; group: unknown }).map((e) => `${e.cameo} ${e.background ?? 'news'} ${e.group ? 'grouped' : '-'}`);
    };
    assert.deepEqual(await list(), ['036 news grouped']);
    assert.deepEqual((await list('--background')).sort(), ['036 news grouped', '190 pluperfect -']);
    const plain = await dyad(['ingest', input, ...base('background-default'), '--jobs', '1']);
    assert.equal(plain.code, 0, plain.stderr);
    const r = await dyad(['events', '--db', db('background-default'), '--format', 'jsonl', '--background']);
    assert.deepEqual(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { cameo: string }).cameo), ['036'], 'without --all nothing background is stored');
  });

  it('recode re-codes stale articles in place when the dictionaries change', async () => {
    const dict = join(dir, 'dict');
    cpSync(FICTIONAL, dict, { recursive: true });
    const input = join(dir, 'recode.jsonl');
    writeFileSync(input, '{"id":"rc1","date":"2024-05-01","text":"Freedonia praised Sylvania. Osterlich condemned Freedonia."}\n');
    await dyad(['ingest', input, '--db', db('recode'), '--dictionaries', dict, '--quiet', '--jobs', '1']);
    const before = await dyad(['events', '--db', db('recode'), '--format', 'jsonl']);
    assert.deepEqual(before.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { cameo: string }).cameo), ['111']);
    const same = await dyad(['recode', '--db', db('recode'), '--dictionaries', dict, '--json', '--jobs', '1']);
    assert.equal((JSON.parse(same.stdout) as { read: number }).read, 0, 'same dictionaries: nothing is stale');
    appendFileSync(join(dict, 'verbs', 'test.txt'), '051   praise\n');
    const r = await dyad(['recode', '--db', db('recode'), '--dictionaries', dict, '--json', '--jobs', '1']);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).coded, 1);
    const after = await dyad(['events', '--db', db('recode'), '--format', 'jsonl']);
    assert.deepEqual(after.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { cameo: string }).cameo).sort(), ['051', '111']);
    const again = await dyad(['recode', '--db', db('recode'), '--dictionaries', dict, '--json', '--jobs', '1']);
    assert.equal((JSON.parse(again.stdout) as { read: number }).read, 0);
  });
});
