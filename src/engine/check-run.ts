/**
 * Running `check` over planned files: read each and look it up in the cache, then analyse the misses, in worker
 * threads under a budget (see `bounded.ts`), so that a hostile file fails alone and Ctrl-C is heard at once. Once
 * the run's signal is aborted nothing new is read or analysed, and the results stop.
 */
import { resolve } from 'node:path';
import type { ResolvedConfig } from '../config/index.js';
import { BoundedPool } from './bounded.js';
import { builtEngineFile } from './built.js';
import { CheckCache, failedCheck, fromPlainCheck, toPlainCheck, type CheckResult, type PlainCheckResult } from './cache.js';
import type { CheckSettings, CheckTask } from './check.js';
import { nextTurn, serialRunner } from './main-thread.js';
import { ordered } from './ordered.js';
import { budgetFor } from './pool.js';
import { readBytes, reasonOf } from './read.js';
import { problem } from '../lang/problem.js';

/** A discovered file with its configuration, or its failure. */
export interface Planned {
  path: string;
  result?: CheckResult;
  config?: ResolvedConfig;
  /** The file's bytes when they are not on disk (text read from stdin). */
  bytes?: Uint8Array;
}

/** How the files are checked. */
export interface CheckRunOptions {
  cwd: string;
  /** Worker threads at most. */
  jobs: number;
  ruleIds: readonly string[];
  cache: CheckCache | null;
  /** Summarise each file for the site-level checks (default true). */
  site?: boolean;
  /** Put keyphrases in the site summaries (internal-link suggestions): a cached result without them is a miss. */
  siteKeyphrases?: boolean;
  /** Seconds a file may take (`--file-timeout`; 0: no limit). */
  fileTimeout?: number;
  /** Aborted by Ctrl-C: the run stops reading and analysing, and `checkAll` returns null. */
  signal?: AbortSignal;
  /** Language of the messages (`--locale`); the article's language when absent. */
  locale?: string;
}

/** Files analysed per worker thread at least: under that, starting a thread costs more than it saves. */
const MIN_FILES_PER_THREAD = 40;
/** Files read ahead (I/O in flight) while looking up the cache. */
const READ_WINDOW = 32;
/** Files read between two turns of the event loop (when a signal may be heard). */
const READS_PER_TURN = 64;

interface Runner {
  run(task: CheckTask): Promise<PlainCheckResult>;
  close(): Promise<void>;
  threads: number;
}

function interrupted(task: CheckTask): PlainCheckResult {
  return toPlainCheck(failedCheck(task.path, 'interrupted', 'io'));
}

function settingsOf(config: ResolvedConfig, ruleIds: readonly string[], options: CheckRunOptions): CheckSettings {
  const settings: CheckSettings = { forceLanguage: config.forceLanguage, language: config.language, rules: config.rules, fields: config.fields, ruleIds, ...(options.locale ? { locale: options.locale } : {}) };
  if (options.site === false) settings.site = false;
  else if (options.siteKeyphrases) settings.siteKeyphrases = true;
  return settings;
}

/** Failures of the budget (time, memory): they say nothing about the file's content, so they are not cached. */
const BUDGET_RULE = 'budget';

/**
 * Worker threads under a budget (see `bounded.ts`) for `work` files, as many as there are MIN_FILES_PER_THREAD files
 * for, at least one; the main thread only when the workers are not built (tests run from the sources).
 */
async function createRunner(jobs: number, work: number, signal: AbortSignal | undefined, timeoutS: number | undefined): Promise<Runner> {
  const threads = Math.max(1, Math.min(jobs, Math.floor(work / MIN_FILES_PER_THREAD)));
  const entry = builtEngineFile('bounded-entry.cjs');
  if (!entry) {
    // Loaded only when something is analysed: a run served from the cache never loads the analysis.
    const { default: checkTask } = await import('./check.js');
    return { threads: 1, run: serialRunner(checkTask, interrupted, signal), close: async () => undefined };
  }
  const pool = new BoundedPool<CheckTask, PlainCheckResult>({
    entry,
    module: 'check',
    threads,
    perWorker: 2,
    budget: budgetFor(work, timeoutS),
    signal,
    failed: (task, reason) => toPlainCheck(typeof reason !== 'string' && reason.key === 'internal' ? failedCheck(task.path, reason, 'content', 'internal') : failedCheck(task.path, reason, 'io', BUDGET_RULE)),
    interrupted,
  });
  return { threads, run: (task) => pool.run(task), close: () => pool.close() };
}

