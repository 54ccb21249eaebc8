/**
 * The `check` report as JSON: the rewrite command's JSON report (skipped files left out), each file with its
 * messages flattened (`CheckMessage`). Pure: results in, text out.
 */
import type { CheckFileReport, CheckMessage, CheckReport } from '../types.js';
import { buildReport, JsonReportWriter } from './json.js';
import { formatAll, type CheckFormatter } from './check-format.js';
import type { CheckTotals } from './check-totals.js';
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

/** One file's entry of the JSON report: its report, its messages flattened, its suggested links. */
export function checkFileEntry(f: CheckedFile): CheckFileReport {
  const links = f.suggestions;
  return { ...f.report, messages: f.messages.map(flatten), ...(links ? { suggestedLinks: links.map((s) => ({ ...s, shared: [...s.shared] })) } : {}) };
}

/** The check JSON document as an object (what the library's `check()` returns). */
export function buildCheckReport(files: readonly CheckedFile[], options: CheckJsonOptions): CheckReport {
  const shown = files.filter((f) => !f.skipped);
  const report = buildReport(shown.map((f) => f.report), { version: options.version, minScore: options.minScore });
  return { ...report, files: shown.map(checkFileEntry) };
}

/** The check JSON document a file at a time (skipped files left out), as `JsonReportWriter` writes it. */
export class CheckJsonFormatter implements CheckFormatter {
  readonly deferred = false;
  readonly #writer: JsonReportWriter;

  constructor(options: CheckJsonOptions) {
    this.#writer = new JsonReportWriter({ version: options.version });
  }

  opening(): string {
    return this.#writer.begin();
  }

  file(f: CheckedFile): string {
    return f.skipped ? '' : this.#writer.file(checkFileEntry(f));
  }

  closing(totals: CheckTotals): string {
    return this.#writer.end(totals.summary());
  }
}

/** The check JSON document, pretty-printed, with a final newline. */
export function formatCheckJson(files: readonly CheckedFile[], options: CheckJsonOptions): string {
  return formatAll(new CheckJsonFormatter(options), files, options.minScore);
}
