/**
 * Runs the per-file pipeline over a set of discovered files: the rewriting in a worker-thread pool for several jobs
 * (in the main thread for one), reading and atomic writing here (synchronous calls: see `write.ts`), with a bounded
 * window of files in flight, yielding results in input order as they complete. A failed file is yielded as a failure
 * and the rest go on; `--out-dir` runs keep the resume manifest.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import type { RewriteOptions } from '../pipeline/rewrite.js';
import type { Discovered } from './discover.js';
import { sha256 } from './hash.js';
import { jobsFor } from './jobs.js';
import { ordered } from './ordered.js';
import { isMarkdownPath, outputPathFor, type OutputPlan } from './outputs.js';
import { createRunner, defaultJobs, type Runner } from './pool.js';
import { NAMED_OUTPUT, OWNED_OUTPUT, writeOutput } from './output-file.js';
import { FileError, readTextSync, systemReason } from './read.js';
import { problem, type Reason } from '../lang/problem.js';
import { emptyReport, failedTask, interruptedTask, toBatchResult, type BatchResult, type TaskResult } from './result.js';
import { Manifest, ManifestWriter, optionsHash } from './resume.js';
import { sweepTemporaries } from './write.js';

export type { BatchResult, TaskStatus } from './result.js';

/** What `processAll` does with the files: where outputs go, how many jobs, resume, interruption. */
export interface BatchOptions extends OutputPlan {
  rewrite: RewriteOptions;
  /** Write nothing. */
  dryRun: boolean;
  /**
   * Files processed in parallel; 1 runs in the main thread. Default: the number of cores, but no more threads than
   * one per `FILES_PER_THREAD` files (a worker's start-up costs about as much as that many articles).
   */
  jobs?: number;
  /** Seconds a file may take (`--file-timeout`; 0: no limit; default DEFAULT_FILE_TIMEOUT_S). */
  fileTimeout?: number;
  /** Skip inputs whose output under `outDir` is up to date according to the resume manifest. */
  resume?: boolean;
  /** The tool's version: part of what makes an output up to date. */
  version?: string;
  /**
   * When aborted, no new file is started and nothing more is written: tasks in flight are dropped (a worker running
   * one is stopped), the files already written are yielded, and the run ends within a second.
   */
  signal?: AbortSignal;
  /** `--check`: write nothing, tell for each file whether its output would differ from what is on disk. */
  check?: boolean;
  /** `--diff`: write nothing, give for each file the unified diff from what is on disk to its output. */
  diff?: boolean;
  /** Give each result the site summary of its output (for the site-level checks of a folder). */
  site?: boolean;
}

/** Files per worker thread at least when `jobs` is not given. */
export const FILES_PER_THREAD = 24;

/** Files in flight per thread: enough that one slow article does not leave the others idle, few enough for flat memory. */
const WINDOW_PER_THREAD = 16;

interface Context {
  options: BatchOptions;
  runner: Runner;
  outDir: string | null;
  manifest: Manifest | null;
  /** Output folders made so far. */
  folders: Set<string>;
}

interface Done {
  /** Absolute path written, when one was. */
  written: string | null;
  result: TaskResult;
}

function shown(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  return rel && !rel.startsWith('..') ? rel : absolute;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}

function reason(error: unknown, target: string | null, cwd: string): Reason {
  const what = error instanceof FileError ? error.reason : systemReason(error);
  if (target) return problem('cannotWrite', shown(cwd, target), what);
  return error instanceof FileError ? what : problem('internal', what);
}

