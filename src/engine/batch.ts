/** Runs the per-file pipeline over a set of discovered files, yielding results in input order. */
import type { RewriteOptions } from '../pipeline/rewrite.js';
import type { Discovered } from './discover.js';
import { outputPathFor, type OutputPlan } from './outputs.js';
import { failure, processFile, type FileResult } from './process.js';

export interface BatchOptions extends OutputPlan {
  rewrite: RewriteOptions;
  /** Write nothing. */
  dryRun: boolean;
}

/** Processes files one after another (a failed file is yielded as a failure, the rest go on). */
export async function* processAll(entries: readonly Discovered[], options: BatchOptions): AsyncGenerator<FileResult> {
  for (const entry of entries) {
    if (entry.error) {
      yield failure(entry.path, entry.error);
      continue;
    }
    const target = outputPathFor(entry.path, entry.root, options);
    yield await processFile(entry.path, {
      ...options.rewrite,
      cwd: options.cwd,
      outputPath: options.dryRun && target !== '-' ? null : target,
    });
  }
}
