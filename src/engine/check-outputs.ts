/**
 * `check` writes two files at most, the report (`--output-file`) and the cache (`--cache-location`), and never a
 * file it checks: either pointing at a checked file (directly or through a symbolic link) is a usage error, found
 * before anything is written.
 */
import { resolve } from 'node:path';
import { identity } from './same-file.js';
import { problem, type Reason } from '../lang/problem.js';

/** The outputs of a `check` run. */
export interface CheckOutputs {
  cwd: string;
  /** `--output-file` as given (`-` and `/dev/stdout` are the standard output). */
  outputFile?: string;
  /** The cache file's absolute path, when `--cache` is on. */
  cache?: string;
}

/** The usage error when an output of the run is one of the checked files (or both outputs are one file); else null. */
export function writtenInput(inputs: readonly string[], outputs: CheckOutputs): Reason | null {
  const checked = new Map(inputs.map((path) => [identity(resolve(outputs.cwd, path)), path]));
  const report = outputs.outputFile && outputs.outputFile !== '-' && outputs.outputFile !== '/dev/stdout' ? identity(resolve(outputs.cwd, outputs.outputFile)) : null;
  const cache = outputs.cache ? identity(outputs.cache) : null;
  for (const [flag, at] of [['--output-file', report], ['--cache-location', cache]] as const) {
    const input = at === null ? undefined : checked.get(at);
    if (input !== undefined) return problem('outputsInput', flag, input);
  }
  if (report !== null && report === cache) return problem('outputsSame');
  return null;
}