/** A file read and looked up in the cache: its result, or what is needed to analyse it. */
type Looked = { result: CheckResult } | { task: CheckTask; key: string };

function lookUp(path: string, settings: CheckSettings, hash: string, cwd: string, cache: CheckCache | null, given?: Uint8Array): Looked {
  let bytes: Uint8Array;
  try {
    bytes = given ?? readBytes(resolve(cwd, path));
  } catch (error) {
    return { result: failedCheck(path, reasonOf(error), 'io') };
  }
  const key = cache ? cache.key(bytes, hash) : '';
  const found = cache?.get(path, key);
  // A summary without the keyphrases the suggestions need is analysed again (and stored with them).
  const hit = found && found.failure === null && !found.skipped && ((settings.site !== false && !found.summary) || (settings.siteKeyphrases && !found.summary?.keyphrases)) ? undefined : found;
  return hit ? { result: hit } : { task: { path, bytes, settings }, key };
}

/** What a planned file is checked with: its settings and its configuration's hash (with the messages' language). */
function lookUpPlanned(p: Planned, options: CheckRunOptions): Looked {
  if (p.result || !p.config) return { result: p.result ?? failedCheck(p.path, problem('internal', 'no configuration'), 'content', 'internal') };
  // The messages' language is part of what is cached.
  const hash = options.locale ? `${p.config.hash}:${options.locale}` : p.config.hash;
  return lookUp(p.path, settingsOf(p.config, options.ruleIds, options), hash, options.cwd, options.cache, p.bytes);
}

/**
 * Checks the planned files and hands each result to `sink` as soon as it and every file before it are done, in the
 * planned order; nothing is kept. Resolves to false when the run was interrupted (the sink has seen a part).
 */
export async function checkEach(planned: readonly Planned[], options: CheckRunOptions, sink: (result: CheckResult) => void): Promise<boolean> {
  // The pool is made at the first file to analyse, for the files left (as many may be misses): a run served from
  // the cache never makes one, and one of a single file gets that file's budget.
  let pool: Promise<Runner> | undefined;
  let runner: Runner | undefined;
  const threads = Math.max(1, Math.min(options.jobs, Math.floor(planned.length / MIN_FILES_PER_THREAD)));
  let reads = 0;
  const check = async (p: Planned, index: number): Promise<CheckResult> => {
    if (++reads % READS_PER_TURN === 0) await nextTurn();
    const looked = lookUpPlanned(p, options);
    if ('result' in looked) return looked.result;
    runner ??= await (pool ??= createRunner(options.jobs, planned.length - index, options.signal, options.fileTimeout));
    const plain = await runner.run(looked.task);
    if (options.signal?.aborted) return fromPlainCheck(interrupted(looked.task), p.path);
    if (!plain.messages.some((m) => m.ruleId === BUDGET_RULE)) options.cache?.set(looked.task.path, looked.key, plain);
    return fromPlainCheck(plain, looked.task.path);
  };
  try {
    const indexed = planned.map((p, i) => [p, i] as const);
    for await (const result of ordered(indexed, ([p, i]) => check(p, i), { window: Math.max(READ_WINDOW, threads * 4), signal: options.signal })) {
      if (options.signal?.aborted) break;
      sink(result);
    }
  } finally {
    await (runner ?? (await pool))?.close();
  }
  return !options.signal?.aborted;
}

/** Checks the planned files, in their order; null when the run was interrupted. Holds every result: for few files. */
export async function checkAll(planned: readonly Planned[], options: CheckRunOptions): Promise<CheckResult[] | null> {
  const results: CheckResult[] = [];
  return (await checkEach(planned, options, (r) => results.push(r))) ? results : null;
}
