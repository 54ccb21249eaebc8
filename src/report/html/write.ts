/**
 * Writing the HTML report (the CLI's edge: pages in, files out). One file: its page at FILE. Several: FILE is the
 * index (paginated), and each article's page goes in a folder beside it (`report.html` → `report-files/`), written as
 * each result arrives, so that only the index rows are kept.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { FileReport } from '../../types.js';
import { formatHtmlIndex, indexName, PAGE_SIZE, rowOf, type IndexRow } from './index-page.js';
import { formatHtmlPage, type PageOptions } from './page.js';
import { mostCommonLang } from '../terminal-words.js';

export { DEFAULT_REPORT_FILE } from './default-file.js';

/** A file's page name in the pages folder: its number and a readable, safe form of its path. */
function pageName(n: number, path: string): string {
  const safe = path.replace(/\.[^./\\]*$/u, '').replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/gu, '').slice(-60) || 'file';
  return `${String(n).padStart(5, '0')}-${safe}.html`;
}

export class HtmlReportWriter {
  readonly #file: string;
  readonly #folder: boolean;
  readonly #locale: string | undefined;
  readonly #version: string | undefined;
  readonly #rows: IndexRow[] = [];
  #count = 0;
  #made = false;

  /** `file`: the report (the index for several files); `folder`: several files are coming. */
  constructor(file: string, options: { folder: boolean; locale?: string; version?: string }) {
    this.#file = file;
    this.#folder = options.folder;
    this.#locale = options.locale;
    this.#version = options.version;
  }

  /** The folder of the article pages, beside the index. */
  get pagesDir(): string {
    return join(dirname(this.#file), `${basename(this.#file).replace(/\.html?$/u, '')}-files`);
  }

  /** Adds one file: writes its page (a failed or skipped file gets a row only). */
  add(report: FileReport, status: IndexRow['status'], page: Omit<PageOptions, 'locale' | 'version' | 'back'> = {}): void {
    this.#count += 1;
    const options: PageOptions = { ...page, ...(this.#locale ? { locale: this.#locale } : {}), ...(this.#version ? { version: this.#version } : {}) };
    if (!this.#folder) {
      if (status !== 'ok') return;
      mkdirSync(dirname(this.#file), { recursive: true });
      writeFileSync(this.#file, formatHtmlPage(report, options));
      return;
    }
    let href: string | null = null;
    if (status === 'ok') {
      const name = pageName(this.#count, report.path);
      if (!this.#made) mkdirSync(this.pagesDir, { recursive: true });
      this.#made = true;
      writeFileSync(join(this.pagesDir, name), formatHtmlPage(report, { ...options, back: `../${basename(this.#file)}` }));
      href = `${basename(this.pagesDir)}/${name}`;
    }
    this.#rows.push(rowOf(report, href, status));
  }

  /** Writes the index pages (folder mode); the files written. */
  end(): string[] {
    if (!this.#folder) return [this.#file];
    const locale = this.#locale ?? mostCommonLang(this.#rows.map((r) => r.lang));
    const pages = Math.max(1, Math.ceil(this.#rows.length / PAGE_SIZE));
    const base = basename(this.#file);
    const written: string[] = [];
    mkdirSync(dirname(this.#file), { recursive: true });
    for (let n = 1; n <= pages; n++) {
      const file = join(dirname(this.#file), indexName(base, n));
      writeFileSync(file, formatHtmlIndex(this.#rows.slice((n - 1) * PAGE_SIZE, n * PAGE_SIZE), { n, of: pages, base, total: this.#rows.length }, locale));
      written.push(file);
    }
    return written;
  }
}
