/**
 * The JSON Lines stream, the contract for running on a distributed engine (GNU parallel, Hadoop Streaming, Spark
 * `RDD.pipe`): records `{"id", "text", "lang"?, "keyphrase"?}` in, one JSON result per record out, in input
 * order, with a bounded number of records in memory. A bad record yields `{"id", "error"}` and the stream goes
 * on. Blank lines are not records and yield nothing.
 */
import { problem, type Reason } from '../lang/problem.js';
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { createInterface } from 'node:readline';
import type { RewriteOptions } from '../pipeline/rewrite.js';
import type { FileReport } from '../types.js';
import { ordered } from './ordered.js';
import { jobsFor } from './jobs.js';
import { createRunner } from './pool.js';
import { failedTask, type TaskResult } from './result.js';

/** A record's id as given (string or number); null when the line had none. */
export type RecordId = string | number | null;

/** How the stream rewrites records and reports on them. */
export interface JsonlOptions {
  rewrite: RewriteOptions;
  /** Records processed in parallel (default: the number of cores); 1 runs in the main thread. */
  jobs?: number;
  /** Seconds a record may take (`--file-timeout`; 0: no limit). */
  fileTimeout?: number;
  /** Called for each record that failed, with its 1-based line number (for a diagnostic on stderr). */
  onError?: (line: number, id: RecordId, reason: Reason) => void;
  /** Called for each record that went through (for totals). */
  onReport?: (report: FileReport) => void;
  signal?: AbortSignal;
}

/** Counts of a finished stream. */
export interface JsonlTotals {
  records: number;
  failed: number;
}

interface Line {
  number: number;
  text: string;
}

interface Parsed {
  id: RecordId;
  text?: string;
  lang?: string;
  keyphrase?: string;
  error?: Reason;
}

function parseRecord(line: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { id: null, error: problem('invalidJson', error instanceof Error ? error.message : String(error)) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { id: null, error: problem('notObject') };
  const record = value as Record<string, unknown>;
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? record.id : null;
  if (id === null) return { id, error: problem('missingId') };
  if (typeof record.text !== 'string') return { id, error: problem('missingText') };
  if (record.text.trim() === '') return { id, error: problem('emptyText') };
  for (const field of ['lang', 'keyphrase'] as const) {
    if (record[field] !== undefined && record[field] !== null && typeof record[field] !== 'string') return { id, error: problem('notString', field) };
  }
  if (typeof record.lang === 'string' && record.lang !== '' && !/^[a-z]{2,3}$/.test(record.lang)) return { id, error: problem('badLang') };
  const out: Parsed = { id, text: record.text };
  if (typeof record.lang === 'string' && record.lang !== '') out.lang = record.lang;
  if (typeof record.keyphrase === 'string' && record.keyphrase.trim() !== '') out.keyphrase = record.keyphrase;
  return out;
}

async function* records(input: Readable): AsyncGenerator<Line> {
  const reader = createInterface({ input, crlfDelay: Infinity });
  let number = 0;
  for await (const raw of reader) {
    number += 1;
    const text = number === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (text.trim() !== '') yield { number, text };
  }
}

/** The output line of one record. */
export function resultLine(id: RecordId, result: TaskResult): string {
  if (result.report.error !== null) return `${JSON.stringify({ id, error: result.report.error })}\n`;
  return `${JSON.stringify({ id, ...result.report, ...(result.site ? { site: result.site } : {}) })}\n`;
}

/** Reads records from `input` and writes one result line per record to `output`, in order. */
export async function runJsonl(input: Readable, output: Writable, options: JsonlOptions): Promise<JsonlTotals> {
  const runner = await createRunner(jobsFor(options.jobs), Number.POSITIVE_INFINITY, options.signal, options.fileTimeout);
  const totals: JsonlTotals = { records: 0, failed: 0 };
  const start = async (line: Line): Promise<{ line: Line; id: RecordId; result: TaskResult }> => {
    const record = parseRecord(line.text);
    if (record.error !== undefined || record.text === undefined) {
      return { line, id: record.id, result: failedTask(String(record.id), record.error ?? problem('missingText')) };
    }
    const rewrite: RewriteOptions = { ...options.rewrite };
    if (record.lang !== undefined) rewrite.lang = record.lang;
    if (record.keyphrase !== undefined) rewrite.keyphrase = record.keyphrase;
    const result = await runner.run({ path: String(record.id), text: record.text, rewrite, output: null, site: true });
    // A record is an article to rewrite: one without article text is an error, not a page to leave alone.
    if (result.status === 'skipped') return { line, id: record.id, result: failedTask(String(record.id), problem('noArticleText')) };
    return { line, id: record.id, result };
  };
  try {
    const window = runner.threads * 4;
    for await (const { line, id, result } of ordered(records(input), start, { window, signal: options.signal })) {
      if (result.interrupted) continue;
      totals.records += 1;
      if (result.report.error !== null) {
        totals.failed += 1;
        options.onError?.(line.number, id, result.problem ?? result.report.error);
      } else {
        options.onReport?.(result.report);
      }
      if (!output.write(resultLine(id, result))) await once(output, 'drain');
    }
  } finally {
    await runner.close();
  }
  return totals;
}
