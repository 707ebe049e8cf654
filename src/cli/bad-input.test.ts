/** Every kind of bad input is refused cleanly: a real `dyad` process, its exit status, and the message naming what is wrong. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { FICTIONAL } from '../../testdata/ingest-helpers.js';
import { packageRoot } from '../paths.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-bad-'));
after(() => { chmodSync(join(dir, 'locked'), 0o755); rmSync(dir, { recursive: true, force: true }); });
const at = (name: string): string => join(dir, name);
const file = (name: string, content: string | Buffer): string => { writeFileSync(at(name), content); return at(name); };

const SENTENCE = 'Freedonia attacked Sylvania on Monday. Osterlich condemned Freedonia. ';
file('small.txt', 'Freedonia attacked Sylvania on Monday.');
file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x46, 0x72, 0x65, 0x65, 0x64, 0x6f, 0x6e, 0x69, 0x61]));
// Large enough that a worker with a 64 MB heap runs out of memory coding it (the path a 50 MB text takes with the default heap).
file('large.txt', SENTENCE.repeat(Math.ceil(1_000_000 / SENTENCE.length)));
// Over the default --max-bytes (8 MiB) without being coded.
file('huge.txt', Buffer.alloc(9 * 1024 * 1024, 'Freedonia attacked Sylvania. '));
file('notes.txt', 'just a word');
// A photo caption closed by its credit, run into the story: page chrome by its shape, not coded.
file('caption.txt', 'Egypt recalled its ambassador from Israel on Monday. Israeli troops fire on protesters near the border fence in Gaza. (Photo: J. Roe/Example Images) Egypt said it regretted the move.');
copyFileSync('/bin/ls', at('ls-copy.txt'));
mkdirSync(at('folder'));
file('folder/a.txt', 'Osterlich condemned Sylvania on Tuesday.');
copyFileSync('/bin/ls', at('folder/photo.jpg'));
mkdirSync(at('locked'));
chmodSync(at('locked'), 0o555);
file('dates.jsonl', [
  JSON.stringify({ id: 'ok', date: '2024-02-29', text: 'Freedonia attacked Sylvania.' }),
  JSON.stringify({ id: 'feb30', date: '2024-02-30', text: 'Osterlich condemned Sylvania.' }),
  JSON.stringify({ id: 'word', date: 'yesterday', text: 'Sylvania condemned Osterlich.' }),
].join('\n') + '\n');
file('feed.xml', '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
  + '<item><title>Clash</title><description>Freedonia attacked Sylvania.</description><pubDate>Fri, 30 Feb 2024 10:00:00 GMT</pubDate></item>'
  + '<item><title>Talks</title><description>Osterlich met Sylvania.</description><pubDate>Thu, 29 Feb 2024 10:00:00 GMT</pubDate></item></channel></rss>');

/** Root may write anywhere a mode bit forbids; a read-only kernel folder refuses even root. */
const unwritable = process.getuid?.() === 0 ? '/sys/dyad-test.db' : at('locked/dyad.db');

interface Row {
  readonly name: string;
  readonly args: readonly string[];
  readonly input?: string;
  readonly env?: Readonly<Record<string, string>>;
  readonly code: number;
  readonly stderr?: readonly RegExp[];
  readonly stdout?: readonly RegExp[];
}

const db = (name: string): string[] => ['--db', at(`${name}.db`), '--dictionaries', FICTIONAL, '--quiet', '--jobs', '1'];

