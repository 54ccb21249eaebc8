/**
 * A pool of worker threads in which every file runs under a budget, whatever `--jobs` is: a heap cap per worker
 * (`resourceLimits`) and a time limit per task (`--file-timeout`). A task over its time has its worker terminated
 * and fails alone with one line; a task whose worker ran out of its (small) heap is run again alone in a worker with
 * the large cap, and fails with one line if that is not enough either. The other tasks go on. The main thread only
 * hands tasks out, so it hears Ctrl-C at once: every worker is then terminated and every task resolves as
 * interrupted. The same workers, limits and code run for one file and for ten thousand, so results never depend on
 * `--jobs`.
 */
import { Worker } from 'node:worker_threads';
import { problem, type Reason } from '../lang/problem.js';

/** The limits a task runs under. */
export interface Budget {
  /** Milliseconds a task may run once started; 0 for no limit. */
  timeoutMs: number;
  /** Old-generation heap of the workers, in MB. */
  heapMb: number;
  /** Heap of the worker a task is run again in when it ran out of `heapMb` (one at a time); 0 for none. */
  retryHeapMb: number;
}

/** How a bounded pool runs its tasks and words their failures. */
export interface BoundedOptions<T, R> {
  /** The built worker entry (`dist/engine/bounded-entry.cjs`). */
  entry: string;
  /** The task module the workers load. */
  module: 'worker' | 'check';
  /** The code cache the workers load their bundle with, when they run with other V8 flags (see bundled.cts). */
  cacheVariant?: string;
  threads: number;
  /** Tasks handed to a worker at once (the next one is there when the current one is done). */
  perWorker: number;
  budget: Budget;
  signal?: AbortSignal;
  failed(task: T, reason: Reason): R;
  interrupted(task: T): R;
}

interface Job<T, R> {
  id: number;
  task: T;
  resolve(result: R): void;
  /** Sent to a worker with the retry heap. */
  big: boolean;
  /** Milliseconds it already ran (before its worker ran out of memory): the retry has the rest of the budget. */
  spentMs: number;
}

interface Slot<T, R> {
  worker: Worker;
  big: boolean;
  /** Tasks sent to this worker, in order; the first is running once `started`. */
  jobs: Job<T, R>[];
  started: boolean;
  /** When the running task started (performance.now()). */
  startedAt: number;
  timer?: NodeJS.Timeout;
  /** Terminated by the pool: its exit is not a failure. */
  ended: boolean;
}

/** A message from a worker (see bounded-entry.cts). */
interface Reply {
  id: number;
  started?: true;
  result?: unknown;
  error?: string;
}

/** A worker started before its pool (see `prewarm`). */
interface Warm {
  worker: Worker;
  module: BoundedOptions<unknown, unknown>['module'];
  heapMb: number;
  failed: boolean;
}

let warm: Warm | undefined;

