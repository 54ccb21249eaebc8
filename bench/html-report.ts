/**
 * The cost and size of the HTML report (issue 15).
 *
 *   npm run bench:html [-- [--files 1000] [--corpus DIR]]
 *
 * Rewrites N articles of the id-news development set (../shared/corpus, or --corpus; the 150 articles repeated to make
 * N) in this process, timing the analysis (the rewrite with its assessments, which is what a run costs without a
 * report), then writes each article's HTML page and the paginated index from the reports alone to a temporary folder,
 * as `--report html` does, timing that.
 * Targets: the HTML takes at most 10 % of the analysis time; one article's page is under 200 KB.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rewriteToResult } from '../src/engine/process.js';
import { HtmlReportWriter } from '../src/report/html/write.js';
import type { FileReport } from '../src/types.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name: string, fallback: string): string => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : (args[at + 1] ?? fallback);
};
const count = Number(flag('files', '1000'));
const dir = join(resolve(flag('corpus', join(root, '..', 'shared', 'corpus'))), 'id-news');
if (!existsSync(dir)) {
  console.error(`no corpus at ${dir}`);
  process.exit(2);
}
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));

const reports: FileReport[] = [];
let analysis = 0;
for (let i = 0; i < count; i++) {
  const text = texts[i % texts.length] ?? '';
  const t0 = performance.now();
  const { report } = rewriteToResult(`article-${i}.txt`, text, {}, null);
  analysis += performance.now() - t0;
  reports.push(report);
}

// Written to disk as the CLI writes it: an index and a page per article in a temporary folder.
const out = mkdtempSync(join(tmpdir(), 'seo-rewrite-html-bench-'));
const t0 = performance.now();
const writer = new HtmlReportWriter(join(out, 'index.html'), { folder: true, version: 'bench' });
for (const r of reports) writer.add(r, 'ok');
const indexes = writer.end();
const writing = performance.now() - t0;
const sizes = readdirSync(writer.pagesDir).map((f) => statSync(join(writer.pagesDir, f)).size);
const largest = Math.max(...sizes);
const total = sizes.reduce((a, b) => a + b, 0);
const indexBytes = Math.max(...indexes.map((f) => statSync(f).size));
const pages = indexes.length;
rmSync(out, { recursive: true, force: true });

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
console.log(`${count} articles (id-news, ${texts.length} distinct)`);
console.log(`analysis (rewrite + assessments): ${(analysis / 1000).toFixed(2)} s`);
console.log(`HTML pages + ${pages} index page${pages === 1 ? '' : 's'} written to disk: ${(writing / 1000).toFixed(2)} s = ${((100 * writing) / analysis).toFixed(1)} % of the analysis (target ≤ 10 %)`);
console.log(`largest article page: ${kb(largest)} (target < 200 KB); mean ${kb(total / count)}; largest index page ${kb(indexBytes)}`);
