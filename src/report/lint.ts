/**
 * The `check` report for people, in the manner of ESLint's stylish: per file its messages as
 * `line:col  severity  message  rule-id`, then its scores; a summary line last. Pure: results and a chalk instance
 * in, text out. Also the shared input type and helpers of the check reporters (sarif, github, junit).
 */
import type { Problem } from '../lang/problem.js';
import type { ChalkInstance } from 'chalk';
import { escapeControl } from './escape.js';
import type { VFileMessage } from 'vfile-message';
import type { FileReport } from '../types.js';
import type { LinkSuggestion } from '../site/suggest.js';
import { belowMinScore } from './summary.js';
import { terminalWordsFor } from './terminal-words.js';
import { formatAll, type CheckFormatter } from './check-format.js';
import { CheckTotals } from './check-totals.js';

/** One checked file as the reporters see it. */
export interface CheckedFile {
  report: FileReport;
  /** Sorted by place. */
  messages: readonly VFileMessage[];
  /** `io`: the file could not be read; `content`: it could not be assessed (e.g. invalid front matter). */
  failure: 'io' | 'content' | null;
  /** No article text to assess (front matter only, empty): not scored. */
  skipped: boolean;
  /** Related articles of the site to link to (`check --suggest-links`). */
  suggestions?: readonly LinkSuggestion[];
  /** A failed file's reason as data, for its line on stderr in the run's language. */
  problem?: Problem;
}

/** What a message counts as: `error` (fatal), `warning`, or `info` (a note for the writer). */
export type Level = 'error' | 'warning' | 'info';

/** The level of a message from its three-state `fatal`. */
export function levelOf(message: VFileMessage): Level {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info';
}

/** A message's reason with its fix hint (`note`: the passive verb, where to split), as the text reporters show it. */
export function reasonWithNote(message: Pick<VFileMessage, 'reason' | 'note'>): string {
  return message.note ? `${message.reason} — ${message.note}` : message.reason;
}

/** True when the file was scored and is under `minScore` (SEO or readability). */
export function underMinScore(file: CheckedFile, minScore: number | undefined): boolean {
  return !file.skipped && file.failure === null && belowMinScore(file.report, minScore);
}

/**
 * `Unexpected SEO score 42, expected at least --min-score 70` (and readability), for the reporters that show
 * min-score failures; in the file's language unless `locale`.
 */
export function minScoreReason(report: FileReport, minScore: number, locale?: string): string {
  const { seo, readability } = report.score;
  return terminalWordsFor(report.lang, locale).minScoreReason(seo < minScore ? seo : undefined, readability < minScore ? readability : undefined, minScore);
}

/**
 * The summary of a run in words: problems, files, min-score failures, mean scores. Used by several reporters; in
 * `locale`, else the language most files are in.
 */
export function summaryText(files: readonly CheckedFile[], minScore: number | undefined, locale?: string): string {
  return CheckTotals.of(files, minScore).text(locale);
}

/** Options of the lint listing. */
export interface LintOptions {
  chalk: ChalkInstance;
  minScore?: number;
  /** Errors only: files without errors are left out, warnings and notes too. */
  quiet?: boolean;
  /** Language of the report's words (`--locale`); each file's language when absent. */
  locale?: string;
}

function scoreText(c: ChalkInstance, n: number, minScore: number | undefined): string {
  const text = String(n);
  if (minScore !== undefined && n < minScore) return c.red.bold(text);
  return n > 70 ? c.green(text) : n > 40 ? c.yellow(text) : c.red(text);
}

function paintLevel(c: ChalkInstance, level: Level, text: string): string {
  return level === 'error' ? c.red(text) : level === 'warning' ? c.yellow(text) : c.blue(text);
}

function fileLines(f: CheckedFile, o: LintOptions): string[] {
  const c = o.chalk;
  const messages = o.quiet ? f.messages.filter((m) => m.fatal === true) : f.messages;
  const under = underMinScore(f, o.minScore);
  if (o.quiet && messages.length === 0 && !under) return [];
  const lines = [c.underline(escapeControl(f.report.path))];
  const rows = messages.map((m) => ({ at: m.line ? `${m.line}:${m.column ?? 1}` : '0:0', level: levelOf(m), reason: escapeControl(reasonWithNote(m)), rule: m.ruleId ?? '' }));
  const atWidth = Math.max(0, ...rows.map((r) => r.at.length));
  const reasonWidth = Math.max(0, ...rows.map((r) => r.reason.length));
  for (const r of rows) {
    lines.push(`  ${c.dim(r.at.padEnd(atWidth))}  ${paintLevel(c, r.level, r.level.padEnd(7))}  ${r.reason.padEnd(reasonWidth)}  ${c.dim(r.rule)}`.trimEnd());
  }
  if (f.skipped) return lines;
  if (f.failure === null) {
    const s = f.report.score;
    const t = terminalWordsFor(f.report.lang, o.locale);
    const tail = under && o.minScore !== undefined ? `  ${c.red(t.under(o.minScore))}` : '';
    lines.push(`  ${c.dim(t.labels.score)}  ${t.labels.seo} ${scoreText(c, s.seo, o.minScore)} · ${t.labels.readability} ${scoreText(c, s.readability, o.minScore)}${c.dim(` · ${f.report.lang} · ${t.keyphrase(escapeControl(f.report.focusKeyphrase))}`)}${tail}`);
  }
  return lines;
}

/** The listing, a file at a time: one block per file, then the summary line. */
export class LintFormatter implements CheckFormatter {
  readonly deferred = false;
  readonly #options: LintOptions;

  constructor(options: LintOptions) {
    this.#options = options;
  }

  opening(): string {
    return '';
  }

  file(f: CheckedFile): string {
    const lines = fileLines(f, this.#options);
    return lines.length > 0 ? `${lines.join('\n')}\n\n` : '';
  }

  closing(totals: CheckTotals): string {
    const c = this.#options.chalk;
    const mark = totals.failing ? c.red.bold('✖') : totals.counts.warning > 0 ? c.yellow.bold('⚠') : c.green.bold('✔');
    return `${mark} ${totals.text(this.#options.locale)}\n`;
  }
}

/** The listing: one block per file, then the summary line. */
export function formatLint(files: readonly CheckedFile[], options: LintOptions): string {
  return formatAll(new LintFormatter(options), files, options.minScore);
}
