/**
 * `seo-rewrite check [inputs…]`: score existing Markdown (and raw text) without rewriting, as a linter for pull
 * requests. Exit 0 when clean; 1 for an error-level message, a file under --min-score or more warnings than
 * --max-warnings; 2 for usage, configuration and I/O errors.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Chalk } from 'chalk';
import { rules } from '../../assess/index.js';
import { ConfigError, ConfigResolver, type ResolvedConfig } from '../../config/index.js';
import { CheckCache, cachePath, failedCheck, fromPlainCheck, toPlainCheck, type CheckResult, type PlainCheckResult } from '../../engine/cache.js';
import { readBytes } from '../../engine/read.js';
import type { CheckSettings, CheckTask } from '../../engine/check.js';
import { builtEngineFile } from '../../engine/built.js';
import { discover } from '../../engine/discover.js';
import { ordered } from '../../engine/ordered.js';
import { NAMED_OUTPUT, writeOutput } from '../../engine/output-file.js';
import { writtenInput } from '../../engine/check-outputs.js';
import { formatGithub } from '../../report/github.js';
import { formatCheckJson } from '../../report/check-json.js';
import { formatJunit } from '../../report/junit.js';
import { countLevels, formatLint, underMinScore, type CheckedFile } from '../../report/lint.js';
import { formatSarif } from '../../report/sarif.js';
import { colorLevel, EXIT, printError, type CliIO } from '../io.js';
import { version } from '../version.js';

/** Report formats of `check`. */
export const CHECK_FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** Options that `check` takes (commander's camel-cased names). */
export interface CheckCliOptions {
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
}

/** Files a folder is searched for. */
const EXTENSIONS = ['md', 'markdown', 'txt'];

function settingsOf(config: ResolvedConfig, ruleIds: readonly string[]): CheckSettings {
  return { forceLanguage: config.forceLanguage, language: config.language, rules: config.rules, fields: config.fields, ruleIds };
}

function toChecked(result: CheckResult): CheckedFile {
  return { report: result.report, messages: result.file.messages, failure: result.failure, skipped: result.skipped };
}

function render(files: readonly CheckedFile[], options: CheckCliOptions, io: CliIO): string {
  const common = { minScore: options.minScore, quiet: options.quiet ?? false };
  switch (options.format) {
    case 'json':
      return formatCheckJson(files, { version, minScore: options.minScore });
    case 'sarif':
      return formatSarif(files, { ...common, version, rules, cwd: io.cwd });
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

/** Files analysed per worker thread at least: under that, starting a thread costs more than it saves. */
const MIN_FILES_PER_THREAD = 40;
/** Files read ahead (I/O in flight) while looking up the cache. */
const READ_WINDOW = 32;

interface Runner {
  run(task: CheckTask): Promise<PlainCheckResult>;
  close(): Promise<void>;
  threads: number;
}

function internal(task: CheckTask, error: unknown): PlainCheckResult {
  return toPlainCheck(failedCheck(task.path, `internal error: ${error instanceof Error ? error.message : String(error)}`, 'content', 'internal'));
}

/** A pool of worker threads for `work` files, or the main thread when one thread is enough. */
async function createRunner(jobs: number, work: number): Promise<Runner> {
  const threads = Math.max(1, Math.min(jobs, Math.floor(work / MIN_FILES_PER_THREAD)));
  const filename = threads > 1 ? builtEngineFile('check-worker-entry.cjs') : null;
  if (!filename) {
    // Loaded only when something is analysed: a run served from the cache never loads the analysis.
    const { default: checkTask } = await import('../../engine/check.js');
    return { threads: 1, run: async (task) => checkTask(task), close: async () => undefined };
  }
  const { Piscina } = await import('piscina');
  const pool = new Piscina<CheckTask, PlainCheckResult>({ filename, minThreads: threads, maxThreads: threads });
  return { threads, run: (task) => pool.run(task).catch((error: unknown) => internal(task, error)), close: () => pool.destroy() };
}

/** A file read and looked up in the cache: its result, or what is needed to analyse it. */
type Looked = { result: CheckResult } | { task: CheckTask; key: string };

async function lookUp(path: string, settings: CheckSettings, hash: string, cwd: string, cache: CheckCache | null): Promise<Looked> {
  let bytes: Buffer;
  try {
    bytes = readBytes(resolve(cwd, path));
  } catch (error) {
    return { result: failedCheck(path, error instanceof Error ? error.message : String(error), 'io') };
  }
  const key = cache ? cache.key(bytes, hash) : '';
  const hit = cache?.get(path, key);
  return hit ? { result: hit } : { task: { path, bytes, settings }, key };
}


/** A discovered file with its configuration, or its failure. */
interface Planned {
  path: string;
  result?: CheckResult;
  config?: ResolvedConfig;
}

/** Discovers the files and resolves their configuration, in discovery order. Throws ConfigError. */
async function plan(inputs: readonly string[], resolver: ConfigResolver, options: CheckCliOptions, io: CliIO): Promise<Planned[]> {
  const planned: Planned[] = [];
  if (options.config) await resolver.forFile(io.cwd);
  for (const entry of discover(inputs, { cwd: io.cwd, extensions: EXTENSIONS })) {
    if (entry.error) {
      planned.push({ path: entry.path, result: failedCheck(entry.path, entry.error, 'io') });
      continue;
    }
    const config = await resolver.forFile(entry.path);
    if (await resolver.isIgnored(entry.path, config)) {
      if (entry.root === null) printError(io, entry.path, 'ignored (matches an ignore pattern); not checked');
      continue;
    }
    planned.push({ path: entry.path, config });
  }
  return planned;
}

/** Reads every file and looks it up in the cache; then analyses the misses, in worker threads when there are many. */
async function checkAll(planned: readonly Planned[], ruleIds: readonly string[], cache: CheckCache | null, options: CheckCliOptions, io: CliIO): Promise<CheckedFile[]> {
  const look = async (p: Planned): Promise<Looked> =>
    p.result || !p.config ? { result: p.result ?? failedCheck(p.path, 'internal error: no configuration', 'content', 'internal') } : lookUp(p.path, settingsOf(p.config, ruleIds), p.config.hash, io.cwd, cache);
  const looked: Looked[] = [];
  for await (const l of ordered(planned, look, { window: READ_WINDOW })) looked.push(l);
  const misses = looked.flatMap((l) => ('task' in l ? [l] : []));
  const done = new Map<CheckTask, CheckResult>();
  if (misses.length > 0) {
    const runner = await createRunner(options.jobs ?? availableParallelism(), misses.length);
    try {
      const analyse = async (miss: { task: CheckTask; key: string }): Promise<void> => {
        const plain = await runner.run(miss.task);
        cache?.set(miss.task.path, miss.key, plain);
        done.set(miss.task, fromPlainCheck(plain, miss.task.path));
      };
      for await (const _ of ordered(misses, analyse, { window: runner.threads * 4 })) void _;
    } finally {
      await runner.close();
    }
  }
  return looked.map((l) => toChecked('result' in l ? l.result : (done.get(l.task) ?? failedCheck(l.task.path, 'internal error: not analysed', 'content', 'internal'))));
}

/** Runs `check`; resolves to the exit code. */
export async function runCheck(inputs: string[], options: CheckCliOptions, io: CliIO): Promise<number> {
  if (inputs.length === 0) {
    printError(io, null, "no input: give files, folders or globs (see 'seo-rewrite check --help')");
    return EXIT.error;
  }
  if (options.lang !== undefined && !/^[a-z]{2,3}$/.test(options.lang)) {
    printError(io, null, `--lang: expected a language code such as id or en, got "${options.lang}"`);
    return EXIT.error;
  }
  const ruleIds = rules.map((r) => r.id);
  const resolver = new ConfigResolver({ cwd: io.cwd, ruleIds, configFile: options.config, language: options.lang });
  const cache = options.cache ? await CheckCache.open(await cachePath(io.cwd, options.cacheLocation), version) : null;

  let planned: Planned[];
  try {
    planned = await plan(inputs, resolver, options, io);
  } catch (error) {
    if (error instanceof ConfigError) {
      printError(io, null, error.message);
      return EXIT.error;
    }
    throw error;
  }
  const overwrite = writtenInput(planned.map((p) => p.path), { cwd: io.cwd, outputFile: options.outputFile, cache: cache?.path });
  if (overwrite) {
    printError(io, null, overwrite);
    return EXIT.error;
  }
  const files = await checkAll(planned, ruleIds, cache, options, io);

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
  const warnings = countLevels(files).warning;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    printError(io, null, `too many warnings (${warnings}, --max-warnings ${options.maxWarnings})`);
  }
  return exitCodeOf(files, options);
}
