/**
 * `--report html [FILE]` for the rewrite and for `check`: the option's values, and the HTML report written from the
 * results the command already has (the JSON report's entries; for `check`, the file's own text is shown).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { HIGHLIGHT_RULES } from '../report/html/article.js';
import { HtmlReportWriter } from '../report/html/write.js';
import { levelOf, reasonWithNote, type CheckedFile } from '../report/lint.js';

export { reportFile } from './report-option.js';

/** The writer for a run of `count` files (an index and pages when there are several). */
export function htmlWriter(file: string, count: number, options: { locale?: string; version: string }): HtmlReportWriter {
  return new HtmlReportWriter(file, { folder: count > 1, ...(options.locale ? { locale: options.locale } : {}), version: options.version });
}

/** Adds one checked file to the HTML report (its page shows the file's own text, read again). */
export function addCheckHtml(writer: HtmlReportWriter, f: CheckedFile, cwd: string): void {
  const highlighted = new Set<string>(HIGHLIGHT_RULES);
  const status = f.failure !== null ? 'failed' : f.skipped ? 'skipped' : 'ok';
  let text = '';
  if (status === 'ok') {
    try {
      text = readFileSync(resolve(cwd, f.report.path), 'utf8');
    } catch {
      text = '';
    }
  }
  // The highlights carry the sentence notes; the other messages are listed as they are.
  const notes = f.messages.filter((m) => !(levelOf(m) === 'info' && highlighted.has(m.ruleId ?? ''))).map((m) => ({ ruleId: m.ruleId ?? '', text: reasonWithNote(m) }));
  writer.add(f.report, status, { text, plain: /\.txt$/iu.test(f.report.path), notes });
}

/** Writes the HTML report of a `check` run; the files written. */
export function writeCheckHtml(files: readonly CheckedFile[], file: string, options: { cwd: string; locale?: string; version: string }): string[] {
  const writer = htmlWriter(file, files.length, options);
  for (const f of files) addCheckHtml(writer, f, options.cwd);
  return writer.end();
}
