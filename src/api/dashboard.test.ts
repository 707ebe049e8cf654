/**
 * The dashboard in a real browser: Debian's chromium driven by playwright-core, over the API on 127.0.0.1
 * with a store seeded from the example articles. Screenshots go to test-artifacts/dashboard/.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { seededApi, type SeededApi } from '../../testdata/api-fixture.js';
import { packageRoot } from '../paths.js';

/** The chromium binary: $CHROMIUM_PATH, else Debian's. */
function chromiumPath(): string | null {
  for (const p of [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser']) if (p && existsSync(p)) return p;
  return null;
}

const binary = chromiumPath();
const shots = join(packageRoot(), 'test-artifacts', 'dashboard');
// Untrusted article text: if highlighting ever parsed it as HTML, one of these would set window.__xss.
const HOSTILE = "Kenyan police arrested <script>self['__xss']=1</script> protesters in Nairobi on Monday, "
  + 'and Tanzania <img src=x onerror="self[\'__xss\']=2"> condemned the arrests.';

describe('dashboard in chromium', { skip: binary ? false : 'no chromium binary (apt-get install chromium, or set CHROMIUM_PATH): browser tests skipped' }, () => {
  let api: SeededApi;
  let browser: Browser;
  let page: Page;
  let base = '';
  const consoleErrors: string[] = [];
  const outside: string[] = [];
  let hostileArticle = 0;

  before(async () => {
    mkdirSync(shots, { recursive: true });
    api = await seededApi({ web: true });
    const r = await api.app.inject({ method: 'POST', url: '/api/articles', payload: { text: HOSTILE, date: '2024-05-13', title: 'Hostile <b>title</b>' } });
    hostileArticle = r.json<{ results: { id: number }[] }>().results[0]?.id ?? 0;
    base = await api.app.listen({ host: '127.0.0.1', port: 0 });
    browser = await chromium.launch({ executablePath: binary ?? '', headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    // Nothing may leave 127.0.0.1: such requests are recorded and refused.
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1' || url.protocol === 'data:') return route.continue();
      outside.push(url.href);
      return route.abort();
    });
  });

  after(async () => {
    await browser?.close();
    await api?.close();
  });

  /** Go to a dashboard URL and wait until its view has rendered. */
  async function open(query: string): Promise<void> {
    await page.goto(`${base}/${query}`);
    await page.waitForSelector('#view[data-ready]');
  }

  async function rendered(): Promise<void> {
    await page.waitForFunction(() => document.querySelector('#view')?.getAttribute('data-ready') !== null && document.querySelector('#status')?.textContent === '');
  }

  it('loads the event table', async () => {
    await open('');
    assert.ok(await page.locator('table.events tbody tr').count() > 5);
    await page.screenshot({ path: join(shots, '1-events.png') });
  });

  it('filters by actor through the filter bar, and keeps the filter in the URL', async () => {
    await page.fill('#filters input[name=actor]', 'KEN');
    await page.click('#filters button[type=submit]');
    await page.waitForURL(/actor=KEN/);
    await rendered();
    const codes = await page.locator('table.events tbody tr').evaluateAll((rows) => rows.map((r) => [r.children[1]?.textContent ?? '', r.children[3]?.textContent ?? '']));
    assert.ok(codes.length > 0);
    for (const [s, t] of codes) assert.ok(s?.startsWith('KEN') || t?.startsWith('KEN'), `${s} / ${t}`);
    await page.reload();
    await rendered();
    assert.equal(await page.inputValue('#filters input[name=actor]'), 'KEN', 'the filter survives a reload');
  });

  it('opens an event and shows its sentence with the trigger and actors highlighted', async () => {
    await page.locator('table.events tbody tr td:nth-child(3) a').first().click();
    await page.waitForURL(/view=event&|view=event$|id=\d+/);
    await rendered();
    const sentence = page.locator('article.mention .sentence').first();
    assert.ok(await sentence.isVisible());
    assert.ok((await sentence.locator('mark.m-trigger').count()) > 0);
    assert.ok((await sentence.locator('mark.m-source, mark.m-target').count()) > 0);
    assert.match(await page.locator('dl.facts').first().textContent() ?? '', /dictionaries\/.+:\d+/);
    await page.screenshot({ path: join(shots, '2-event.png') });
  });

  it('shows hostile article text as text: no script runs, no element is injected', async () => {
    const id = (await api.views.article(String(hostileArticle)))?.events[0]?.id;
    assert.ok(id, 'the hostile article has an event');
    await open(`?view=event&id=${id}`);
    await rendered();
    const text = await page.locator('.article-text').first().textContent();
    assert.ok(text?.includes("<script>self['__xss']=1</script>"), 'the script tag is shown as text');
    assert.ok(text?.includes('<img src=x onerror='), 'the img tag is shown as text');
    assert.ok(await page.locator('.article-text mark.m-trigger').count() > 0, 'and the event is still highlighted');
    assert.equal(await page.locator('.article-text img, .article-text script, h3 b').count(), 0);
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
    await page.screenshot({ path: join(shots, '3-hostile.png') });
  });

  it('follows a network edge to the events of that dyad', async () => {
    await open('?view=network');
    const edge = page.locator('svg.network line.edge').first();
    const [source, target] = [await edge.getAttribute('data-source'), await edge.getAttribute('data-target')];
    await page.screenshot({ path: join(shots, '4-network.png') });
    await edge.dispatchEvent('click');
    await page.waitForURL(/view=events/);
    await rendered();
    assert.match(page.url(), new RegExp(`source=${source}&target=${target}|target=${target}.*source=${source}`));
    const rows = await page.locator('table.events tbody tr').evaluateAll((rs) => rs.map((r) => [r.children[1]?.textContent, r.children[3]?.textContent]));
    assert.ok(rows.length > 0);
    for (const [s, t] of rows) assert.ok(s?.startsWith(source ?? '?') && t?.startsWith(target ?? '?'));
  });

  it('draws the map with event points and a country choropleth', async () => {
    await open('?view=map');
    assert.ok(await page.locator('svg.map circle.point').count() > 0);
    assert.ok(await page.locator('svg.map path.country[data-country="KEN"]').count() === 1);
    assert.ok(await page.locator('svg.map path.country').count() > 100, 'the bundled world topology is drawn');
    await page.screenshot({ path: join(shots, '5-map.png') });
  });

  it('draws the timeline', async () => {
    await open('?view=timeline&interval=month');
    assert.equal(await page.locator('canvas#timeline-chart').count(), 1);
    await page.screenshot({ path: join(shots, '6-timeline.png') });
  });

  it('codes a pasted text and explains it', async () => {
    await open('?view=code');
    await page.fill('textarea[name=text]', 'Kenyan police arrested opposition supporters in Nairobi on Monday. Tanzania condemned the arrests.');
    await page.click('form.code-form button[type=submit]');
    await page.waitForSelector('.code-result[data-done]', { timeout: 60_000 });
    assert.ok(await page.locator('.code-result li.event').count() > 0);
    assert.ok(await page.locator('.code-result mark.m-trigger').count() > 0);
    assert.ok(await page.locator('.code-result li.actor').count() > 0);
    await page.screenshot({ path: join(shots, '7-code.png'), fullPage: true });
  });

  it('logged no console error and sent no request beyond 127.0.0.1', () => {
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(outside, []);
  });
});
