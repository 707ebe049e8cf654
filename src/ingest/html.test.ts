import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { htmlFragmentToText, htmlToText } from './html.js';
import { scratchDir } from '../../testdata/helpers.js';

const PAGE = '<!doctype html><html><head><title>Freedonia and Sylvania | Daily Example</title>'
  + '<meta property="article:published_time" content="2024-05-06T08:00:00Z"></head><body>'
  + '<nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Talks resume</h1>'
  + `<p>${'Freedonia and Sylvania resumed talks in the capital on Monday, officials said. '.repeat(4)}</p>`
  + `<p>${'Osterlich welcomed the meeting and offered to host the next round. '.repeat(4)}</p></article>`
  + '<footer>Copyright Daily Example</footer></body></html>';

test('html: a page gives its article text in paragraphs, its title and its date', () => {
  const a = htmlToText(PAGE);
  assert.match(a.text, /^Freedonia and Sylvania resumed talks/m);
  assert.match(a.text, /\n\nOsterlich welcomed the meeting/);
  assert.doesNotMatch(a.text, /Copyright|Home/);
  assert.equal(a.publishedAt, '2024-05-06');
  assert.ok(a.title?.includes('Freedonia and Sylvania'));
});

const FRAGMENTS: readonly [string, string][] = [
  ['plain words stay as they are', 'plain words stay as they are'],
  ['<p>One.</p><p>Two &amp; three.</p>', 'One.\n\nTwo & three.'],
  ['line<br>break', 'line\nbreak'],
  ['<p>kept</p><script>dropped()</script>', 'kept'],
];
for (const [html, text] of FRAGMENTS) {
  test(`html: fragment ${JSON.stringify(html)}`, () => assert.equal(htmlFragmentToText(html), text));
}

// Reading JSON Lines must not load the HTML libraries (start-up cost); an HTML record loads them once.
function loadedAfterReading(name: string, content: string): string {
  const dir = scratchDir('dyad-html-');
  const file = join(dir, name);
  writeFileSync(file, content);
  const sources = pathToFileURL(join(import.meta.dirname, 'readers', 'sources.js')).href;
  const text = pathToFileURL(join(import.meta.dirname, 'article-text.js')).href;
  const script = `
    import { createRequire } from 'node:module';
    const { expandInputs, readInputs } = await import(${JSON.stringify(sources)});
    const { articleText } = await import(${JSON.stringify(text)});
    for await (const it of readInputs(await expandInputs([${JSON.stringify(file)}]), { maxBytes: 1e6 })) if ('record' in it) articleText(it.record);
    const cache = Object.keys(createRequire(import.meta.url).cache);
    console.log(['linkedom', '@mozilla/readability'].filter((m) => cache.some((k) => k.includes('/node_modules/' + m + '/'))).join(','));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.trim();
}

test('html: a JSON Lines read loads no HTML library; an HTML page loads them', () => {
  assert.equal(loadedAfterReading('a.jsonl', '{"id":"a","text":"Freedonia attacked Sylvania."}\n'), '');
  assert.equal(loadedAfterReading('a.html', PAGE), 'linkedom,@mozilla/readability');
});
