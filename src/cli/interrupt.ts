/**
 * SIGINT and SIGTERM during a batch: the first one stops new work (the files in flight are finished and
 * reported, so nothing is left half-written and `--resume` can finish the job); a second one is not caught, so it
 * ends the process at once.
 */

/** Exit code of a run stopped by SIGINT or SIGTERM (128 + SIGINT), after finishing the work in flight. */
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
