/** The JSON report: one document for the whole run (names are a public contract). */
import { REPORT_SCHEMA_VERSION, type FileReport, type Report, type Summary } from '../types.js';
import { summarise } from './summary.js';

/** The tool's version for `tool.version`, and the `--min-score` threshold for the summary. */
export interface JsonOptions {
  version: string;
  minScore?: number;
}

/** The report object: the tool, every file's report, the summary. */
export function buildReport(files: readonly FileReport[], options: JsonOptions): Report {
  return { schemaVersion: REPORT_SCHEMA_VERSION, tool: { name: 'seo-rewrite', version: options.version }, files: [...files], summary: summarise(files, options.minScore) };
}

/** Pure: the JSON text of the report (2-space indent, trailing newline). */
export function formatJson(files: readonly FileReport[], options: JsonOptions): string {
  return `${JSON.stringify(buildReport(files, options), null, 2)}\n`;
}

/** A value as `JSON.stringify(…, null, 2)` prints it when nested `depth` levels deep. */
function nested(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);
}

/**
 * The same document as `formatJson`, produced piece by piece so that a run of any size holds no report in memory:
 * write `begin()`, then `file(report)` for each file as it completes, then `end(summary)`. The concatenation is
 * byte for byte what `formatJson` prints for the same reports (plus `summary.skipped` when given).
 */
export class JsonReportWriter {
  readonly #version: string;
  #count = 0;

  constructor(options: Pick<JsonOptions, 'version'>) {
    this.#version = options.version;
  }

  /** The opening: the tool and the start of `files`. */
  begin(): string {
    return `{\n  "schemaVersion": ${REPORT_SCHEMA_VERSION},\n  "tool": ${nested({ name: 'seo-rewrite', version: this.#version }, 1)},\n  "files": [`;
  }

  /** One entry of `files`. */
  file(report: FileReport): string {
    const separator = this.#count === 0 ? '\n    ' : ',\n    ';
    this.#count += 1;
    return `${separator}${nested(report, 2)}`;
  }

  /**
   * The closing: the end of `files` and the summary (`skipped` is added after the usual fields when given), and the
   * site-level findings of a folder when given.
   */
  end(summary: Summary, skipped?: number, site?: object): string {
    const value = skipped === undefined ? summary : { ...summary, skipped };
    const extra = site === undefined ? '' : `,\n  "site": ${nested(site, 1)}`;
    return `${this.#count === 0 ? ']' : '\n  ]'},\n  "summary": ${nested(value, 1)}${extra}\n}\n`;
  }
}
