/**
 * `seo-rewrite check [inputs…]`: score existing Markdown (and raw text) without rewriting, as a linter for pull
 * requests. Exit 0 when clean; 1 for an error-level message, a file under --min-score or more warnings than
 * --max-warnings; 2 for usage, configuration and I/O errors.
 */
import { resolve } from 'node:path';
import { Chalk } from 'chalk';
import { rules } from '../../assess/index.js';
import { ConfigError, ConfigResolver, type ResolvedConfig } from '../../config/index.js';
import { CheckCache, cachePath, failedCheck, type CheckResult } from '../../engine/cache.js';
import { checkAll, type Planned } from '../../engine/check-run.js';
import { discover } from '../../engine/discover.js';
import { jobsFor } from '../../engine/jobs.js';
import { NAMED_OUTPUT, writeOutput } from '../../engine/output-file.js';
import { writtenInput } from '../../engine/check-outputs.js';
import { formatGithub } from '../../report/github.js';
import { formatCheckJson } from '../../report/check-json.js';
import { formatJunit } from '../../report/junit.js';
import { countLevels, formatLint, underMinScore, type CheckedFile } from '../../report/lint.js';
import { formatSarif } from '../../report/sarif.js';
import { EXIT_INTERRUPTED, interruptions } from '../interrupt.js';
import { langError, localeError } from '../lang-option.js';
import { reportFile, writeCheckHtml } from '../html-report.js';
import { colorLevel, EXIT, printError, type CliIO } from '../io.js';
import { version } from '../version.js';
import { addSiteMessages, siteRoot } from '../../engine/check-site.js';
import { SITE_RULES, SITE_RULE_IDS, type LinkSuggestion } from '../../site/index.js';

/** The site rules as the SARIF report describes them. */
const siteRuleMeta = SITE_RULES.map((r) => ({ id: r.id, docs: r.docs, category: 'site', defaultSeverity: 'warn' as const }));
import { applyBaseline, type BaselineCliOptions } from './check-baseline.js';
import { stdinInputs, type StdinCliOptions, type StdinInputs } from './check-stdin.js';

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

function toChecked(result: CheckResult, suggestions: ReadonlyMap<string, LinkSuggestion[]>): CheckedFile {
  const links = suggestions.get(result.report.path);
  return { report: result.report, messages: result.file.messages, failure: result.failure, skipped: result.skipped, ...(links ? { suggestions: links } : {}) };
}

function render(files: readonly CheckedFile[], options: CheckCliOptions, io: CliIO): string {
  const common = { minScore: options.minScore, quiet: options.quiet ?? false, ...(options.locale ? { locale: options.locale } : {}) };
  switch (options.format) {
    case 'json':
      return formatCheckJson(files, { version, minScore: options.minScore });
    case 'sarif':
      return formatSarif(files, { ...common, version, rules: [...rules, ...siteRuleMeta], cwd: io.cwd });
    case 'github':
      return formatGithub(files, common);
    case 'junit':
      return formatJunit(files, common);
    default: {
      const level = options.color === false || (options.outputFile && options.outputFile !== '-') ? 0 : colorLevel(io, 'stdout');
      return formatLint(files, { ...common, chalk: new Chalk({ level }) });
    }
  }
}

/** The exit code the messages and scores call for. */
export function exitCodeOf(files: readonly CheckedFile[], options: Pick<CheckCliOptions, 'minScore' | 'maxWarnings'>): number {
  if (files.some((f) => f.failure === 'io')) return EXIT.error;
  const counts = countLevels(files);
  if (counts.error > 0) return EXIT.failedThreshold;
  if (files.some((f) => underMinScore(f, options.minScore))) return EXIT.failedThreshold;
  if (options.maxWarnings !== undefined && counts.warning > options.maxWarnings) return EXIT.failedThreshold;
  return EXIT.ok;
}

/** Discovers the files and resolves their configuration, in discovery order. Throws ConfigError. */
async function plan(stdin: StdinInputs, resolver: ConfigResolver, options: CheckCliOptions, io: CliIO): Promise<Planned[]> {
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
      if (entry.root === null && !stdin.listed) printError(io, entry.path, 'ignored (matches an ignore pattern); not checked');
      continue;
    }
    planned.push({ path: entry.path, config });
  }
  return planned;
}

