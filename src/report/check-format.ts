/**
 * A `check` report written as the run goes: an opening, each file's text as soon as the file (and every file before
 * it) is done, a closing from the run's totals. Formats whose opening depends on the whole run (SARIF lists the
 * rules its results use before them, JUnit the test counts) are `deferred`: their files' text is kept aside (on
 * disk, see `engine/spool.ts`) and written after the opening. Either way the bytes are those of the whole-run
 * functions (`formatLint`, `formatSarif`…), which are this and `formatAll`.
 */
import { CheckTotals } from './check-totals.js';
import type { CheckedFile } from './lint.js';

/** A report format, one file at a time. One instance per run (it keeps what the closing needs). */
export interface CheckFormatter {
  /** True when the opening can only be written after the last file (it is written before their text still). */
  readonly deferred: boolean;
  /** The text before the files. */
  opening(): string;
  /** One file's text, in the run's order. */
  file(f: CheckedFile): string;
  /** The text after the files. */
  closing(totals: CheckTotals): string;
}

/** The whole report of `files` at once. */
export function formatAll(formatter: CheckFormatter, files: readonly CheckedFile[], minScore: number | undefined): string {
  const totals = new CheckTotals(minScore);
  const parts: string[] = [];
  if (!formatter.deferred) parts.push(formatter.opening());
  for (const f of files) {
    totals.add(f);
    parts.push(formatter.file(f));
  }
  if (formatter.deferred) parts.unshift(formatter.opening());
  parts.push(formatter.closing(totals));
  return parts.join('');
}
