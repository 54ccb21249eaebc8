/**
 * SIGINT and SIGTERM during a batch: the first one stops the run within a second: no new file is started, nothing
 * more is written, files in flight are dropped (finished outputs stay whole, so `--resume` can finish the job), and
 * the exit code is 130. The listener runs between two files even when the main thread does the work (see
 * `engine/main-thread.ts`). A second signal is not caught, so it ends the process at once.
 */
import { setMaxListeners } from 'node:events';

/** Exit code of a run stopped by SIGINT or SIGTERM (128 + SIGINT). */
export const EXIT_INTERRUPTED = 130;

/** The abort signal of a run and how to stop listening. */
export interface Interruptions {
  /** Aborted on the first SIGINT or SIGTERM. */
  signal: AbortSignal;
  /** Stops listening (call at the end of the run). */
  dispose(): void;
}

/** Listens for SIGINT and SIGTERM until `dispose`. */
export function interruptions(): Interruptions {
  const controller = new AbortController();
  // Every task in flight listens (the worker pool and the ordered window): far more than the default warning threshold of 10.
  setMaxListeners(0, controller.signal);
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const onSignal = (): void => {
    controller.abort();
    for (const name of signals) process.removeListener(name, onSignal);
  };
  for (const name of signals) process.once(name, onSignal);
  return {
    signal: controller.signal,
    dispose: () => {
      for (const name of signals) process.removeListener(name, onSignal);
    },
  };
}
