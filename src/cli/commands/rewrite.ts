/**
 * `seo-rewrite [inputs…]`: rewrite articles and report. Results stream: each file is reported as it completes
 * (stylish block, or one entry of the JSON document) and only running totals are kept, so memory stays flat
 * however many files there are. `--jsonl` hands over to the JSON Lines stream.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { Chalk } from 'chalk';
import { processAll } from '../../engine/batch.js';
import { discover, type Discovered } from '../../engine/discover.js';
import { outputCollision } from '../../engine/collisions.js';
import { fenceOutDir } from '../../engine/out-dir.js';
import { JsonReportWriter } from '../../report/json.js';
import { RunningSummary } from '../../report/running-summary.js';
import { formatStylishFile, formatStylishSummary, type StylishOptions } from '../../report/stylish.js';
import { terminalWordsFor } from '../../report/terminal-words.js';
import type { RewriteCliOptions } from '../index.js';
import { colorLevel, EXIT, type CliIO } from '../io.js';
import { Diagnostics } from '../diagnostics.js';
import { problem, type Reason } from '../../lang/problem.js';
import { createProgress, showsProgress, type Progress } from '../progress.js';
import { version } from '../version.js';
import { EXIT_INTERRUPTED, interruptions } from '../interrupt.js';
import { langError, localeError } from '../lang-option.js';
import { stdinRewrite } from './rewrite-stdin.js';
import { reportFile } from '../report-option.js';
import type { SITE_RULES, SiteFile, SiteLevel, SiteRuleId } from '../../site/index.js';

const ARTICLE_EXTENSIONS = ['txt', 'md', 'markdown'];

/** The site rules of a folder rewrite: not link presence, which a raw draft never has (the rewrite adds no links). */
function rewriteLevel(rules: typeof SITE_RULES): (file: string, id: SiteRuleId) => SiteLevel {
  return (_, id) => (id === 'outbound-links' || id === 'internal-links' ? 'off' : (rules.find((r) => r.id === id)?.defaultSeverity ?? 'warn'));
}

/**
 * What only some runs need, loaded then: the site-level checks (several files), the HTML report (`--report`), the
 * diff (`--diff`). A one-file rewrite's main thread loads a fifth less.
 */
const loadSiteChecks = () => Promise.all([import('../../site/index.js'), import('../../report/site.js'), import('../../engine/check-site.js')]);
const loadHtml = () => import('../html-report.js');
const loadDiff = () => import('../../report/diff.js');

/** A usage error, said in `--locale` (English without it: no file has been read). */
function usage(io: CliIO, reason: Reason, locale: string | undefined): number {
  new Diagnostics(io, locale).printReason(null, reason);
  return EXIT.error;
}

async function emit(progress: Progress, stream: Writable, text: string): Promise<void> {
  if (text !== '' && !progress.write(stream, text)) await once(stream, 'drain');
}

interface Checked {
  entries: Discovered[];
  error?: Reason;
}

async function checkedEntries(inputs: string[], options: RewriteCliOptions, io: CliIO): Promise<Checked> {
  if (inputs.length === 0) return { entries: [], error: problem('noInput', 'seo-rewrite --help') };
  if (options.output && options.outDir) return { entries: [], error: problem('outputAndOutDir') };
  if (options.output === '-' && options.format === 'json') return { entries: [], error: problem('outputAndJson') };
  if (options.diff && options.write) return { entries: [], error: problem('diffAndWrite') };
  if (options.diff && (options.output === '-' || options.format === 'json')) {
    return { entries: [], error: problem('diffTo', options.output === '-' ? '--output -' : '--format json') };
  }
  if (options.write && (options.output || options.outDir)) return { entries: [], error: problem('writeInPlace') };
  if (options.resume && !options.outDir) return { entries: [], error: problem('resumeNeedsOutDir') };
  let entries = discover(inputs, { cwd: io.cwd, extensions: ARTICLE_EXTENSIONS, ignoreSuffixes: ['.seo.md'] });
  if (options.outDir) {
    const fenced = fenceOutDir(entries, options.outDir, io.cwd);
    if (fenced.error) return { entries: [], error: fenced.error };
    entries = fenced.entries;
  }
  if (options.output && entries.filter((e) => !e.error).length > 1) return { entries: [], error: problem('outputTakesOne') };
  const collision = outputCollision(entries, { cwd: io.cwd, output: options.output, outDir: options.outDir, inPlace: inPlace(options) });
  if (collision) return { entries: [], error: collision };
  return { entries };
}

