/**
 * What a batch task hands back across a worker-thread boundary, and how it becomes a FileResult again. Kept free of
 * the pipeline's imports so that the main thread of a pooled run never loads the pipeline.
 */
import { VFile } from 'vfile';
import { VFileMessage, type Options } from 'vfile-message';
import type { FileReport } from '../types.js';
import type { FileResult } from './process.js';
import type { SiteSummary } from '../site/types.js';
import { englishReason, problem, problemOf, type Problem, type Reason } from '../lang/problem.js';

/** A point or position in the source (as vfile-message types it). */
type Place = NonNullable<Options['place']>;

/** A VFileMessage as plain data (structured-clone safe). */
export interface PlainMessage {
  reason: string;
  place?: Place;
  ruleId?: string;
  source?: string;
  /** `true` error, `false` warning, `null`/absent info (VFileMessage's three states). */
  fatal?: boolean | null;
  actual?: string;
  expected?: string[];
  note?: string;
  url?: string;
}

/**
 * `done`: rewritten (and written); `failed`: see `report.error`; `skipped`: output already up to date (--resume),
 * or, with a `note`, nothing to rewrite (no article text).
 */
export type TaskStatus = 'done' | 'failed' | 'skipped';

/** The structured-clone-safe outcome of one task. */
export interface TaskResult {
  status: TaskStatus;
  report: FileReport;
  messages: PlainMessage[];
  changes: string[];
  warnings: string[];
  /** sha256 (hex) of the decoded input text; null when it was not read. */
  sourceHash: string | null;
  /** With `--check`: the output differs from the file on disk (or there is none yet). */
  wouldChange?: boolean;
  /** Why a `skipped` file was left alone when it was not up to date: it has no article text. */
  note?: string;
  /** With `--diff`: the unified diff from the file on disk to the output (empty when it would not change). */
  diff?: string;
  /** Set when the run was interrupted before the task ran (or while it ran): nothing was done for it. */
  interrupted?: true;
  /** The output's site summary, when the task asked for it (`--jsonl`). */
  site?: SiteSummary;
  /** A failed task's reason as data (`report.error` is its English), to be said in the run's language. */
  problem?: Problem;
}

/** A FileResult as the batch yields it: with its status and the input's hash (for the resume manifest). */
export interface BatchResult extends FileResult {
  status: TaskStatus;
  sourceHash: string | null;
  wouldChange?: boolean;
  /** See TaskResult.note. */
  note?: string;
  /** See TaskResult.diff. */
  diff?: string;
  /** See TaskResult.site. */
  site?: SiteSummary;
  /** See TaskResult.problem. */
  problem?: Problem;
}

/** Plain data of a message. */
export function toPlainMessage(message: VFileMessage): PlainMessage {
  const plain: PlainMessage = { reason: message.reason };
  if (message.place) plain.place = structuredClone(message.place);
  if (message.ruleId) plain.ruleId = message.ruleId;
  if (message.source) plain.source = message.source;
  if (message.fatal !== undefined) plain.fatal = message.fatal;
  if (message.actual !== undefined) plain.actual = message.actual;
  if (message.expected !== undefined) plain.expected = [...message.expected];
  if (message.note !== undefined) plain.note = message.note;
  if (message.url !== undefined) plain.url = message.url;
  return plain;
}

/** The message again, attached to `path` (without a stack: it would point here, not at the rule that spoke). */
export function fromPlainMessage(plain: PlainMessage, path: string): VFileMessage {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let message: VFileMessage;
  try {
    message = new VFileMessage(plain.reason, { place: plain.place, ruleId: plain.ruleId, source: plain.source });
  } finally {
    Error.stackTraceLimit = limit;
  }
  message.file = path;
  if (plain.fatal !== undefined) message.fatal = plain.fatal;
  message.actual = plain.actual;
  message.expected = plain.expected;
  message.note = plain.note;
  message.url = plain.url;
  return message;
}

/** A report with nothing but the path, the output and the error. */
export function emptyReport(path: string, output: string | null, error: string | null): FileReport {
  return {
    path, output, lang: '', focusKeyphrase: '', keyphrases: [], title: '', description: '', slug: '', markdown: '',
    score: { seo: 0, readability: 0 }, before: null, assessments: [], removed: [], changes: [], error,
  };
}

/** A failed task: the report carries the reason, the one message is fatal. */
export function failedTask(path: string, why: Reason): TaskResult {
  const reason = englishReason(why);
  const problem = problemOf(why);
  return {
    status: 'failed',
    report: emptyReport(path, null, reason),
    messages: [{ reason, ruleId: 'read', source: 'seo-rewrite', fatal: true }],
    changes: [],
    warnings: [],
    sourceHash: null,
    ...(problem ? { problem } : {}),
  };
}

/** The result of a task the run was interrupted before (or while) doing: failed, and marked so that it is dropped. */
export function interruptedTask(path: string): TaskResult {
  return { ...failedTask(path, problem('interrupted')), interrupted: true };
}

/** Rebuilds the VFile of a task's result. */
export function toBatchResult(task: TaskResult): BatchResult {
  const path = task.report.path;
  const file = new VFile({ path });
  for (const plain of task.messages) file.messages.push(fromPlainMessage(plain, path));
  return {
    file, report: task.report, changes: task.changes, warnings: task.warnings, status: task.status, sourceHash: task.sourceHash,
    ...(task.wouldChange === undefined ? {} : { wouldChange: task.wouldChange }),
    ...(task.note === undefined ? {} : { note: task.note }),
    ...(task.diff === undefined ? {} : { diff: task.diff }),
    ...(task.site === undefined ? {} : { site: task.site }),
    ...(task.problem === undefined ? {} : { problem: task.problem }),
  };
}
