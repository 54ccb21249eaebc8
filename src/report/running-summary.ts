/**
 * The summary of a run kept as running totals, so that a streamed report holds nothing per file. Gives exactly
 * what `summarise` computes from the full list of reports.
 */
import type { FileReport, Scores, Summary } from '../types.js';
import { belowMinScore } from './summary.js';
import { mostCounted } from './terminal-words.js';

interface Sum {
  seo: number;
  readability: number;
  count: number;
}

function mean(sum: Sum): Scores | null {
  if (sum.count === 0) return null;
  return { seo: Math.round(sum.seo / sum.count), readability: Math.round(sum.readability / sum.count) };
}

/** Running totals of a run: add each file's report as it completes, read the summary at the end. */
export class RunningSummary {
  #files = 0;
  #ok = 0;
  #below = 0;
  #skipped = 0;
  #noText = 0;
  readonly #after: Sum = { seo: 0, readability: 0, count: 0 };
  readonly #before: Sum = { seo: 0, readability: 0, count: 0 };
  readonly #minScore: number | undefined;
  /** Files rewritten per language (one entry per language, not per file). */
  readonly #langs = new Map<string, number>();

  constructor(minScore?: number) {
    this.#minScore = minScore;
  }

  /** Counts one file's report (failed or not). */
  add(report: FileReport): void {
    this.#files += 1;
    if (report.error !== null) return;
    this.#ok += 1;
    this.#langs.set(report.lang, (this.#langs.get(report.lang) ?? 0) + 1);
    if (belowMinScore(report, this.#minScore)) this.#below += 1;
    this.#after.seo += report.score.seo;
    this.#after.readability += report.score.readability;
    this.#after.count += 1;
    if (report.before) {
      this.#before.seo += report.before.seo;
      this.#before.readability += report.before.readability;
      this.#before.count += 1;
    }
  }

  /** Counts a file left alone because its output is up to date, or it has no article text (not part of `files`). */
  skip(reason: 'up to date' | 'no article text' = 'up to date'): void {
    if (reason === 'up to date') this.#skipped += 1;
    else this.#noText += 1;
  }

  /** Files left alone because their output was up to date. */
  get skipped(): number {
    return this.#skipped;
  }

  /** Files left alone because they have no article text. */
  get noText(): number {
    return this.#noText;
  }

  /** The language most files rewritten are in (English when none): the summary line's. */
  get lang(): string {
    return mostCounted(this.#langs);
  }

  /** The summary so far, the same as `summarise` over the reports added. */
  summary(): Summary {
    return {
      files: this.#files,
      ok: this.#ok,
      failed: this.#files - this.#ok,
      belowMinScore: this.#below,
      meanScore: mean(this.#after),
      meanBefore: mean(this.#before),
    };
  }
}
