/**
 * How many threads a run may use: `--jobs` when given, capped at a few per core (`-j 1000` used to start a
 * thousand threads, each with its own heap and a copy of the compiled pipeline); the cores otherwise.
 */
import { availableParallelism } from 'node:os';

/** Threads per core at most: beyond this, more threads only add memory and start-up time. */
export const JOBS_PER_CORE = 4;

/** The cores this process may use (at least 1). */
export function cores(): number {
  return Math.max(1, availableParallelism());
}

/** `--jobs` capped at JOBS_PER_CORE times the cores; the cores when not given. */
export function jobsFor(requested: number | undefined): number {
  return requested === undefined ? cores() : Math.min(requested, JOBS_PER_CORE * cores());
}
