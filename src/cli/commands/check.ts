/**
 * `seo-rewrite check [inputs…]`: score existing Markdown (and raw text) without rewriting, as a linter for pull
 * requests. Exit 0 when clean; 1 for an error-level message, a file under --min-score or more warnings than
 * --max-warnings; 2 for usage, configuration and I/O errors.
 */
import { resolve } from 'node:path';
import { rules } from '../../assess/index.js';
import { ConfigError, ConfigResolver } from '../../config/index.js';
import { CheckCache, cachePath, failedCheck, fromPlainCheck, toPlainCheck, type CheckResult, type PlainCheckResult } from '../../engine/cache.js';
import { checkEach, type Planned } from '../../engine/check-run.js';
import { discover } from '../../engine/discover.js';
import { jobsFor } from '../../engine/jobs.js';
import { Spool } from '../../engine/spool.js';
import { writtenInput } from '../../engine/check-outputs.js';
import { CheckTotals } from '../../report/check-totals.js';
import type { CheckedFile } from '../../report/lint.js';
import { EXIT_INTERRUPTED, interruptions } from '../interrupt.js';
import { langError, localeError } from '../lang-option.js';
import { reportFile } from '../html-report.js';
import { EXIT, printError, type CliIO } from '../io.js';
import { Diagnostics, reasonOfError } from '../diagnostics.js';
import { problem, sayReason, type Reason } from '../../lang/problem.js';
import { version } from '../version.js';
import { addSiteMessagesTo, sitePass, siteRoot } from '../../engine/check-site.js';
import { SITE_RULE_IDS, type LinkSuggestion, type SiteFile } from '../../site/index.js';
import { openBaseline, type BaselineCliOptions, type BaselineFilter } from './check-baseline.js';
import { stdinInputs, type StdinCliOptions, type StdinInputs } from './check-stdin.js';
import { CheckReportStream } from './check-report.js';

