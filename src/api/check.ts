/**
 * `check()` for the library: what `seo-rewrite check --format json` prints, as an object. Files, folders and globs
 * are found, configured (the nearest configuration file, or `config`), ignored and checked as the CLI does them, in
 * worker threads when the package is built; `text` checks an article held in memory as if it were the file `inputs`
 * names (the CLI's `-` with `--stdin-filename`). Files that cannot be read are in the report with their `error`, as
 * in the CLI's JSON; a bad configuration throws ConfigError. Ignored files are left out.
 */
import { resolve } from 'node:path';
import { rules } from '../assess/index.js';
import { ConfigResolver } from '../config/index.js';
import type { CheckResult } from '../engine/cache.js';
import { checkEach, type Planned } from '../engine/check-run.js';
import { failedCheck } from '../engine/cache.js';
import { discover } from '../engine/discover.js';
import { jobsFor } from '../engine/jobs.js';
import { checkFileEntry } from '../report/check-json.js';
import { CheckTotals } from '../report/check-totals.js';
import { buildReport } from '../report/json.js';
import type { CheckedFile } from '../report/lint.js';
import type { CheckFileReport, CheckReport } from '../types.js';
import { version } from '../cli/version.js';

/** Options of `check()`, named as the CLI's. */
export interface CheckOptions {
  /** The folder paths are relative to and configuration is looked for from (default: `process.cwd()`). */
  cwd?: string;
  /** A configuration file for every file instead of looking for one (`--config`). */
  config?: string;
  /** Language of the articles (`--lang`), over the front matter and the configuration. */
  lang?: string;
  /** The text of the one file `inputs` names, instead of reading it (as `-` with `--stdin-filename`). */
  text?: string;
  /** Files whose SEO or readability score is under this are counted in `summary` (`--min-score`). */
  minScore?: number;
  /** Worker threads at most (`--jobs`; default: the number of cores). */
  jobs?: number;
}

const EXTENSIONS = ['md', 'markdown', 'txt'];

async function plan(inputs: readonly string[], resolver: ConfigResolver, options: CheckOptions, cwd: string): Promise<Planned[]> {
  if (options.config) await resolver.forFile(cwd);
  if (options.text !== undefined) {
    if (inputs.length !== 1) throw new TypeError('check(): `text` is the text of one file: give exactly one path');
    const path = inputs[0] ?? '';
    const config = await resolver.forFile(resolve(cwd, path));
    if (await resolver.isIgnored(resolve(cwd, path), config)) return [];
    return [{ path, config, bytes: new TextEncoder().encode(options.text) }];
  }
  const planned: Planned[] = [];
  for (const entry of discover(inputs, { cwd, extensions: EXTENSIONS })) {
    if (entry.error) {
      planned.push({ path: entry.path, result: failedCheck(entry.path, entry.error, 'io') });
      continue;
    }
    const config = await resolver.forFile(entry.path);
    if (!(await resolver.isIgnored(entry.path, config))) planned.push({ path: entry.path, config });
  }
  return planned;
}

function toChecked(result: CheckResult): CheckedFile {
  return { report: result.report, messages: result.file.messages, failure: result.failure, skipped: result.skipped };
}

/**
 * Checks articles without rewriting them: the report of `seo-rewrite check --format json` (each file's report and
 * messages, and the summary). Throws ConfigError for a bad configuration.
 */
export async function check(inputs: string | readonly string[], options: CheckOptions = {}): Promise<CheckReport> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const list = typeof inputs === 'string' ? [inputs] : [...inputs];
  const ruleIds = rules.map((r) => r.id);
  const resolver = new ConfigResolver({ cwd, ruleIds, configFile: options.config, language: options.lang });
  const planned = await plan(list, resolver, options, cwd);
  // Each file's entry is made as it comes: the report holds what it returns, not the results behind it.
  const totals = new CheckTotals(options.minScore);
  const files: CheckFileReport[] = [];
  await checkEach(planned, { cwd, jobs: jobsFor(options.jobs), ruleIds, cache: null }, (result) => {
    const checked = toChecked(result);
    totals.add(checked);
    if (!checked.skipped) files.push(checkFileEntry(checked));
  });
  return { ...buildReport([], { version, minScore: options.minScore }), files, summary: totals.summary() };
}
