/**
 * One file's trip: read and decode, rewrite, write atomically. Any failure becomes a fatal message on that file's
 * VFile and an `error` in its report; nothing is written for a failed file.
 */
import { relative, resolve } from 'node:path';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { rewrite, type RewriteOptions } from '../pipeline/rewrite.js';
import type { FileReport } from '../types.js';
import { FileError, readText, reason } from './read.js';
import { writeAtomic } from './write.js';

export interface FileResult {
  /** Diagnostics of the file (a fatal one when it failed). */
  file: VFile;
  report: FileReport;
  /** What the rewrite changed, in words. */
  changes: string[];
  warnings: string[];
}

export interface ProcessOptions extends RewriteOptions {
  /** Absolute output path, `-` for stdout (the caller prints `report.markdown`), or null to write nothing. */
  outputPath: string | null;
  cwd: string;
}

/** A report with nothing but the error. */
export function failedReport(path: string, error: string): FileReport {
  return {
    path, output: null, lang: '', focusKeyphrase: '', keyphrases: [], title: '', description: '', slug: '', markdown: '',
    score: { seo: 0, readability: 0 }, before: null, assessments: [], removed: [], error,
  };
}

/** The one-line reason of an error; unexpected errors keep their message but never a stack. */
export function errorLine(error: unknown): string {
  if (error instanceof FileError) return error.message;
  if (error instanceof Error && (error.name === 'InputError' || error.name === 'FrontMatterError')) return error.message;
  if ((error as NodeJS.ErrnoException | undefined)?.code) return reason(error);
  if (error instanceof Error) return `internal error: ${error.message}`;
  return String(error);
}

/** A failed file: the report and a fatal message naming the problem. */
export function failure(path: string, reason: string): FileResult {
  const file = new VFile({ path });
  const message = new VFileMessage(reason, { ruleId: 'read', source: 'seo-rewrite' });
  message.fatal = true;
  message.file = path;
  file.messages.push(message);
  return { file, report: failedReport(path, reason), changes: [], warnings: [] };
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
      path, output, lang: result.lang, focusKeyphrase: result.focusKeyphrase, keyphrases: result.keyphrases,
      title: result.title, description: result.description, slug: result.slug, markdown: result.markdown,
      score: result.score, before: result.before, assessments: result.assessments, removed: result.removed, error: null,
    },
    changes: result.changes,
    warnings: result.warnings,
  };
}

/** Reads, rewrites and writes one file. Never throws. */
export async function processFile(path: string, options: ProcessOptions): Promise<FileResult> {
  try {
    const absolute = resolve(options.cwd, path);
    if (options.outputPath && options.outputPath !== '-' && resolve(options.outputPath) === absolute) {
      throw new FileError('refusing to write the output over the input (choose another --output or --out-dir)');
    }
    const text = await readText(absolute);
    const format = options.format && options.format !== 'auto' ? options.format : /\.(md|markdown)$/i.test(path) ? 'markdown' : 'auto';
    const shown = options.outputPath && options.outputPath !== '-' ? displayPath(options.cwd, options.outputPath) : options.outputPath;
    const result = rewriteToResult(path, text, { ...options, format }, shown);
    if (options.outputPath && options.outputPath !== '-') await writeAtomic(options.outputPath, result.report.markdown);
    return result;
  } catch (error) {
    return failure(path, errorLine(error));
  }
}

function displayPath(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  return rel && !rel.startsWith('..') ? rel : absolute;
}