/** Report formats of `check`. */
export const CHECK_FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** Options that `check` takes (commander's camel-cased names). */
export interface CheckCliOptions extends BaselineCliOptions, StdinCliOptions {
  format: CheckFormat;
  outputFile?: string;
  minScore?: number;
  maxWarnings?: number;
  cache?: boolean;
  cacheLocation?: string;
  config?: string;
  lang?: string;
  color?: boolean;
  quiet?: boolean;
  jobs?: number;
  fileTimeout?: number;
  /** The site's permalink pattern, for the site-level link checks. */
  permalink?: string;
  /** Internal-link suggestions. */
  suggestLinks?: boolean;
  /** `--site`: the site-level checks. */
  site?: boolean;
  locale?: string;
  report?: string[];
}

/** Files a folder is searched for. */
const EXTENSIONS = ['md', 'markdown', 'txt'];

function toChecked(result: CheckResult, suggestions: readonly LinkSuggestion[] | undefined): CheckedFile {
  return { report: result.report, messages: result.file.messages, failure: result.failure, skipped: result.skipped, ...(suggestions ? { suggestions } : {}), ...(result.problem ? { problem: result.problem } : {}) };
}

/** The exit code the totals of a run call for. */
function exitCodeOfTotals(totals: CheckTotals, options: Pick<CheckCliOptions, 'maxWarnings'>): number {
  if (totals.unreadable > 0) return EXIT.error;
  if (totals.counts.error > 0) return EXIT.failedThreshold;
  if (totals.under > 0) return EXIT.failedThreshold;
  if (options.maxWarnings !== undefined && totals.counts.warning > options.maxWarnings) return EXIT.failedThreshold;
  return EXIT.ok;
}

/** The exit code the messages and scores call for. */
export function exitCodeOf(files: readonly CheckedFile[], options: Pick<CheckCliOptions, 'minScore' | 'maxWarnings'>): number {
  return exitCodeOfTotals(CheckTotals.of(files, options.minScore), options);
}

/** A result as the site pass's spool keeps it until every file is compared: without its summary (kept apart). */
function spooled(result: CheckResult): PlainCheckResult {
  const plain = toPlainCheck(result);
  delete plain.summary;
  return plain;
}

/** Discovers the files and resolves their configuration, in discovery order. Throws ConfigError. */
async function plan(stdin: StdinInputs, resolver: ConfigResolver, options: CheckCliOptions, io: CliIO, diagnostics: Diagnostics): Promise<Planned[]> {
  const planned: Planned[] = [];
  if (options.config) await resolver.forFile(io.cwd);
  if (stdin.text) {
    const config = await resolver.forFile(resolve(io.cwd, stdin.text.path));
    if (await resolver.isIgnored(resolve(io.cwd, stdin.text.path), config)) return [];
    return [{ path: stdin.text.path, config, bytes: stdin.text.bytes }];
  }
  for (const entry of discover(stdin.inputs, { cwd: io.cwd, extensions: EXTENSIONS })) {
    if (entry.error) {
      planned.push({ path: entry.path, result: failedCheck(entry.path, entry.error, 'io') });
      continue;
    }
    const config = await resolver.forFile(entry.path);
    if (await resolver.isIgnored(entry.path, config)) {
      if (entry.root === null && !stdin.listed) diagnostics.print(entry.path, (w) => w.ignored);
      continue;
    }
    planned.push({ path: entry.path, config });
  }
  return planned;
}

/** Runs `check`; resolves to the exit code. */
export async function runCheck(inputs: string[], options: CheckCliOptions, io: CliIO): Promise<number> {
  // A bad --locale is said in English; every other line in --locale, else in the language most files checked so
  // far are in, once the report counts them (English before).
  const badLocale = localeError(options.locale);
  if (badLocale) {
    printError(io, null, badLocale);
    return EXIT.error;
  }
  let counted: CheckReportStream | undefined;
  const diagnostics = new Diagnostics(io, options.locale, () => counted?.totals.lang ?? 'en');
  const usage = (reason: Reason): number => {
    diagnostics.printReason(null, reason);
    return EXIT.error;
  };
  const stdin = await stdinInputs(inputs, options, io, EXTENSIONS, diagnostics);
  if ('code' in stdin) return stdin.code;
  if (stdin.inputs.length === 0 && !stdin.text) return usage(problem('noInput', 'seo-rewrite check --help'));
  const badLang = langError(options.lang);
  if (badLang) return usage(badLang);
  const html = reportFile(options.report, io.cwd);
  if (html.error) return usage(html.error);
  const ruleIds = [...rules.map((r) => r.id), ...SITE_RULE_IDS];
  const resolver = new ConfigResolver({ cwd: io.cwd, ruleIds, configFile: options.config, language: options.lang });
  const cacheFile = options.cache ? await cachePath(io.cwd, options.cacheLocation) : null;

  let planned: Planned[];
  try {
    planned = await plan(stdin, resolver, options, io, diagnostics);
  } catch (error) {
    if (error instanceof ConfigError) {
      // Its key path stays as written; what is wrong is said in --locale (English without it).
      const { key, reason } = error;
      diagnostics.print(error.file, (w) => `${key ? `${key}: ` : ''}${sayReason(w.problems, reason)}`);
      return EXIT.error;
    }
    throw error;
  }
  if (planned.length === 0 && stdin.text) {
    diagnostics.print(stdin.text.path, (w) => w.ignored);
    return EXIT.ok;
  }
  if (planned.length === 0 && stdin.listed) {
    diagnostics.printReason(null, problem('allIgnoredOnStdin'));
    return EXIT.ok;
  }
  if (planned.length === 0) return usage(problem('allIgnored'));
  for (const file of resolver.notLoaded) diagnostics.printReason(file, problem('jsConfig'));
  const overwrite = writtenInput(planned.map((p) => p.path), { cwd: io.cwd, outputFile: options.outputFile, cache: cacheFile ?? undefined });
  if (overwrite) return usage(overwrite);
  let baseline: BaselineFilter | null = null;
  if (options.baseline !== undefined || options.baselineUpdate) {
    const opened = openBaseline(options, io, diagnostics, new Map(stdin.text ? [[stdin.text.path, stdin.text.bytes]] : []));
    if ('code' in opened) return opened.code;
    baseline = opened;
  }
  const report = CheckReportStream.open(options, io, diagnostics);
  if ('error' in report) {
    const reason = report.error;
    diagnostics.print(options.outputFile ?? null, (w) => w.cannotWriteReport(diagnostics.reason(reason)));
    return EXIT.error;
  }
  counted = report;
  if (html.file) report.withHtml(html.file, planned.length);
  const cache = cacheFile ? await CheckCache.open(cacheFile, version) : null;
  // Site-level checks are asked for (`--site`, or `--suggest-links`, which needs them): per-file runs, the library's
  // `check()` and baselines stay comparable with and without them.
  const siteOn = options.site === true || options.suggestLinks === true;
  const emit = (result: CheckResult, suggestions?: readonly LinkSuggestion[]): void => {
    const checked = toChecked(result, suggestions);
    report.add(baseline ? baseline.apply(checked) : checked);
  };
  // With the site checks, no file is reported before all are compared: each result waits on disk, its summary here.
  const pending = siteOn ? new Spool() : null;
  const summaries: SiteFile[] = [];
  const interrupt = interruptions();
  let done: boolean;
  try {
    done = await checkEach(planned, { cwd: io.cwd, jobs: jobsFor(options.jobs), fileTimeout: options.fileTimeout, ruleIds, cache, signal: interrupt.signal, locale: options.locale, site: siteOn, siteKeyphrases: siteOn && (options.suggestLinks ?? false) }, (result) => {
      if (!pending) return emit(result);
      summaries.push({ path: result.report.path, ...(result.summary ? { summary: result.summary } : {}) });
      pending.appendRecord(spooled(result));
    });
    // Interrupted: no report file and no cache are written (nothing partial), as a killed run would leave them; a
    // report streamed to stdout stops where it was.
    if (!done) {
      report.abort();
      cache?.close();
      diagnostics.print(null, (w) => w.interruptedCheck(planned.length));
      return EXIT_INTERRUPTED;
    }
    if (pending) {
      const configs = new Map(planned.flatMap((p) => (p.config ? [[p.path, p.config] as const] : [])));
      const outcome = sitePass(summaries, { root: siteRoot(inputs, io.cwd), permalink: options.permalink, suggestions: options.suggestLinks ?? false, configs });
      summaries.length = 0;
      for (const record of pending.records()) {
        const plain = record as PlainCheckResult;
        const result = fromPlainCheck(plain, plain.report.path);
        emit(result, addSiteMessagesTo(result, outcome));
      }
    }
  } catch (error) {
    report.abort();
    cache?.close();
    throw error;
  } finally {
    interrupt.dispose();
    pending?.dispose();
  }
  const failedBaseline = baseline?.finish();
  if (failedBaseline) {
    report.abort();
    cache?.close();
    return failedBaseline.code;
  }
  if (cache) {
    try {
      await cache.save(io.cwd);
    } catch (error) {
      diagnostics.print(cache.path, (w) => w.cannotWriteCache(diagnostics.reason(reasonOfError(error))));
    }
  }
  if (!report.end()) return EXIT.error;
  const totals = report.totals;
  if (options.maxWarnings !== undefined && totals.counts.warning > options.maxWarnings) {
    const max = options.maxWarnings;
    diagnostics.print(null, (w) => w.tooManyWarnings(totals.counts.warning, max));
  }
  return exitCodeOfTotals(totals, options);
}
