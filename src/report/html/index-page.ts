/**
 * The index of a folder's report: a sortable table of the files with their scores and worst problems, each linking to
 * its page; paginated (`PAGE_SIZE` rows a page) so that a run of 100,000 files gives pages a browser opens at once.
 * Pure: rows in, text out.
 */
import type { FileReport } from '../../types.js';
import { head } from './page.js';
import { SORT_SCRIPT } from './style.js';
import { html, trusted } from './template.js';
import { wordsFor } from './words.js';

/** Rows of one index page. */
export const PAGE_SIZE = 500;

/** One file of the index: what the table shows, kept instead of the whole report. */
export interface IndexRow {
  path: string;
  /** Its page, relative to the index. */
  href: string | null;
  lang: string;
  seo: number | null;
  readability: number | null;
  before: { seo: number; readability: number } | null;
  /** The messages of its bad (then ok) assessments, worst first, three at most. */
  problems: string[];
  status: 'ok' | 'failed' | 'skipped';
}

/** The row of a file's report. */
export function rowOf(r: FileReport, href: string | null, status: IndexRow['status']): IndexRow {
  const worst = [...r.assessments].filter((a) => a.rating !== 'good').sort((a, b) => a.score - b.score).slice(0, 3);
  return {
    path: r.path, href, lang: r.lang, status,
    seo: status === 'ok' ? r.score.seo : null, readability: status === 'ok' ? r.score.readability : null,
    before: r.before, problems: status === 'failed' ? [r.error ?? 'failed'] : worst.map((a) => `${a.id}: ${a.message}`),
  };
}

/** The name of index page `n` (1-based) of an index called `base` (`report.html` → `report-2.html`). */
export function indexName(base: string, n: number): string {
  return n === 1 ? base : base.replace(/(\.html?)?$/u, `-${n}$1`);
}

/** One index page. */
export function formatHtmlIndex(rows: readonly IndexRow[], page: { n: number; of: number; base: string; total: number }, locale: string): string {
  const w = wordsFor(locale);
  const band = (n: number | null): string => (n === null ? 'none' : n > 70 ? 'good' : n > 40 ? 'ok' : 'bad');
  const cell = (n: number | null, before: number | undefined): ReturnType<typeof html> =>
    html`<td class="num" data-v="${n ?? -1}"><span class="light ${band(n)}" aria-hidden="true"></span>${before === undefined || n === null ? '' : html`<span class="rule-id">${before} → </span>`}${n ?? '–'}</td>`;
  const body = rows.map((r) => html`<tr data-status="${r.status}">
<td>${r.href ? html`<a href="${r.href}">${r.path}</a>` : r.path}${r.status === 'skipped' ? html` <span class="rule-id">(${w.noText})</span>` : ''}</td>
<td class="hide-narrow">${r.lang}</td>${cell(r.seo, r.before?.seo)}${cell(r.readability, r.before?.readability)}
<td>${r.problems.map((p, i) => html`${i > 0 ? html`<br>` : ''}${p}`)}</td></tr>`);
  const nav = page.of > 1
    ? html`<nav class="pages">${page.n > 1 ? html`<a href="${indexName(page.base, page.n - 1)}">← ${w.previous}</a>` : ''}<span>${w.page(page.n, page.of)}</span>${page.n < page.of ? html`<a href="${indexName(page.base, page.n + 1)}">${w.next} →</a>` : ''}</nav>`
    : '';
  return html`${head(w.index, w.lang)}<header><h1>${w.index}</h1><p class="meta">${w.files(page.total)} · ${w.sortHint}</p></header>${nav}
<table id="files"><thead><tr><th data-sort="text">${w.file}</th><th data-sort="text" class="hide-narrow">${w.language}</th><th data-sort="num" class="num">${w.seo}</th><th data-sort="num" class="num">${w.readability}</th><th>${w.problems}</th></tr></thead>
<tbody>${body}</tbody></table>${nav}
<script>${trusted(SORT_SCRIPT)}</script>
</body>
</html>
`.value;
}
