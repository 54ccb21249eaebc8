/**
 * The HTML report as parsed HTML (these run everywhere; the browser test is `html-browser.test.ts`): structure of an
 * article page and of a folder's index, escaping of hostile article text, localisation, self-containment.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatHtmlPage } from '../../src/report/html/page.js';
import { formatHtmlIndex, indexName, PAGE_SIZE, rowOf } from '../../src/report/html/index-page.js';
import { cutToLength, cutToWidth } from '../../src/report/html/preview.js';
import { escapeHtml, html } from '../../src/report/html/template.js';
import { words as enWords } from '../../src/lang/en/report-words.js';
import { words as idWords } from '../../src/lang/id/report-words.js';
import { textWidth } from '../../src/text/width.js';
import type { FileReport } from '../../src/types.js';
import { project, ROOT, runCli } from '../check/helpers.js';
import { attr, byClass, elements, HOSTILE, HOSTILE_ARTICLE, textOf } from './html-helpers.js';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

describe('html template', () => {
  it('escapes every value, in text and attributes, and passes built markup as it is', () => {
    const value = `<b a="1">'&'</b>`;
    expect(html`<p title="${value}">${value}</p>`.value).toBe('<p title="&lt;b a=&quot;1&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;">&lt;b a=&quot;1&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;</p>');
    expect(html`<div>${html`<i>${'<x>'}</i>`}${['a', html`<br>`]}</div>`.value).toBe('<div><i>&lt;x&gt;</i>a<br></div>');
    expect(escapeHtml('a&b')).toBe('a&amp;b');
  });
});

describe('search preview cuts', () => {
  it('cut the title at the width the title-width assessment uses, the description at its length', () => {
    const long = 'Pemerintah Menaikkan Anggaran Subsidi Energi untuk Rumah Tangga Miskin di Seluruh Indonesia';
    const cut = cutToWidth(long, 600);
    expect(textWidth(cut)).toBeLessThanOrEqual(600);
    expect(cut.endsWith(' …')).toBe(true);
    expect(cutToWidth('Pendek', 600)).toBe('Pendek');
    const description = 'kata '.repeat(60).trim();
    expect([...cutToLength(description, 156)].length).toBeLessThanOrEqual(156);
    expect(cutToLength('pendek', 156)).toBe('pendek');
  });
});

describe('interface words', () => {
  it('exist in both languages', () => {
    const keys = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as object).map((x) => `${k}.${x}`) : [k])).sort();
    expect(keys(enWords).length).toBeGreaterThan(30);
    expect(keys(idWords)).toEqual(keys(enWords));
  });
});

describe('the HTML report of check', () => {
  it('shows a hostile article as text, with preview, highlights, traffic lights and Indonesian words', async () => {
    const p = project({ 'berita.md': HOSTILE_ARTICLE });
    cleanups.push(p.cleanup);
    const r = await runCli(['check', 'berita.md', '--report', 'html', 'out/laporan.html'], p.dir);
    expect(r.stderr).toBe('');
    const page = readFileSync(join(p.dir, 'out', 'laporan.html'), 'utf8');
    const all = elements(page);
    expect(all.filter((e) => e.tagName === 'script')).toEqual([]);
    expect(all.filter((e) => e.tagName === 'img' || (e.tagName === 'b' && textOf(e) === 'hari ini'))).toEqual([]);
    expect(all.some((e) => attr(e, 'onerror') !== undefined)).toBe(false);
    const body = textOf(all.find((e) => e.tagName === 'body')!);
    expect(body).toContain(HOSTILE);
    expect(body).toContain('Harga Beras "Naik" <script>alert(1)</script>');
    expect(attr(all.find((e) => e.tagName === 'html')!, 'lang')).toBe('id');
    expect(body).toContain('Pratinjau hasil penelusuran');
    const serps = byClass(all, 'serp');
    expect(serps.map((s) => attr(s, 'data-preview'))).toEqual(['desktop', 'mobile']);
    expect(textOf(serps[0]!)).toContain('example.com › harga-beras');
    const passive = byClass(all, 'r-passive-voice');
    expect(passive.length).toBe(2);
    expect(attr(passive[0]!, 'title')).toContain('polisi menangkap');
    expect(byClass(all, 'r-keyphrase-density').length).toBeGreaterThan(0);
    const lights = byClass(all, 'light');
    expect(lights.length).toBeGreaterThan(10);
    expect(all.filter((e) => e.tagName === 'input' && attr(e, 'name') === 'hl').length).toBe(6);
    // Self-contained: nothing is loaded from anywhere.
    expect(all.filter((e) => attr(e, 'src') !== undefined || (e.tagName === 'link' && attr(e, 'href') !== undefined))).toEqual([]);
    expect(page).toContain("default-src 'none'");
  });

  it('--locale en gives English words and messages', async () => {
    const p = project({ 'berita.md': HOSTILE_ARTICLE });
    cleanups.push(p.cleanup);
    await runCli(['check', 'berita.md', '--locale', 'en', '--report', 'html', 'r.html'], p.dir);
    const page = readFileSync(join(p.dir, 'r.html'), 'utf8');
    expect(page).toContain('Search result preview');
    expect(page).toContain('Unexpected passive voice in');
    expect(page).not.toContain('Pratinjau');
  });

  it('writes a folder as an index with a sortable table linking to one page per file', async () => {
    const p = project({ 'content/a.md': HOSTILE_ARTICLE, 'content/b.md': HOSTILE_ARTICLE.replace('harga-beras', 'b'), 'content/_index.md': '---\ntitle: Bagian\n---\n' });
    cleanups.push(p.cleanup);
    await runCli(['check', 'content', '--report', 'html', 'report/index.html'], p.dir);
    const index = readFileSync(join(p.dir, 'report', 'index.html'), 'utf8');
    const all = elements(index);
    const rows = all.filter((e) => e.tagName === 'tr' && attr(e, 'data-status') !== undefined);
    expect(rows.map((r) => attr(r, 'data-status'))).toEqual(['skipped', 'ok', 'ok']);
    const links = all.filter((e) => e.tagName === 'a').map((a) => attr(a, 'href') ?? '');
    expect(links).toEqual(['index-files/00002-content-a.html', 'index-files/00003-content-b.html']);
    for (const link of links) expect(existsSync(join(p.dir, 'report', link))).toBe(true);
    expect(readdirSync(join(p.dir, 'report', 'index-files')).length).toBe(2);
    expect(all.filter((e) => e.tagName === 'th' && attr(e, 'data-sort')).length).toBe(4);
    // The one script is the report's own sorting script.
    expect(all.filter((e) => e.tagName === 'script').length).toBe(1);
    expect(textOf(all.find((e) => e.tagName === 'body')!)).toContain('content/a.md');
  });
});

describe('the HTML report of the rewrite', () => {
  it('shows the preview before and after, title alternatives and what changed', async () => {
    const p = project({});
    cleanups.push(p.cleanup);
    const r = await runCli([join(ROOT, 'fixtures', 'china-ai-id.txt'), '--dry-run', '-q', '--report', 'html', 'r.html'], p.dir);
    expect(r.code).toBe(0);
    const page = readFileSync(join(p.dir, 'r.html'), 'utf8');
    expect(page.length).toBeLessThan(200_000);
    const all = elements(page);
    expect(byClass(all, 'serp').length).toBe(4);
    expect(textOf(all.find((e) => attr(e, 'id') === 'titles')!)).toMatch(/skor \d\.\d\d/u);
    expect(byClass(all, 'hl').length).toBeGreaterThan(3);
    expect(all.find((e) => attr(e, 'id') === 'changes')).toBeDefined();
    const header = all.filter((e) => e.tagName === 'th').map(textOf);
    expect(header).toEqual(['Penilaian', 'Sebelum', 'Sesudah', 'Pesan']);
  });
});

describe('index pages', () => {
  it('are paginated with links between them', () => {
    const report: FileReport = {
      path: 'a.md', output: null, lang: 'en', focusKeyphrase: 'x', keyphrases: [], title: 't', description: 'd', slug: 's', markdown: '',
      score: { seo: 50, readability: 60 }, before: null, assessments: [], removed: [], changes: [], error: null,
    };
    const rows = Array.from({ length: PAGE_SIZE }, () => rowOf(report, 'p.html', 'ok'));
    const page = formatHtmlIndex(rows, { n: 2, of: 3, base: 'index.html', total: 2 * PAGE_SIZE + 1 }, 'en');
    const links = elements(page).filter((e) => e.tagName === 'a').map((a) => attr(a, 'href'));
    expect(links.filter((l) => l !== 'p.html')).toEqual(['index.html', 'index-3.html', 'index.html', 'index-3.html']);
    expect(indexName('report.html', 4)).toBe('report-4.html');
    expect(page).toContain('Page 2 of 3');
    expect(formatHtmlPage(report).length).toBeGreaterThan(1000);
  });
});
