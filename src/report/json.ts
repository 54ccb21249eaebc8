/** The JSON report: one document for the whole run (names are a public contract). */
import type { FileReport, Report } from '../types.js';
import { summarise } from './summary.js';

export interface JsonOptions {
  version: string;
  minScore?: number;
}

export function buildReport(files: readonly FileReport[], options: JsonOptions): Report {
  return { tool: { name: 'seo-rewrite', version: options.version }, files: [...files], summary: summarise(files, options.minScore) };
}

/** Pure: the JSON text of the report (2-space indent, trailing newline). */
export function formatJson(files: readonly FileReport[], options: JsonOptions): string {
  return `${JSON.stringify(buildReport(files, options), null, 2)}\n`;
}
