/**
 * The HTML report in a real headless Chromium (Debian's `chromium`, driven by puppeteer-core; never a downloaded
 * browser): the sample's page and a folder's index are opened from disk, the preview, the highlights (and their
 * switch) and the sortable table are checked, hostile article text must show as text, and screenshots are saved to
 * `$SEO_REWRITE_SCREENSHOTS` (default: a `seo-rewrite-screenshots` folder in the temporary directory).
 * Without Chromium the test is skipped with a notice; `html.test.ts` still checks the parsed HTML.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rewrite } from '../../src/pipeline/rewrite.js';
import { project, ROOT, runCli } from '../check/helpers.js';
import { HOSTILE, HOSTILE_ARTICLE } from './html-helpers.js';

function findChromium(): string | undefined {
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
    } catch {
      // not this one
    }
  }
  return undefined;
}

const chromium = process.env.CHROMIUM_PATH ?? findChromium();
if (!chromium) console.warn('\n⚠ SKIPPED tests/report/html-browser.test.ts: no Chromium (apt-get install chromium); the parsed-HTML checks of html.test.ts still run\n');
const shots = process.env.SEO_REWRITE_SCREENSHOTS ?? join(tmpdir(), 'seo-rewrite-screenshots');

describe.skipIf(!chromium)('the HTML report in headless Chromium', () => {
  let browser: Browser;
  let profile: string;
  let dir: string;
  let cleanup: () => void;

  beforeAll(async () => {
    const { default: puppeteer } = await import('puppeteer-core');
    profile = mkdtempSync(join(tmpdir(), 'seo-rewrite-chromium-'));
    browser = await puppeteer.launch({
      executablePath: chromium,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`],
    });
    const p = project({ 'content/berita.md': HOSTILE_ARTICLE, 'content/lain.md': HOSTILE_ARTICLE.replace('slug: harga-beras', 'slug: lain').replace('Harga beras naik tajam', 'Harga beras turun') });
    dir = p.dir;
    cleanup = p.cleanup;
    await runCli([join(ROOT, 'fixtures', 'china-ai-id.txt'), '--dry-run', '-q', '--report', 'html', 'sample.html'], dir);
    await runCli(['check', 'content', '--report', 'html', 'folder/index.html'], dir);
    mkdirSync(shots, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    cleanup?.();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('shows the sample with its preview and highlights, switchable per assessment', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => void requests.push(r.url()));
    await page.setViewport({ width: 1000, height: 900 });
    await page.goto(pathToFileURL(join(dir, 'sample.html')).href);
    const serps = await page.$$eval('.serp', (els) => els.map((e) => ({ kind: e.getAttribute('data-preview'), title: e.querySelector('.serp-title')?.textContent ?? '', width: e.getBoundingClientRect().width })));
    expect(serps.map((s) => s.kind)).toEqual(['desktop', 'mobile', 'desktop', 'mobile']);
    // After the rewrite, the preview shows the rewrite's own title.
    expect(serps[2]?.title).toBe(rewrite(readFileSync(join(ROOT, 'fixtures', 'china-ai-id.txt'), 'utf8'), { lang: 'id' }).title);
    expect(serps[3]!.width).toBeLessThanOrEqual(360);
    // The first switch (passive) is on: its sentences are coloured; another rule's are not until it is chosen.
    // Run in the page (written as text: the tests are compiled without the DOM's types).
    const colour = (selector: string): Promise<string> => page.evaluate(`getComputedStyle(document.querySelector(${JSON.stringify(selector)})).backgroundColor`) as Promise<string>;
    expect(await colour('.hl.r-passive-voice')).not.toBe('rgba(0, 0, 0, 0)');
    expect(await colour('.hl.r-keyphrase-density:not(.r-passive-voice)')).toBe('rgba(0, 0, 0, 0)');
    await page.click('label[for="hl-keyphrase-density"]');
    expect(await colour('.hl.r-keyphrase-density:not(.r-passive-voice)')).not.toBe('rgba(0, 0, 0, 0)');
    expect(await page.$$eval('#assessments tbody tr', (rows) => rows.length)).toBe(17);
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    await page.screenshot({ path: join(shots, 'sample.png'), fullPage: true });
    await page.setViewport({ width: 390, height: 844, isMobile: true });
    await page.screenshot({ path: join(shots, 'sample-phone.png') });
    await page.close();
  });

  it('shows a folder as a sortable table, and hostile text as text', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 700 });
    await page.goto(pathToFileURL(join(dir, 'folder', 'index.html')).href);
    const files = (): Promise<string[]> => page.$$eval('#files tbody tr td:first-child', (cells) => cells.map((c) => c.textContent ?? ''));
    expect(await files()).toEqual(['content/berita.md', 'content/lain.md']);
    await page.click('th[data-sort="text"]');
    await page.click('th[data-sort="text"]');
    expect(await files()).toEqual(['content/lain.md', 'content/berita.md']);
    await page.screenshot({ path: join(shots, 'folder.png'), fullPage: true });
    await Promise.all([page.waitForNavigation(), page.click('#files a')]);
    const shown = (await page.evaluate('({ text: document.body.innerText, scripts: document.scripts.length, pwned: window.__pwned, images: document.images.length })')) as { text: string; scripts: number; pwned?: number; images: number };
    expect(shown.text.replace(/\s+/gu, ' ')).toContain(HOSTILE);
    expect(shown.scripts).toBe(0);
    expect(shown.images).toBe(0);
    expect(shown.pwned).toBeUndefined();
    expect(await page.$$eval('.hl.r-passive-voice', (els) => els.length)).toBe(2);
    await page.screenshot({ path: join(shots, 'folder-article.png'), fullPage: true });
    await page.close();
  });
});
