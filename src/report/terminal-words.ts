/**
 * The words of the text reports' own frame (labels, section headings, summary and --min-score lines) for the
 * terminal and the CI formats; each language's live in `src/lang/<code>/terminal-words.ts`. Rule ids, levels
 * (`error`, `warning`, `info`) and flags stay as they are in every language: they are what people search for.
 */
import { terminalWords as en } from '../lang/en/terminal-words.js';
import { terminalWords as id } from '../lang/id/terminal-words.js';
import { pickLocale } from '../assess/locale.js';
import type { Rating } from '../types.js';

export interface TerminalWords {
  /** The language's code (`id`, `en`). */
  code: string;
  /** Labels of a rewritten file's fields (padded to 12 columns). */
  labels: Readonly<Record<'language' | 'focus' | 'keyphrases' | 'title' | 'or' | 'description' | 'slug' | 'seo' | 'readability' | 'warning' | 'score', string>>;
  /** The focus keyphrase when there is none. */
  none: string;
  /** `(30 chars)`. */
  chars(n: number): string;
  /** Section headings of a rewritten file. */
  sections: Readonly<Record<'assessments' | 'changed' | 'removed' | 'notes', string>>;
  ratings: Readonly<Record<Rating, string>>;
  /** `… and 3 more (--format json lists them all)`. */
  moreNotes(n: number): string;
  /** The rewrite's summary line. */
  rewritten(n: number): string;
  upToDate(n: number): string;
  noText(n: number): string;
  failed(n: number): string;
  underMinScore(n: number, minScore: number | undefined): string;
  /** `Mean SEO 55 → 80, readability 90 → 90` (`before` absent for check-like runs). */
  mean(seo: string, readability: string): string;
  done(seconds: number): string;
  /** `check`: the score row of a file, and its summary. */
  keyphrase(phrase: string): string;
  /** `under --min-score 70` on a file's score row. */
  under(minScore: number): string;
  noProblems: string;
  problems(n: number, errors: number, warnings: number): string;
  notes(n: number): string;
  checked(n: number): string;
  checkMean(seo: number, readability: number): string;
  /** Why a file fails `--min-score`: its scores under the bar (SEO, readability or both). */
  minScoreReason(seo: number | undefined, readability: number | undefined, minScore: number): string;
  /** The heading above the site-level findings of a folder rewrite. */
  siteHeading: string;
  /** GitHub's annotations left out past its cap. */
  moreAnnotations(left: number, max: number): string;
}

const table: Readonly<Record<string, TerminalWords>> = { en, id };

/** The words for `--locale` (when it has them), else for `lang`, else English. */
export function terminalWordsFor(lang: string, locale?: string): TerminalWords {
  return pickLocale(table, lang, locale) ?? en;
}

/** The language most of `langs` are in (English when none is known): what a summary of several files speaks. */
export function mostCommonLang(langs: Iterable<string>): string {
  const counts = new Map<string, number>();
  for (const v of langs) counts.set(v, (counts.get(v) ?? 0) + 1);
  return mostCounted(counts);
}

/** The language with the highest count (the first of a tie; English when none is known). */
export function mostCounted(counts: ReadonlyMap<string, number>): string {
  let best = 'en';
  let n = 0;
  for (const [v, c] of counts) if (v !== '' && c > n) [best, n] = [v, c];
  return best;
}