function startWorker(entry: string, module: string, heapMb: number, cache?: string): Worker {
  return new Worker(entry, { workerData: { module, ...(cache ? { cache } : {}) }, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
}

/**
 * Starts a worker before its pool exists, so that it loads the pipeline (~0.2 s) while the main thread loads the
 * command and finds the files: a one-article run then costs no more wall time than when it ran in the main thread.
 * The first pool with the same module and heap takes it over; any other pool terminates it. Unreferenced until
 * then: it never keeps the process alive.
 */
export function prewarm(entry: string, module: Warm['module'], heapMb: number): void {
  if (warm) return;
  const worker = startWorker(entry, module, heapMb);
  const started: Warm = { worker, module, heapMb, failed: false };
  worker.unref();
  worker.once('error', () => (started.failed = true));
  worker.once('exit', () => (started.failed = true));
  warm = started;
}

/** The prewarmed worker if it fits (taken over), else null (and it is terminated). */
function takeWarm(module: Warm['module'], heapMb: number): Worker | null {
  const w = warm;
  warm = undefined;
  if (!w) return null;
  if (!w.failed && w.module === module && w.heapMb === heapMb) {
    w.worker.ref();
    return w.worker;
  }
  void w.worker.terminate();
  return null;
}

/** Runs tasks in bounded workers; `run` never rejects. */
export class BoundedPool<T, R> {
  private readonly queue: Job<T, R>[] = [];
  private readonly bigQueue: Job<T, R>[] = [];
  private readonly slots = new Set<Slot<T, R>>();
  private nextId = 0;
  private closed = false;

  constructor(private readonly options: BoundedOptions<T, R>) {
    options.signal?.addEventListener('abort', () => this.stopAll(), { once: true });
    // Started now, the workers load the pipeline while the main thread discovers and reads the files.
    const early = takeWarm(options.module, options.budget.heapMb);
    if (!options.signal?.aborted) for (let i = 0; i < options.threads; i++) this.spawn(false, i === 0 ? early : null);
    else if (early) void early.terminate();
  }

  get threads(): number {
    return this.options.threads;
  }

  run(task: T): Promise<R> {
    if (this.closed || this.options.signal?.aborted) return Promise.resolve(this.options.interrupted(task));
    return new Promise<R>((resolve) => {
      this.queue.push({ id: this.nextId++, task, resolve, big: false, spentMs: 0 });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.slots].map((slot) => this.end(slot)));
    for (const job of [...this.queue.splice(0), ...this.bigQueue.splice(0)]) job.resolve(this.options.interrupted(job.task));
  }

  private spawn(big: boolean, early: Worker | null = null): Slot<T, R> {
    const { budget, entry, module, cacheVariant } = this.options;
    const worker = early ?? startWorker(entry, module, big ? budget.retryHeapMb : budget.heapMb, cacheVariant);
    const slot: Slot<T, R> = { worker, big, jobs: [], started: false, startedAt: 0, ended: false };
    worker.on('message', (reply: Reply) => this.onReply(slot, reply));
    worker.on('error', (error: Error) => this.onCrash(slot, error));
    worker.on('exit', () => this.onCrash(slot, new Error('the worker thread stopped')));
    this.slots.add(slot);
    return slot;
  }

  /** Hands queued tasks to workers, starting workers as needed. */
  private dispatch(): void {
    if (this.closed) return;
    const normal = [...this.slots].filter((s) => !s.big);
    for (const slot of normal) this.feed(slot, this.queue, this.options.perWorker);
    while (this.queue.length > 0 && normal.length < this.options.threads) {
      const slot = this.spawn(false);
      normal.push(slot);
      this.feed(slot, this.queue, this.options.perWorker);
    }
    const big = [...this.slots].find((s) => s.big);
    if (this.bigQueue.length > 0) this.feed(big ?? this.spawn(true), this.bigQueue, 1);
    // The large heap is given back once nothing needs it.
    else if (big && big.jobs.length === 0) void this.end(big);
  }

  private feed(slot: Slot<T, R>, queue: Job<T, R>[], most: number): void {
    while (slot.jobs.length < most && queue.length > 0) {
      const job = queue.shift() as Job<T, R>;
      slot.jobs.push(job);
      slot.worker.postMessage({ id: job.id, task: job.task });
    }
  }

  private onReply(slot: Slot<T, R>, reply: Reply): void {
    const job = slot.jobs[0];
    if (slot.ended || !job || job.id !== reply.id) return;
    if (reply.started) {
      slot.started = true;
      slot.startedAt = performance.now();
      const { timeoutMs } = this.options.budget;
      if (timeoutMs > 0) slot.timer = setTimeout(() => this.onTimeout(slot), Math.max(1, timeoutMs - job.spentMs));
      return;
    }
    clearTimeout(slot.timer);
    slot.jobs.shift();
    slot.started = false;
    job.resolve(reply.error !== undefined ? this.options.failed(job.task, problem('internal', reply.error)) : (reply.result as R));
    this.dispatch();
  }

  private onTimeout(slot: Slot<T, R>): void {
    const job = slot.jobs.shift();
    slot.started = false;
    void this.end(slot);
    if (job) job.resolve(this.options.failed(job.task, problem('timeout', this.options.budget.timeoutMs / 1000)));
    this.dispatch();
  }

  private onCrash(slot: Slot<T, R>, error: Error): void {
    if (slot.ended) return;
    const running = slot.started ? slot.jobs.shift() : undefined;
    slot.started = false;
    const { budget, failed } = this.options;
    // A worker that died before it ran anything (it could not load): its tasks fail rather than loop.
    const orphans = running ? [] : slot.jobs.splice(0);
    void this.end(slot);
    for (const job of orphans) job.resolve(failed(job.task, problem('internal', error.message)));
    if (running) {
      const oom = (error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY';
      if (oom && !slot.big && budget.retryHeapMb > budget.heapMb) this.bigQueue.push({ ...running, big: true, spentMs: running.spentMs + performance.now() - slot.startedAt });
      else if (oom) running.resolve(failed(running.task, problem('memory', slot.big ? budget.retryHeapMb : budget.heapMb)));
      else running.resolve(failed(running.task, problem('internal', error.message)));
    }
    this.dispatch();
  }

  /** Terminates a worker; the tasks it was given and had not started go back to the front of their queue. */
  private async end(slot: Slot<T, R>): Promise<void> {
    if (slot.ended) return;
    slot.ended = true;
    clearTimeout(slot.timer);
    this.slots.delete(slot);
    (slot.big ? this.bigQueue : this.queue).unshift(...slot.jobs);
    slot.jobs = [];
    await slot.worker.terminate();
  }

  /** Ctrl-C: every task not done resolves as interrupted, and every worker is terminated. */
  private stopAll(): void {
    this.closed = true;
    const jobs = [...this.queue.splice(0), ...this.bigQueue.splice(0), ...[...this.slots].flatMap((s) => s.jobs)];
    for (const slot of [...this.slots]) {
      slot.jobs = [];
      void this.end(slot);
    }
    for (const job of jobs) job.resolve(this.options.interrupted(job.task));
  }
}
