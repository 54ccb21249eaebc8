/**
 * One unit of batch work, the same function whether it runs in a worker thread or in the main thread (so results
 * do not depend on `--jobs`): rewrite one text already read, into a structured-clone-safe result. Pure CPU on
 * purpose: reading and writing stay with the batch in the main thread, whose event loop is free to move each
 * file's I/O along, where a busy worker would hold its own file's I/O callbacks back until its next article is
 * done (measured: about 15% slower on 1,000 files). Never throws: a failure is a `failed` result with the reason.
 */
import type { RewriteOptions } from '../pipeline/rewrite.js';
import { NoArticleText } from '../pipeline/errors.js';
import { errorLine, rewriteToResult } from './process.js';
import { defaultFrontMatterFields } from '../document/front-matter.js';
import { summariseOutput } from '../site/of-output.js';
import { emptyReport, failedTask, toPlainMessage, type TaskResult } from './result.js';

/** Rewrite one text: a file's content, or a JSONL record's. Structured-clone safe (it crosses into a worker). */
export interface Task {
  /** The name in the report: the input path as shown, or a record's id. */
  path: string;
  text: string;
  rewrite: RewriteOptions;
  /** The output path as shown in the report (null: none, `-`: stdout). */
  output: string | null;
  /** Add the site summary of the output (for the site-level checks of `--jsonl` records). */
  site?: boolean;
}

function noTextTask(path: string): TaskResult {
  return { status: 'skipped', report: emptyReport(path, null, null), messages: [], changes: [], warnings: [], sourceHash: null };
}

/** Runs one task. Never throws. */
export function runTask(task: Task): TaskResult {
  try {
    const result = rewriteToResult(task.path, task.text, task.rewrite, task.output);
    return {
      status: 'done',
      report: result.report,
      messages: result.file.messages.map(toPlainMessage),
      changes: result.changes,
      warnings: result.warnings,
      sourceHash: null,
      ...(task.site ? { site: summariseOutput(result.report, task.rewrite.frontMatterFields ?? defaultFrontMatterFields) } : {}),
    };
  } catch (error) {
    // A page with nothing to rewrite (Hugo's `_index.md`, shortcodes only) is left as it is, not failed.
    if (error instanceof NoArticleText) return { ...noTextTask(task.path), note: error.message };
    return failedTask(task.path, errorLine(error));
  }
}
