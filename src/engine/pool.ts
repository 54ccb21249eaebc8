/**
 * Where batch tasks run: a worker-thread pool (piscina) for several jobs, or the main thread for one (no worker
 * start-up cost). Either way a task's result is the same structured-clone-safe value, so output never depends on
 * `--jobs`. The pool loads the built worker (`dist/engine/worker-entry.cjs`): it works from the build output only.
 */
import { setFlagsFromString } from 'node:v8';
import { builtEngineFile } from './built.js';
import { cores } from './jobs.js';
import { serialRunner } from './main-thread.js';
import { failedTask, interruptedTask, type TaskResult } from './result.js';
import type { Task } from './task.js';

/** Tasks a worker holds at once: the next one is there when the current one is done. */
const TASKS_PER_WORKER = 2;

/**
 * Old-generation heap of a worker, in MB. A worker holds about 22 MB live (code, stem caches, the article at hand),
 * but one that is never idle gets no idle-time collection, and V8 then lets its heap grow well past that: uncapped,
 * the process grew from 230 MB at 1,000 files to 310 MB at 10,000. The cap keeps it flat. Too tight a cap costs
 * CPU: at 48 MB V8 ran near its limit in memory-saving mode and kept dropping and recompiling optimised code (2,189
 * optimisations on 5,278 files against 960 at 256 MB). Measured with `--jobs 2` on 20,000 files in 100-file
 * folders: 48 MB took 62 s (110 CPU-s) with a 267 MB peak; 56 MB takes 56 s (94 CPU-s), 282 MB; 64 MB 51 s, but
 * 302 MB, over the 300 MB the batch promises. An article too big for the cap is done again in the main thread (see
 * `run`).
 */
const WORKER_HEAP_MB = 56;

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

function internal(task: Task, error: unknown): TaskResult {
  return failedTask(task.path, `internal error: ${error instanceof Error ? error.message : String(error)}`);
}

let taskModule: Promise<typeof import('./task.js')> | undefined;

/**
 * A main-thread runner: one task at a time, each on a later turn of the event loop, so that the I/O of the files in
 * flight moves along and Ctrl-C is heard between two articles (see `main-thread.ts`). The pipeline is imported on
 * first use only.
 */
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
const POOL_V8_FLAGS = '--interrupt-budget=1081344';

function outOfMemory(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
}

async function poolRunner(threads: number, signal?: AbortSignal): Promise<Runner> {
  const { Piscina } = await import('piscina');
  const filename = builtEngineFile('worker-entry.cjs');
  if (filename === null) throw new Error("worker not built (dist/engine/worker-entry.cjs): run 'npm run build'");
  setFlagsFromString(POOL_V8_FLAGS);
  const pool = new Piscina<Task, TaskResult>({
    filename,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
    concurrentTasksPerWorker: TASKS_PER_WORKER,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  let fallback: Promise<Runner> | undefined;
  // Once the run is interrupted, queued tasks are dropped and running ones stopped (piscina ends their worker).
  const failed = async (task: Task, error: unknown): Promise<TaskResult> => {
    if (signal?.aborted) return interruptedTask(task.path);
    // A task whose worker ran out of its heap (a huge article, or one that shared the worker with it) is done again
    // in the main thread, whose heap is not capped: the same code, so the same result.
    return outOfMemory(error) ? (await (fallback ??= mainThreadRunner(signal))).run(task) : internal(task, error);
  };
  return {
    threads,
    run: (task) => (signal?.aborted ? Promise.resolve(interruptedTask(task.path)) : pool.run(task, { signal }).catch((error: unknown) => failed(task, error))),
    close: () => pool.destroy(),
  };
}

/**
 * A runner for `jobs` parallel tasks over `count` inputs: the main thread when either is 1. Once `signal` is
 * aborted, every task not yet done resolves at once as interrupted (`interruptedTask`).
 */
export async function createRunner(jobs: number, count: number, signal?: AbortSignal): Promise<Runner> {
  const threads = Math.max(1, Math.min(jobs, count));
  return threads === 1 ? mainThreadRunner(signal) : poolRunner(threads, signal);
}
