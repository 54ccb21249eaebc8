/**
 * `--report html [FILE]`: the option's values, apart from the HTML report's writer (`html-report.ts`), which a run
 * loads only when the option is given.
 */
import { resolve } from 'node:path';
import { DEFAULT_REPORT_FILE } from '../report/html/default-file.js';
import { problem, type Reason } from '../lang/problem.js';

/** The report file of `--report html [FILE]`, or the usage error. */
export function reportFile(values: readonly string[] | undefined, cwd: string): { file?: string; error?: Reason } {
  if (!values || values.length === 0) return {};
  const [format, file, ...rest] = values;
  if (format !== 'html') return { error: problem('reportFormat', JSON.stringify(format)) };
  if (rest.length > 0) return { error: problem('reportArgs') };
  return { file: resolve(cwd, file ?? DEFAULT_REPORT_FILE) };
}
