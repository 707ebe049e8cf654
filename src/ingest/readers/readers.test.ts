import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { fixture, sampleWarc } from '../../../testdata/ingest-helpers.js';
import { articleText } from '../article-text.js';
import type { ReadItem } from '../records.js';
import { expandInputs, readInputs, sniff } from './sources.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-readers-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function tmp(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

async function read(paths: string[], maxBytes = 1 << 20): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const it of readInputs(await expandInputs(paths), { maxBytes })) out.push(it);
  return out;
}

/** Records as `id|title|date|url|source|first words of text`, errors as their message. */
async function describeItems(items: ReadItem[]): Promise<string[]> {
  return items.map((it) => {
    if ('error' in it) return `ERR ${it.error.message}`;
    const { text, meta } = articleText(it.record);
    return [meta.id, meta.title ?? '-', meta.publishedAt ?? '-', meta.url ?? '-', meta.source ?? '-', text.replace(/\s+/g, ' ').slice(0, 40)].join('|');
  });
}

describe('input readers', () => {
  const rows: { name: string; paths: () => string[]; want: (string | RegExp)[] }[] = [
    { name: 'plain text file', paths: () => [fixture('clash.txt')], want: [/clash\.txt\|-\|-\|-\|-\|Freedonia attacked Sylvania on Monday/] },
    { name: 'HTML page: Readability text, title and date from the page', paths: () => [fixture('summit.html')], want: [/summit\.html\|Summit in Fredville\|2024-05-09\|-\|-\|.*Freedonia and Osterlich signed/] },
    { name: 'JSON array with varied field names', paths: () => [fixture('records.json')], want: ['j1|Talks|2024-05-10|-|Example Wire|Osterlich met with Sylvania on Thursday.', 'j2|Warning|2024-05-10|-|-|Sylvania threatened Freedonia.'] },
    { name: 'JSON Lines', paths: () => [fixture('records.jsonl')], want: [/^l1\|-\|2024-05-11\|https:\/\/wire\.example\/l1\|Example Wire\|Freedonia attacked/, /^l2\|/] },
    { name: 'gzipped JSON Lines', paths: () => [tmp('r.jsonl.gz', gzipSync('{"id":"g1","text":"Osterlich condemned Sylvania."}\n'))], want: ['g1|-|-|-|-|Osterlich condemned Sylvania.'] },
    { name: 'RSS 2.0: headline first, then description or content:encoded', paths: () => [fixture('feed.xml')], want: ['r1|Freedonia accuses Osterlich|2024-05-11|https://wire.example/r1|Example Wire|Freedonia accuses Osterlich Freedonia ac', 'r2|Talks planned|2024-05-11|https://wire.example/r2|Example Wire|Talks planned Sylvania said it plans to '] },
    { name: 'Atom', paths: () => [fixture('atom.xml')], want: ['urn:example:a1|Border fighting|2024-05-12|https://monitor.example/a1|Osterlich Monitor|Border fighting Osterlich attacked Freed'] },
    { name: 'WARC: HTML responses only, gzip content encoding undone', paths: () => [tmp('c.warc', sampleWarc())], want: [/\|Raid\|2024-05-13\|https:\/\/news\.example\/w1\|news\.example\|Freedonian troops attacked/, /\|Talks\|2024-05-13\|https:\/\/other\.example\/w2\|other\.example\|Osterlich met/] },
    { name: 'WARC gzipped record by record (CC-NEWS)', paths: () => [tmp('c.warc.gz', sampleWarc(true))], want: [/\|Raid\|/, /\|Talks\|/] },
    { name: 'folder: recursive, stable order, hidden files ignored, unknown ones reported', paths: () => {
      mkdirSync(join(dir, 'tree', 'b'), { recursive: true });
      tmp('tree/b/2.txt', 'Sylvania attacked Osterlich.');
      tmp('tree/a.jsonl', '{"id":"a1","text":"Osterlich condemned Sylvania."}\n');
      tmp('tree/c.txt', 'Freedonia condemned Osterlich.');
      tmp('tree/notes.md', 'ignored');
      tmp('tree/.hidden.txt', 'ignored');
      return [join(dir, 'tree')];
    }, want: [/^a1\|/, /tree\/b\/2\.txt\|/, /tree\/c\.txt\|/, /^ERR \[ING012\] .*tree\/notes\.md: unsupported file type/] },
    { name: 'binary content under a text name', paths: () => [tmp('prog.txt', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]))], want: [/^ERR \[ING023\] .*prog\.txt: binary content \(NUL byte at offset 7\), not text/] },
    { name: 'missing file', paths: () => [join(dir, 'nope.txt')], want: [/^ERR \[ING001\] .*nope\.txt: cannot read: ENOENT/] },
    { name: 'unsupported type named explicitly', paths: () => [tmp('x.pdf', '%PDF')], want: [/^ERR \[ING012\] .*x\.pdf: unsupported file type/] },
    { name: 'broken JSON line: file:line, the rest goes on', paths: () => [tmp('b.jsonl', '{"id":"ok1","text":"Freedonia attacked Sylvania."}\n{"id": "bad", "text": \n\n{"id":"ok2","text":"Osterlich condemned Freedonia."}\n{"id":"nt"}\n')], want: ['ok1|-|-|-|-|Freedonia attacked Sylvania.', /^ERR \[ING002\] .*b\.jsonl:2: not JSON/, 'ok2|-|-|-|-|Osterlich condemned Freedonia.', /^ERR \[ING003\] .*b\.jsonl:5 \(id nt\): no text/] },
    { name: 'oversize record skipped without holding it', paths: () => [tmp('o.jsonl', `{"id":"big","text":"${'x'.repeat(3000)}"}\n{"id":"small","text":"Sylvania attacked Osterlich."}\n`)], want: [/^ERR \[ING007\] .*o\.jsonl:1: line is 30\d\d bytes, over the --max-bytes limit of 2000/, /^small\|/] },
    { name: 'invalid UTF-8 in a line', paths: () => [tmp('u.jsonl', Buffer.concat([Buffer.from('{"id":"u","text":"caf'), Buffer.from([0xe9, 0x21]), Buffer.from('"}\n')]))], want: [/^ERR \[ING004\] .*u\.jsonl:1: not valid UTF-8 \(first bad byte at offset 21\)/] },
    { name: 'undecodable HTML (bytes invalid for its charset)', paths: () => [tmp('bad.html', Buffer.concat([Buffer.from('<html><head><meta charset="utf-8"></head><body><p>'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('</p></body></html>')]))], want: [/^ERR \[ING004\] .*bad\.html: not valid UTF-8/] },
    { name: 'HTML in a declared legacy charset', paths: () => [tmp('l1.html', Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"><title>T</title></head><body><article><p>Osterlich condemned Sylvania at the caf'), Buffer.from([0xe9]), Buffer.from(' summit on Monday, officials said in a statement.</p></article></body></html>')]))], want: [/\|T\|.*Osterlich condemned Sylvania at the café/] },
    { name: 'corrupt gzip', paths: () => [tmp('z.jsonl.gz', Buffer.from('not gzip at all'))], want: [/^ERR \[ING017\] .*z\.jsonl\.gz: cannot read: incorrect header check/] },
    { name: 'truncated WARC record', paths: () => [tmp('t.warc', sampleWarc().subarray(0, 400))], want: [/^ERR \[ING006\] .*t\.warc#record2 \(https:\/\/news\.example\/w1\): input ends/] },
    { name: 'not a feed', paths: () => [tmp('n.xml', '<html><body>hi</body></html>')], want: [/^ERR \[ING008\] .*n\.xml: not an RSS or Atom feed/] },
  ];
  for (const r of rows) {
    it(r.name, async () => {
      const got = await describeItems(await read(r.paths(), r.name.startsWith('oversize') ? 2000 : 1 << 20));
      assert.equal(got.length, r.want.length, got.join('\n'));
      r.want.forEach((w, i) => (typeof w === 'string' ? assert.equal(got[i], w) : assert.match(got[i] ?? '', w)));
    });
  }

  const sniffs: [string, string][] = [['{"id":1}', 'jsonl'], ['[{"id":1}]', 'json'], ['WARC/1.0\r\n', 'warc'], ['<?xml version="1.0"?>\n<rss>', 'feed'], ['<feed xmlns="x">', 'feed'], ['<!doctype html><html>', 'html'], ['Freedonia attacked.', 'text']];
  for (const [head, want] of sniffs) it(`sniffs stdin ${JSON.stringify(head.slice(0, 12))} as ${want}`, () => assert.equal(sniff(Buffer.from(head)), want));
});