/** Markdown files are compared (--check, --diff) or written (--write) in place. */
function inPlace(options: RewriteCliOptions): boolean {
  return (options.write ?? false) || (options.check ?? false) || (options.diff ?? false);
}

/** Runs the rewrite command; resolves to the exit code. */
export async function runRewrite(inputs: string[], options: RewriteCliOptions, io: CliIO): Promise<number> {
  const badLocale = localeError(options.locale);
  if (badLocale) return usage(io, badLocale, undefined);
  const badLang = langError(options.lang);
  if (badLang) return usage(io, badLang, options.locale);
  const htmlFile = reportFile(options.report, io.cwd);
  if (htmlFile.error) return usage(io, htmlFile.error, options.locale);
  if (options.jsonl) {
    const { runRewriteJsonl } = await import('./rewrite-jsonl.js');
    return runRewriteJsonl(inputs, options, io);
  }
  const fromStdin = await stdinRewrite(inputs, options, io);
  if (fromStdin && 'error' in fromStdin) return usage(io, fromStdin.error, options.locale);
  if (fromStdin) options = fromStdin.options;
  const checked: Checked = fromStdin ? { entries: fromStdin.entries } : await checkedEntries(inputs, options, io);
  if (checked.error) return usage(io, checked.error, options.locale);
  const entries = checked.entries;
  const started = performance.now();
  const quiet = options.quiet ?? false;
  // With `-o -` the Markdown, with `--diff` the diff goes to stdout: the report then goes to stderr.
  const toStdout = options.output === '-';
  const diff = options.diff ?? false;
  const reportStream = toStdout || diff ? io.stderr : io.stdout;
  const json = options.format === 'json' ? new JsonReportWriter({ version }) : null;
  const level = options.color === false ? 0 : colorLevel(io, toStdout || diff ? 'stderr' : 'stdout');
  const diffChalk = new Chalk({ level: options.color === false ? 0 : colorLevel(io, 'stdout') });
  const stylish: StylishOptions = { chalk: new Chalk({ level }), minScore: options.minScore, quiet, ...(options.locale ? { locale: options.locale } : {}) };
  const totals = new RunningSummary(options.minScore);
  const diagnostics = new Diagnostics(io, options.locale, () => totals.lang);
  const progress = await createProgress(io, entries.length, showsProgress(io, quiet, entries.length), () => diagnostics.words().progress);
  const interrupt = interruptions();
  let seen = 0;
  const wouldChange: { path: string; lang: string }[] = [];
  // A folder (several files) is also compared as a site, on the summaries of the outputs.
  const site = entries.filter((e) => !e.error).length > 1;
  const sites: SiteFile[] = [];
  const html = htmlFile.file ? (await loadHtml()).htmlWriter(htmlFile.file, entries.length, { version, ...(options.locale ? { locale: options.locale } : {}) }) : null;

  try {
    if (json) await emit(progress, io.stdout, json.begin());
    const batch = processAll(entries, {
      cwd: io.cwd,
      output: options.output,
      outDir: options.outDir,
      dryRun: (options.dryRun ?? false) || (options.check ?? false) || diff,
      check: options.check ?? false,
      diff,
      inPlace: inPlace(options),
      site,
      jobs: options.jobs,
      fileTimeout: options.fileTimeout,
      resume: options.resume ?? false,
      version,
      signal: interrupt.signal,
      rewrite: { lang: options.lang, keyphrase: options.keyphrase, keepAll: options.keepAll ?? false, overwrite: options.overwrite ?? false, h1: options.h1, ...(options.restructure ? { restructure: true } : {}), ...(options.locale ? { assess: { locale: options.locale } } : {}) },
    });
    for await (const result of batch) {
      seen += 1;
      if (site) sites.push({ path: result.report.path, ...(result.site ? { summary: result.site } : {}) });
      if (result.status === 'skipped') {
        totals.skip(result.note ? 'no article text' : 'up to date');
        progress.tick();
        // A page with nothing to rewrite (Hugo's `_index.md`, shortcodes only): one line, nothing written, exit 0.
        if (result.note && !quiet) progress.write(io.stderr, diagnostics.line(result.report.path, (w) => w.skippedNoText(w.problems.noArticleText)));
        html?.add(result.report, 'skipped');
        continue;
      }
      const report = result.report;
      totals.add(report);
      // After the file is counted: the bar speaks the run's language as soon as it is known.
      progress.tick();
      if (result.wouldChange) wouldChange.push({ path: report.path, lang: report.lang });
      if (report.error !== null) progress.write(io.stderr, diagnostics.failure(report, result.problem));
      else if (toStdout) await emit(progress, io.stdout, report.markdown);
      else if (result.diff) await emit(progress, io.stdout, (await loadDiff()).colourDiff(result.diff, diffChalk));
      html?.add(report, report.error === null ? 'ok' : 'failed');
      if (json) await emit(progress, io.stdout, json.file(report));
      else await emit(progress, reportStream, formatStylishFile({ report, messages: result.file.messages, changes: result.changes, warnings: result.warnings }, stylish));
    }
  } finally {
    progress.stop();
    interrupt.dispose();
  }

  html?.end();
  const summary = totals.summary();
  const skipped = options.resume || totals.noText > 0 ? totals.skipped + totals.noText : undefined;
  const [siteIndex, siteReports, checkSite] = site && !interrupt.signal.aborted ? await loadSiteChecks() : [];
  const siteOutcome = siteIndex && checkSite ? siteIndex.siteCheck(sites, { root: checkSite.siteRoot(inputs, io.cwd), level: rewriteLevel(siteIndex.SITE_RULES) }) : null;
  const ids = sites.map((s) => s.path);
  if (json) await emit(progress, io.stdout, json.end(summary, skipped, siteOutcome && siteReports ? siteReports.siteReport(ids, siteOutcome) : undefined));
  else {
    if (siteOutcome && siteReports && siteOutcome.findings.size > 0 && !quiet) await emit(progress, reportStream, `${terminalWordsFor(totals.lang, options.locale).siteHeading}\n${siteReports.formatSiteStylish(ids, siteOutcome)}\n`);
    const seconds = reportStream.isTTY ? (performance.now() - started) / 1000 : undefined;
    await emit(progress, reportStream, formatStylishSummary(summary, stylish, { skipped: totals.skipped, noText: totals.noText, seconds, lang: totals.lang }));
  }
  if (interrupt.signal.aborted) {
    const rest = entries.length - seen;
    diagnostics.print(null, (w) => w.interruptedRewrite(rest, entries.length, Boolean(options.outDir)));
    return EXIT_INTERRUPTED;
  }
  if (options.check && wouldChange.length > 0) {
    io.stderr.write(wouldChange.map((f) => diagnostics.line(f.path, (w) => w.wouldChange, f.lang)).join(''));
  }
  if (summary.failed > 0) return EXIT.error;
  if (options.check && wouldChange.length > 0) return EXIT.failedThreshold;
  if (summary.belowMinScore > 0) return EXIT.failedThreshold;
  return EXIT.ok;
}