const ROWS: readonly Row[] = [
  { name: 'ingest: a worker out of memory fails its record, the rest is coded, the run ends with 3',
    args: ['ingest', at('large.txt'), at('small.txt'), '--max-bytes', '60000000', '--date', '2024-05-01', ...db('oom')], env: { DYAD_WORKER_HEAP_MB: '64' },
    code: 3, stderr: [/\[ING021\] .*large\.txt: the coder ran out of memory on this record \(\d+ characters of text/, /read 2, coded 1, duplicates 0, failed 1/] },
  { name: 'code: a file over the default --max-bytes is refused before coding',
    args: ['code', at('huge.txt')], code: 4, stderr: [/^\[ING007\] .*huge\.txt: 9437184 bytes, over the --max-bytes limit of 8388608$/m] },
  { name: 'code: --max-bytes applies as in ingest',
    args: ['code', at('small.txt'), '--max-bytes', '10'], code: 4, stderr: [/\[ING007\] .*small\.txt: 38 bytes, over the --max-bytes limit of 10/] },
  { name: 'code --jsonl: a line over --max-bytes is an error line, the others are coded',
    args: ['code', '--jsonl', '--max-bytes', '100'], input: `{"id":"a","text":"Freedonia attacked Sylvania."}\n{"id":"b","text":"${'x'.repeat(200)}"}\n`,
    code: 3, stdout: [/^\{"id":"a","events":/m, /^\{"id":"line:2","error":"line 2: line is \d+ bytes, over the --max-bytes limit of 100"\}$/m] },
  { name: 'ingest --date: not a calendar date', args: ['ingest', at('small.txt'), '--date', '2024-02-30', ...db('d1')], code: 2, stderr: [/^dyad ingest: --date must be a real calendar date, got "2024-02-30"$/m] },
  { name: 'code --date: not a calendar date', args: ['code', at('small.txt'), '--date', '2023-02-29'], code: 2, stderr: [/^dyad code: --date must be a real calendar date, got "2023-02-29"$/m] },
  { name: 'events --since: not a calendar date', args: ['events', '--since', '2024-13-01', '--db', at('none.db')], code: 2, stderr: [/--since must be a real calendar date, got "2024-13-01"/] },
  { name: 'ingest: records with a date that is no day are reported with file:line and id, and skipped',
    args: ['ingest', at('dates.jsonl'), ...db('d2')], code: 3,
    stderr: [/\[ING024\] .*dates\.jsonl:2 \(id feb30\): date "2024-02-30" is not a real calendar date/, /\[ING024\] .*dates\.jsonl:3 \(id word\): date "yesterday"/, /coded 1, duplicates 0, failed 2/] },
  { name: 'ingest: a feed item with an impossible pubDate is reported with its item number',
    args: ['ingest', at('feed.xml'), ...db('d3')], code: 3, stderr: [/\[ING024\] .*feed\.xml#item1: date "Fri, 30 Feb 2024 10:00:00 GMT" is not a real calendar date/, /coded 1, duplicates 0, failed 1/] },
  { name: 'code --jsonl: a record date that is no day is an error line',
    args: ['code', '--jsonl'], input: '{"id":"x","date":"2024-04-31","text":"Freedonia attacked Sylvania."}\n', code: 4,
    stdout: [/"error":"line 1: date: date must be a real calendar date, got \\"2024-04-31\\""/] },
  { name: 'events --limit -1', args: ['events', '--limit', '-1', '--db', at('none.db')], code: 2, stderr: [/^dyad events: --limit must be a whole number of at least 1, got "-1"$/m] },
  { name: 'ingest --jobs -2', args: ['ingest', at('small.txt'), '--jobs', '-2', '--db', at('j.db')], code: 2, stderr: [/^dyad ingest: --jobs must be a whole number of at least 1, got "-2"$/m] },
  { name: 'an unknown flag is named', args: ['events', '--colour', 'red'], code: 2, stderr: [/^dyad events: unknown flag --colour \(known: --db /m] },
  { name: 'a flag without its value', args: ['export', '--format'], code: 2, stderr: [/^dyad export: --format needs a value$/m] },
  { name: 'a stray argument', args: ['events', 'FRD'], code: 2, stderr: [/^dyad events: unexpected argument "FRD"/m] },
  { name: 'code: a program is refused as binary', args: ['code', '/bin/ls'], code: 4, stderr: [/^\[ING023\] \/bin\/ls: binary content \(NUL byte at offset \d+\), not text$/m] },
  { name: 'code: Latin-1 text is refused as not UTF-8, as ingest does', args: ['code', at('latin1.txt')], code: 4, stderr: [/^\[ING004\] .*latin1\.txt: not valid UTF-8 \(first bad byte at offset 3\)$/m] },
  { name: 'ingest: the same Latin-1 message', args: ['ingest', at('latin1.txt'), ...db('l1')], code: 4, stderr: [/^\[ING004\] .*latin1\.txt: not valid UTF-8 \(first bad byte at offset 3\)$/m] },
  { name: '--db in a folder that does not exist', args: ['ingest', at('small.txt'), '--db', at('no/such/dir/x.db')], code: 1, stderr: [/\[STORE006\] .*no\/such\/dir\/x\.db: cannot open the store: folder .*no\/such\/dir does not exist/] },
  { name: '--db where no file may be created', args: ['ingest', at('small.txt'), '--db', unwritable], code: 1, stderr: [/\[STORE006\] .*dyad(-test)?\.db: cannot open the store: permission denied/] },
  { name: '--db that is not a database', args: ['ingest', at('small.txt'), '--db', at('notes.txt')], code: 1, stderr: [/\[STORE004\] .*notes\.txt: not a Dyad store \(not an SQLite database\)/] },
  { name: '--db that is not a database, read', args: ['events', '--db', at('notes.txt')], code: 1, stderr: [/\[STORE004\] .*notes\.txt: not a Dyad store/] },
  { name: 'a folder with a binary file: counted and reported',
    args: ['ingest', at('folder'), ...db('f1')], code: 3, stderr: [/\[ING012\] .*folder\/photo\.jpg: unsupported file type/, /read 2, coded 1, duplicates 0, failed 1/] },
  { name: 'a binary file under a text name', args: ['ingest', at('ls-copy.txt'), at('small.txt'), ...db('b1')], code: 3, stderr: [/\[ING023\] .*ls-copy\.txt: binary content/] },
  { name: 'every input failed: its own status', args: ['ingest', at('latin1.txt'), at('ls-copy.txt'), ...db('all')], code: 4, stderr: [/read 2, coded 0, duplicates 0, failed 2/] },
  { name: 'a caption run into the story is skipped as boilerplate, not coded',
    args: ['code', at('caption.txt'), '--explain'], code: 0,
    stdout: [/^\[skipped boilerplate\] "Israeli troops fire on protesters near the border fence in Gaza\. \(Photo: J\. Roe\/Example Images\)"$/m, /^0 .* EGY +161 +ISR /m, /^(?![\s\S]*"fire")/] },
  { name: 'every line failed: its own status', args: ['code', '--jsonl'], input: '{not json\n{"id":"t"}\n', code: 4 },
];

/** Run the real command; a run past the timeout is killed, so a hang fails its row instead of stalling the suite. */
function run(r: Row): Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [join(packageRoot(), 'dist', 'src', 'cli', 'main.js'), ...r.args], { env: { ...process.env, ...r.env }, timeout: 180_000 });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    p.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    p.on('error', reject);
    p.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
    p.stdin.end(r.input ?? '');
  });
}

describe('bad input: exit status and message', { concurrency: 4 }, () => {
  for (const r of ROWS) {
    it(r.name, async () => {
      const p = await run(r);
      assert.equal(p.signal, null, `killed after the timeout (a hang)\n${p.stderr}`);
      assert.equal(p.status, r.code, p.stderr);
      for (const re of r.stderr ?? []) assert.match(p.stderr, re);
      for (const re of r.stdout ?? []) assert.match(p.stdout, re);
    });
  }
});
