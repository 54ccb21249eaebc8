/**
 * One article's result as the engine hands it on: the rewrite of text already read, as a VFile with its messages
 * and a report, and the one-line reason of an error (reading, writing and scheduling live in batch.ts and task.ts).
 */
import { VFile } from 'vfile';
import { rewrite, type RewriteOptions } from '../pipeline/rewrite.js';
import type { FileReport } from '../types.js';
import { FileError, systemReason } from './read.js';
import { problem, type Reason } from '../lang/problem.js';

export interface FileResult {
  /** Diagnostics of the file (a fatal one when it failed). */
  file: VFile;
  report: FileReport;
  /** What the rewrite changed, in words. */
  changes: string[];
  warnings: string[];
}

/** The one-line reason of an error; unexpected errors keep their message but never a stack. */
export function errorLine(error: unknown): Reason {
  if (error instanceof FileError) return error.reason;
  if (error instanceof Error && (error.name === 'InputError' || error.name === 'FrontMatterError' || error.name === 'MarkdownLimitError')) return (error as { reason?: Reason }).reason ?? error.message;
  if ((error as NodeJS.ErrnoException | undefined)?.code) return systemReason(error);
  if (error instanceof Error) return problem('internal', error.message);
  return String(error);
}

/** Rewrites a file already read into text (used by the batch workers and the JSONL stream too). */
export function rewriteToResult(path: string, text: string, options: RewriteOptions, output: string | null): FileResult {
  const result = rewrite(text, options);
  const file = new VFile({ path });
  for (const message of result.messages) {
    message.file = path;
    file.messages.push(message);
  }
  return {
    file,
    report: {
      path, output, lang: result.lang, focusKeyphrase: result.focusKeyphrase, ...(result.focusReason ? { focusReason: result.focusReason } : {}), keyphrases: result.keyphrases,
      title: result.title, ...(result.titles ? { titles: result.titles } : {}), description: result.description, slug: result.slug, markdown: result.markdown,
      score: result.score, before: result.before, assessments: result.assessments, removed: result.removed, changes: result.changes,
      ...(result.highlights ? { highlights: result.highlights } : {}), ...(result.original ? { original: result.original } : {}), error: null,
    },
    changes: result.changes,
    warnings: result.warnings,
  };
}
