/**
 * The totals of a `check` run, kept as running counts: what the summary line, the JSON summary and the exit code
 * need, so that a streamed report holds nothing per file. Add each file as it is reported; read the totals at the
 * end. Gives exactly what the list-based helpers (`summaryText`, `summarise`) compute.
 */
import type { Summary } from '../types.js';
import { levelOf, underMinScore, type CheckedFile, type Level } from './lint.js';
import { RunningSummary } from './running-summary.js';
import { mostCounted, terminalWordsFor, type TerminalWords } from './terminal-words.js';

/** Running totals of a `check` run. */
export class CheckTotals {
  /** Messages by level. */
  readonly counts: Record<Level, number> = { error: 0, warning: 0, info: 0 };
  files = 0;
  skipped = 0;
  /** Files that failed (could not be read or assessed). */
  failed = 0;
  /** Files that could not be read (exit 2). */
  unreadable = 0;
  /** Scored files under `--min-score`. */
  under = 0;
  readonly minScore: number | undefined;
  /** The scored files (for the mean scores). */
  readonly #scored = new RunningSummary();
  /** The files the JSON report lists (all but the skipped ones). */
  readonly #shown: RunningSummary;
  /** The scored files' languages, counted: the summary is said in the most common one. */
  readonly #langs = new Map<string, number>();

  constructor(minScore?: number) {
    this.minScore = minScore;
    this.#shown = new RunningSummary(minScore);
  }

  /** The totals of a list of files. */
  static of(files: readonly CheckedFile[], minScore?: number): CheckTotals {
    const totals = new CheckTotals(minScore);
    for (const f of files) totals.add(f);
    return totals;
  }

  /** Counts one file. */
  add(f: CheckedFile): void {
    this.files += 1;
    for (const m of f.messages) this.counts[levelOf(m)]++;
    if (f.skipped) this.skipped += 1;
    else this.#shown.add(f.report);
    if (f.failure !== null) this.failed += 1;
    if (f.failure === 'io') this.unreadable += 1;
    if (underMinScore(f, this.minScore)) this.under += 1;
    if (!f.skipped && f.failure === null) {
      this.#scored.add(f.report);
      this.#langs.set(f.report.lang, (this.#langs.get(f.report.lang) ?? 0) + 1);
    }
  }

  /** True when the run fails: an error, a failed file or a file under --min-score. */
  get failing(): boolean {
    return this.counts.error > 0 || this.failed > 0 || this.under > 0;
  }

  /** The JSON report's summary (over the files it lists). */
  summary(): Summary {
    return this.#shown.summary();
  }

  /** The language most scored files are in (English when none): the run's. */
  get lang(): string {
    return mostCounted(this.#langs);
  }

  /** The report's words: `locale`'s, else those of the language most scored files are in. */
  words(locale?: string): TerminalWords {
    return terminalWordsFor(this.lang, locale);
  }

  /**
   * The summary of the run in words: problems, files, min-score failures, mean scores; in `locale`, else the
   * language most scored files are in.
   */
  text(locale?: string): string {
    const t = this.words(locale);
    const counts = this.counts;
    const problems = counts.error + counts.warning;
    const parts = [problems === 0 ? t.noProblems : t.problems(problems, counts.error, counts.warning)];
    if (counts.info > 0) parts[0] += t.notes(counts.info);
    parts.push(t.checked(this.files));
    if (this.skipped > 0) parts.push(t.noText(this.skipped));
    if (this.failed > 0) parts.push(t.failed(this.failed));
    if (this.under > 0 && this.minScore !== undefined) parts.push(t.underMinScore(this.under, this.minScore));
    const mean = this.#scored.summary().meanScore;
    if (mean) parts.push(t.checkMean(mean.seo, mean.readability));
    return parts.join(' · ');
  }
}
