/**
 * Where batch tasks run: worker threads under a budget (`bounded.ts`), one or several, whatever `--jobs` is, so that
 * a hostile file fails alone with one line and output never depends on `--jobs`. The workers load the built entry
 * (`dist/engine/bounded-entry.cjs`); only when the project is not built (tests run from the sources) do tasks run in
 * the main thread, without the budget.
 */
import { setFlagsFromString } from 'node:v8';
import { BoundedPool, type Budget } from './bounded.js';
import { builtEngineFile } from './built.js';
import { LARGE_HEAP_MB, WORKER_HEAP_MB } from './heaps.js';
import { cores } from './jobs.js';
import { serialRunner } from './main-thread.js';
import { failedTask, interruptedTask, type TaskResult } from './result.js';
import type { Task } from './task.js';

export { LARGE_HEAP_MB, WORKER_HEAP_MB } from './heaps.js';

/** Tasks a worker holds at once: the next one is there when the current one is done. */
const TASKS_PER_WORKER = 2;

/** Seconds a file may take by default (`--file-timeout`). */
export const DEFAULT_FILE_TIMEOUT_S = 10;

/** The budget of a run over `count` files with a time limit of `timeoutS` seconds (0: none). */
export function budgetFor(count: number, timeoutS: number = DEFAULT_FILE_TIMEOUT_S): Budget {
  const timeoutMs = Math.round(timeoutS * 1000);
  return count === 1 ? { timeoutMs, heapMb: LARGE_HEAP_MB, retryHeapMb: 0 } : { timeoutMs, heapMb: WORKER_HEAP_MB, retryHeapMb: LARGE_HEAP_MB };
}

/** Runs tasks; `run` never rejects (a crashed worker yields a failed result). */
export interface Runner {
  run(task: Task): Promise<TaskResult>;
  close(): Promise<void>;
  /** Threads doing the work (1 for the main thread). */
  readonly threads: number;
}

/** The default number of jobs: the cores this process may use. */
export function defaultJobs(): number {
  return cores();
}

let taskModule: Promise<typeof import('./task.js')> | undefined;

/** The main thread, one task a turn (see `main-thread.ts`): only when the workers are not built. */
async function mainThreadRunner(signal?: AbortSignal): Promise<Runner> {
  const { runTask } = await (taskModule ??= import('./task.js'));
  return { threads: 1, run: serialRunner(runTask, (task: Task) => interruptedTask(task.path), signal), close: async () => undefined };
}

/**
 * V8's tier-up budget for the pool, sixteen times its default (67,584 in Node 20's V8): a function is optimised
 * after about sixteen times as many runs. A single thread leaves the other core to V8's background compiler, so
 * eager optimisation costs it nothing; with every core running a worker, that compiling takes CPU from the
 * articles, and each worker compiles the whole pipeline anew. TurboFan is most of that cost: with the default
 * budget, one thread spends about 2 s of compiler time on 377 articles (`--trace-opt`), more than the 1.4 s the
 * articles take once optimised. Measured with `--jobs 2`, runs interleaved on the same machine: 4× the default cut
 * the pool's wall time by 8-10 % (377 and 2,262 files); 16× cuts another ~10 % on 377 files (median 2.40 → 2.15 s)
 * and on 1,000, and costs nothing on 10,000 files (32.0 and 32.8 s, within noise); 32× ran 10 % slower on 10,000
 * files (functions that matter stay unoptimised for longer). Adding Maglev (`--maglev`, off by default in Node 20)
 * gained nothing. Set before the workers start; V8 reads the budget whenever it resets a function's counter.
 */
export const POOL_V8_FLAGS = '--interrupt-budget=1081344';

/** The code cache made under POOL_V8_FLAGS (scripts/code-cache.mjs): V8 takes no other under them. */
const POOL_CACHE = 'pool';

/**
 * A runner for `jobs` parallel tasks over `count` inputs, each under `budgetFor(count, timeoutS)`. Once `signal` is
 * aborted, every task not yet done resolves at once as interrupted (`interruptedTask`).
 */
export async function createRunner(jobs: number, count: number, signal?: AbortSignal, timeoutS?: number): Promise<Runner> {
  const threads = Math.max(1, Math.min(jobs, count));
  const entry = builtEngineFile('bounded-entry.cjs');
  if (entry === null) return mainThreadRunner(signal);
  if (threads > 1) setFlagsFromString(POOL_V8_FLAGS);
  const pool = new BoundedPool<Task, TaskResult>({
    entry,
    module: 'worker',
    ...(threads > 1 ? { cacheVariant: POOL_CACHE } : {}),
    threads,
    perWorker: TASKS_PER_WORKER,
    budget: budgetFor(count, timeoutS),
    signal,
    failed: (task, reason) => failedTask(task.path, reason),
    interrupted: (task) => interruptedTask(task.path),
  });
  return { threads, run: (task) => pool.run(task), close: () => pool.close() };
}
