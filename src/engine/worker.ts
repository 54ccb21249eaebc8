/**
 * The worker-thread module: one task in, one structured-clone-safe result out. The pool loads it through
 * `bounded-entry.cjs` (see there why).
 */
import type { TaskResult } from './result.js';
import { runTask, type Task } from './task.js';

/** Runs one batch task in this worker. */
export default function work(task: Task): TaskResult {
  return runTask(task);
}