/** One file: read, (skip when up to date), rewrite through the runner, write atomically. Never rejects. */
async function processEntry(entry: Discovered, context: Context): Promise<Done> {
  const { options, runner, outDir, manifest } = context;
  if (entry.error) return { written: null, result: failedTask(entry.path, entry.error) };
  if (options.signal?.aborted) return { written: null, result: interruptedTask(entry.path) };
  const target = outputPathFor(entry.path, entry.root, options);
  const output = options.dryRun && target !== '-' ? null : target;
  const writes = output !== null && output !== '-';
  let writing: string | null = null;
  try {
    const absolute = resolve(options.cwd, entry.path);
    if (writes && output === absolute && !options.inPlace) throw new FileError(problem('overInput'));
    if (writes && outDir && dirname(output) === dirname(absolute)) throw new FileError(problem('nextToInput'));
    const text = entry.text ?? readTextSync(absolute, { allowEmpty: isMarkdownPath(entry.path) });
    const hash = sha256(text);
    const shownOutput = writes ? shown(options.cwd, output) : output;
    if (writes && manifest?.recorded(output) === hash && (await exists(output))) {
      return { written: null, result: { status: 'skipped', report: emptyReport(entry.path, shownOutput, null), messages: [], changes: [], warnings: [], sourceHash: hash } };
    }
    const format = options.rewrite.format && options.rewrite.format !== 'auto' ? options.rewrite.format : isMarkdownPath(entry.path) ? 'markdown' : 'auto';
    const result = await runner.run({ path: entry.path, text, rewrite: { ...options.rewrite, format, ...(format === 'markdown' ? { path: entry.path } : {}) }, output: shownOutput, ...(options.site ? { site: true } : {}) });
    // Nothing is written once the run is interrupted: the file is left for `--resume`.
    if (options.signal?.aborted) return { written: null, result: interruptedTask(entry.path) };
    if ((options.check || options.diff) && result.status === 'done') {
      const current = target === absolute ? text : await readFile(target, 'utf8').catch(() => null);
      const markdown = result.report.markdown;
      // The diff package loads for --diff only.
      const diff = options.diff ? { diff: (await import('../report/diff.js')).unifiedDiff(shown(options.cwd, target), current, markdown) } : {};
      return { written: null, result: { ...result, wouldChange: current !== markdown, ...diff } };
    }
    if (result.status !== 'done' || !writes) return { written: null, result };
    // In place, an unchanged file is not written again (its time stamp tells build tools nothing changed).
    if (output === absolute && result.report.markdown === text) return { written: null, result: { ...result, sourceHash: hash } };
    writing = output;
    writeOutput(output, result.report.markdown, options.output ? NAMED_OUTPUT : OWNED_OUTPUT, context.folders);
    return { written: output, result: { ...result, sourceHash: hash } };
  } catch (error) {
    return { written: null, result: failedTask(entry.path, reason(error, writing, options.cwd)) };
  }
}

/** Processes the files, yielding one result per entry in input order (fewer when aborted). */
export async function* processAll(entries: readonly Discovered[], options: BatchOptions): AsyncGenerator<BatchResult> {
  const work = entries.filter((e) => !e.error).length;
  const jobs = options.jobs !== undefined ? jobsFor(options.jobs) : Math.min(defaultJobs(), Math.ceil(work / FILES_PER_THREAD));
  const runner = await createRunner(jobs, work, options.signal, options.fileTimeout);
  const outDir = options.outDir && !options.output ? resolve(options.cwd, options.outDir) : null;
  const key = optionsHash(options.version ?? '', options.rewrite);
  const manifest = outDir && options.resume ? await Manifest.load(outDir, key) : null;
  // A run killed outright (kill -9) could not remove its temporary files: resuming it clears them.
  if (outDir && options.resume && !options.dryRun) sweepTemporaries(outDir);
  const writer = outDir && !options.dryRun ? new ManifestWriter(outDir, key) : null;
  const context: Context = { options, runner, outDir, manifest, folders: new Set() };
  try {
    const window = runner.threads * WINDOW_PER_THREAD;
    for await (const { written, result } of ordered(entries, (entry) => processEntry(entry, context), { window, signal: options.signal })) {
      if (result.interrupted) continue;
      if (writer && written && result.sourceHash) writer.record(written, result.sourceHash);
      yield toBatchResult(result);
    }
  } finally {
    writer?.close();
    await runner.close();
  }
}
