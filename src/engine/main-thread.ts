/**
 * Work on the main thread that Ctrl-C can stop between two files: only when the workers are not built (tests run
 * from the sources), since every file otherwise runs in a bounded worker (`bounded.ts`). The main thread's signal
 * listeners run only when the event loop reaches its poll phase; tasks started back to back (even each behind its
 * own `setImmediate`, which all run in one check phase) never let it get there, so a `--jobs 1` run used to finish
 * every file and exit 0. Here tasks run one at a time, each on a later turn of the event loop than the one before,
 * and none starts once the run's signal is aborted.
 */

/** Resolves on a later turn of the event loop, after I/O callbacks and signal listeners have had their turn. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Runs `work` on the main thread for each task, one at a time in the order given, each after a turn of the event
 * loop; once `signal` is aborted, `stopped` gives the task's result instead of `work`.
 */
export function serialRunner<T, R>(work: (task: T) => R, stopped: (task: T) => R, signal?: AbortSignal): (task: T) => Promise<R> {
  let previous: Promise<unknown> = Promise.resolve();
  return (task) => {
    const result = previous.then(nextTurn).then(() => (signal?.aborted ? stopped(task) : work(task)));
    previous = result.catch(() => undefined);
    return result;
  };
}