/** Runs `check`; resolves to the exit code. */
export async function runCheck(inputs: string[], options: CheckCliOptions, io: CliIO): Promise<number> {
  const stdin = await stdinInputs(inputs, options, io, EXTENSIONS);
  if ('code' in stdin) return stdin.code;
  if (stdin.inputs.length === 0 && !stdin.text) {
    printError(io, null, "no input: give files, folders or globs (see 'seo-rewrite check --help')");
    return EXIT.error;
  }
  const badLang = langError(options.lang);
  if (badLang) {
    printError(io, null, badLang);
    return EXIT.error;
  }
  const badLocale = localeError(options.locale);
  if (badLocale) {
    printError(io, null, badLocale);
    return EXIT.error;
  }
  const html = reportFile(options.report, io.cwd);
  if (html.error) {
    printError(io, null, html.error);
    return EXIT.error;
  }
  const ruleIds = [...rules.map((r) => r.id), ...SITE_RULE_IDS];
  const resolver = new ConfigResolver({ cwd: io.cwd, ruleIds, configFile: options.config, language: options.lang });
  const cache = options.cache ? await CheckCache.open(await cachePath(io.cwd, options.cacheLocation), version) : null;

  let planned: Planned[];
  try {
    planned = await plan(stdin, resolver, options, io);
  } catch (error) {
    if (error instanceof ConfigError) {
      printError(io, null, error.message);
      return EXIT.error;
    }
    throw error;
  }
  if (planned.length === 0 && stdin.text) {
    printError(io, stdin.text.path, 'ignored (matches an ignore pattern); not checked');
    return EXIT.ok;
  }
  if (planned.length === 0 && stdin.listed) {
    printError(io, null, 'every article among the files on stdin matches an ignore pattern: nothing to check');
    return EXIT.ok;
  }
  if (planned.length === 0) {
    printError(io, null, 'no files to check: every file found matches an ignore pattern');
    return EXIT.error;
  }
  for (const file of resolver.notLoaded) {
    printError(io, file, 'not loaded: a JavaScript configuration runs code, so it is loaded only from the working folder or with --config');
  }
  const overwrite = writtenInput(planned.map((p) => p.path), { cwd: io.cwd, outputFile: options.outputFile, cache: cache?.path });
  if (overwrite) {
    printError(io, null, overwrite);
    return EXIT.error;
  }
  const interrupt = interruptions();
  // Site-level checks are asked for (`--site`, or `--suggest-links`, which needs them): per-file runs, the library's
  // `check()` and baselines stay comparable with and without them.
  const siteOn = options.site === true || options.suggestLinks === true;
  let results: CheckResult[] | null;
  try {
    results = await checkAll(planned, { cwd: io.cwd, jobs: jobsFor(options.jobs), fileTimeout: options.fileTimeout, ruleIds, cache, signal: interrupt.signal, locale: options.locale, site: siteOn, siteKeyphrases: siteOn && (options.suggestLinks ?? false) });
  } finally {
    interrupt.dispose();
  }
  // Interrupted: no report and no cache are written (nothing partial), as a killed run would leave them.
  if (results === null) {
    printError(io, null, `interrupted: ${planned.length} file${planned.length === 1 ? '' : 's'} not reported; nothing written`);
    return EXIT_INTERRUPTED;
  }
  const configs = new Map(planned.flatMap((p) => (p.config ? [[p.path, p.config] as const] : [])));
  const suggestions = !siteOn ? new Map<string, LinkSuggestion[]>() : addSiteMessages(results, { root: siteRoot(inputs, io.cwd), permalink: options.permalink, suggestions: options.suggestLinks ?? false, configs });
  let files = results.map((r) => toChecked(r, suggestions));
  if (options.baseline !== undefined || options.baselineUpdate) {
    const outcome = applyBaseline(files, options, io, new Map(stdin.text ? [[stdin.text.path, stdin.text.bytes]] : []));
    if ('code' in outcome) return outcome.code;
    files = outcome.files;
  }

  if (cache) {
    try {
      await cache.save(io.cwd);
    } catch (error) {
      printError(io, cache.path, `cannot write the cache: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (options.format !== 'stylish') {
    for (const f of files) if (f.failure !== null) printError(io, f.report.path, f.report.error ?? 'failed');
  }

  const text = render(files, options, io);
  // `-` and /dev/stdout are the injected stream (opening /dev/stdout fails when stdout is a socket).
  const toStdout = !options.outputFile || options.outputFile === '-' || options.outputFile === '/dev/stdout';
  if (!toStdout && options.outputFile) {
    try {
      writeOutput(resolve(io.cwd, options.outputFile), text, NAMED_OUTPUT);
    } catch (error) {
      printError(io, options.outputFile, `cannot write the report: ${error instanceof Error ? error.message : String(error)}`);
      return EXIT.error;
    }
  } else {
    io.stdout.write(text);
  }
  if (html.file) {
    try {
      writeCheckHtml(files, html.file, { cwd: io.cwd, version, ...(options.locale ? { locale: options.locale } : {}) });
    } catch (error) {
      printError(io, html.file, `cannot write the HTML report: ${error instanceof Error ? error.message : String(error)}`);
      return EXIT.error;
    }
  }
  const warnings = countLevels(files).warning;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    printError(io, null, `too many warnings (${warnings}, --max-warnings ${options.maxWarnings})`);
  }
  return exitCodeOf(files, options);
}
