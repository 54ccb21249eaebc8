/**
 * Issue 12 audit: rewrites every Markdown file under the given directories with the built library and reports what
 * the rewrite lost or altered, construct by construct, plus failures and whether a second rewrite changes the output.
 *
 *   node --import tsx bench/markdown-audit.ts [--restructure] [--json] DIR...
 *
 * It loads `dist/index.js` (or `$SEO_DIST/index.js`, for a build made elsewhere while the tree is mid-change), so it
 * measures what a user would run. It is a report: it always exits 0.
 *
 * A build outside the tree must still find its dependencies and load as ES modules:
 *   npx tsc -p tsconfig.build.json --outDir /tmp/audit-dist
 *   echo '{"type":"module"}' > /tmp/audit-dist/package.json && ln -sfn "$PWD/node_modules" /tmp/audit-dist/node_modules
 *   SEO_DIST=/tmp/audit-dist node --import tsx bench/markdown-audit.ts DIR...
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkConstructs, countConstructs, type ConstructCheck } from '../tests/support/markdown-constructs.js';

/** The part of the library's rewrite the audit relies on; typed here so a stale or changing dist still loads. */
type Rewrite = (text: string, options: Record<string, unknown>) => { markdown: string; changes?: string[] };

interface Args {
  restructure: boolean;
  json: boolean;
  dirs: string[];
}

interface FileOutcome {
  file: string;
  checks?: ConstructCheck[];
  error?: string;
  /** The rewrite changed the file at all (a zero-loss audit of untouched files would prove little). */
  changed?: boolean;
  /** The output rewritten once more differs from the output (or the second rewrite failed). */
  notIdempotent?: boolean;
  /** With --restructure: subheadings added and paragraphs split (from the report's `changes`). */
  headingsAdded?: number;
  paragraphsSplit?: number;
  /** Pages with no article text (Hugo's `_index.md`, front matter only): skipped by the CLI, not failures. */
  noText?: boolean;
}

interface Totals {
  files: number;
  changed: number;
  failures: number;
  filesWithDifferences: number;
  notIdempotent: number;
  noText: number;
  headingsAdded: number;
  paragraphsSplit: number;
  constructs: Record<string, { in: number; out: number }>;
}

function parseArgs(argv: readonly string[]): Args {
  return {
    restructure: argv.includes('--restructure'),
    json: argv.includes('--json'),
    dirs: argv.filter((a) => !a.startsWith('--')),
  };
}

async function loadRewrite(): Promise<Rewrite> {
  const dist = process.env.SEO_DIST ? resolve(process.env.SEO_DIST) : fileURLToPath(new URL('../dist/', import.meta.url));
  const mod: unknown = await import(pathToFileURL(join(dist, 'index.js')).href);
  if (typeof mod !== 'object' || mod === null || !('rewrite' in mod) || typeof mod.rewrite !== 'function') {
    throw new Error(`${dist}/index.js exports no rewrite()`);
  }
  return mod.rewrite as Rewrite;
}

async function markdownFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.(md|markdown)$/iu.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** An exception's first lines: enough to tell failures apart in the table without a stack per file. */
function firstLines(error: unknown, n = 3): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.split('\n').slice(0, n).join(' | ');
}

function auditFile(rewrite: Rewrite, file: string, text: string, restructure: boolean): FileOutcome {
  // `path` and `restructure` are new options; an older build ignores them, which is fine for a measurement.
  const options = { format: 'markdown', path: file, restructure };
  let output: string;
  let changes: string[];
  try {
    ({ markdown: output, changes = [] } = rewrite(text, options));
  } catch (error) {
    if (error instanceof Error && error.name === 'InputError' && /^no article text/.test(error.message)) return { file, noText: true };
    return { file, error: firstLines(error) };
  }
  const checks = checkConstructs(countConstructs(text), countConstructs(output), { addedHeadings: restructure });
  let notIdempotent: boolean;
  try {
    notIdempotent = rewrite(output, options).markdown !== output;
  } catch {
    notIdempotent = true;
  }
  const headingsAdded = changes.filter((c) => c.startsWith('added the subheading')).length;
  const paragraphsSplit = changes.filter((c) => c.startsWith('split the paragraph')).length;
  return { file, checks, changed: output !== text, notIdempotent, headingsAdded, paragraphsSplit };
}

function total(outcomes: readonly FileOutcome[]): Totals {
  const constructs: Totals['constructs'] = {};
  for (const check of outcomes.flatMap((o) => o.checks ?? [])) {
    const row = (constructs[check.name] ??= { in: 0, out: 0 });
    row.in += check.before;
    row.out += check.after;
  }
  return {
    files: outcomes.length,
    changed: outcomes.filter((o) => o.changed).length,
    failures: outcomes.filter((o) => o.error !== undefined).length,
    filesWithDifferences: outcomes.filter((o) => o.checks?.some((c) => c.differences.length > 0)).length,
    notIdempotent: outcomes.filter((o) => o.notIdempotent).length,
    noText: outcomes.filter((o) => o.noText).length,
    headingsAdded: outcomes.reduce((n, o) => n + (o.headingsAdded ?? 0), 0),
    paragraphsSplit: outcomes.reduce((n, o) => n + (o.paragraphsSplit ?? 0), 0),
    constructs,
  };
}

/** "kept" rows count what survived, so in − out is what was lost; count rows may also grow (shown as +n). */
function formatTable(totals: Totals): string {
  const rows = Object.entries(totals.constructs).map(([name, { in: before, out: after }]) => {
    const delta = before - after;
    const lost = delta > 0 ? String(delta) : delta < 0 ? `+${-delta}` : '0';
    return [name, String(before), String(after), lost];
  });
  const header = ['construct', 'in', 'out', 'lost'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function report(outcomes: readonly FileOutcome[], base: string, totals: Totals): string {
  const name = (file: string): string => relative(base, file);
  const failures = outcomes.filter((o) => o.error !== undefined).map((o) => `  ${name(o.file)}: ${o.error ?? ''}`);
  const differences = outcomes.flatMap((o) => (o.checks ?? []).flatMap((c) => c.differences.map((d) => `  ${name(o.file)}: ${d}`)));
  return [
    `files: ${totals.files}   changed by the rewrite: ${totals.changed}   failures: ${totals.failures}   files with differences: ${totals.filesWithDifferences}   not idempotent: ${totals.notIdempotent}   no article text (skipped): ${totals.noText}`,
    `restructure: ${totals.headingsAdded} subheadings added, ${totals.paragraphsSplit} paragraphs split`,
    '',
    formatTable(totals),
    '',
    `failures (${failures.length}):`,
    ...(failures.length > 0 ? failures : ['  none']),
    '',
    `differences (${differences.length}, first 20):`,
    ...(differences.length > 0 ? differences.slice(0, 20) : ['  none']),
  ].join('\n');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.dirs.length === 0) {
    console.log('usage: node --import tsx bench/markdown-audit.ts [--restructure] [--json] DIR...');
    return;
  }
  const rewrite = await loadRewrite();
  const outcomes: FileOutcome[] = [];
  for (const dir of args.dirs) {
    for (const file of await markdownFiles(dir)) outcomes.push(auditFile(rewrite, file, await readFile(file, 'utf8'), args.restructure));
  }
  const totals = total(outcomes);
  console.log(args.json ? JSON.stringify(totals, null, 2) : report(outcomes, process.cwd(), totals));
}

// A report, not a gate: even a crash of the audit itself is printed and exits 0.
await main().catch((error: unknown) => console.log(`audit failed: ${firstLines(error, 10)}`));
