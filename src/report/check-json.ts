/**
 * The `check` report as JSON: the rewrite command's JSON report (skipped files left out), each file with its
 * messages flattened (`CheckMessage`). Pure: results in, text out.
 */
import type { CheckFileReport, CheckMessage, CheckReport } from '../types.js';
import { buildReport } from './json.js';
import { levelOf, type CheckedFile } from './lint.js';

/** Options of the check JSON report. */
export interface CheckJsonOptions {
  version: string;
  minScore?: number;
}

function flatten(m: CheckedFile['messages'][number]): CheckMessage {
  return {
    ruleId: m.ruleId ?? null,
    severity: levelOf(m),
    line: m.line ?? null,
    column: m.column ?? null,
    endLine: m.place && 'end' in m.place ? m.place.end.line : null,
    endColumn: m.place && 'end' in m.place ? m.place.end.column : null,
    message: m.reason,
    actual: m.actual ?? null,
    expected: m.expected ?? null,
    ...(m.note ? { note: m.note } : {}),
  };
}

/** The check JSON document as an object (what the library's `check()` returns). */
export function buildCheckReport(files: readonly CheckedFile[], options: CheckJsonOptions): CheckReport {
  const shown = files.filter((f) => !f.skipped);
  const report = buildReport(shown.map((f) => f.report), { version: options.version, minScore: options.minScore });
  return {
    ...report,
    files: report.files.map((r, i): CheckFileReport => {
      const links = shown[i]?.suggestions;
      return { ...r, messages: (shown[i]?.messages ?? []).map(flatten), ...(links ? { suggestedLinks: links.map((s) => ({ ...s, shared: [...s.shared] })) } : {}) };
    }),
  };
}

/** The check JSON document, pretty-printed, with a final newline. */
export function formatCheckJson(files: readonly CheckedFile[], options: CheckJsonOptions): string {
  return `${JSON.stringify(buildCheckReport(files, options), null, 2)}\n`;
}
