/**
 * `--report html [FILE]`: the option's values, apart from the HTML report's writer (`html-report.ts`), which a run
 * loads only when the option is given.
 */
import { resolve } from 'node:path';
import { DEFAULT_REPORT_FILE } from '../report/html/default-file.js';

/** The report file of `--report html [FILE]`, or the usage error. */
export function reportFile(values: readonly string[] | undefined, cwd: string): { file?: string; error?: string } {
  if (!values || values.length === 0) return {};
  const [format, file, ...rest] = values;
  if (format !== 'html') return { error: `--report: expected html, got ${JSON.stringify(format)}` };
  if (rest.length > 0) return { error: '--report takes html and at most one FILE: put the inputs before --report, or end it with --' };
  return { file: resolve(cwd, file ?? DEFAULT_REPORT_FILE) };
}
