/** English words of the text reports' frame (the shape is `TerminalWords` in `src/report/terminal-words.ts`). */
import type { TerminalWords } from '../../report/terminal-words.js';

/** `1 file`, `3 files`. */
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export const terminalWords: TerminalWords = {
  code: 'en',
  labels: { language: 'language', focus: 'focus', keyphrases: 'keyphrases', title: 'title', or: 'or', description: 'description', slug: 'slug', seo: 'SEO', readability: 'readability', warning: 'warning', score: 'score' },
  none: '(none)',
  chars: (n) => `(${n} chars)`,
  sections: { assessments: 'Assessments', changed: 'Changed', removed: 'Removed', notes: 'For the writer' },
  ratings: { good: 'good', ok: 'ok', bad: 'bad' },
  moreNotes: (n) => `… and ${n} more (--format json lists them all)`,
  rewritten: (n) => `${plural(n, 'file')} rewritten`,
  upToDate: (n) => `${n} skipped (up to date)`,
  noText: (n) => `${n} skipped (no article text)`,
  failed: (n) => `${n} failed`,
  underMinScore: (n, min) => `${n} under --min-score ${min}`,
  mean: (seo, readability) => `Mean SEO ${seo}, readability ${readability}`,
  done: (seconds) => {
    if (seconds < 60) return `Done in ${seconds.toFixed(1)} s.`;
    const minutes = Math.floor(seconds / 60);
    return `Done in ${minutes} min ${Math.round(seconds - minutes * 60)} s.`;
  },
  keyphrase: (phrase) => `keyphrase “${phrase}”`,
  under: (min) => `under --min-score ${min}`,
  noProblems: 'no problems',
  problems: (n, errors, warnings) => `${plural(n, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`,
  notes: (n) => ` and ${plural(n, 'note')}`,
  checked: (n) => `${plural(n, 'file')} checked`,
  checkMean: (seo, readability) => `mean SEO ${seo}, readability ${readability}`,
  minScoreReason: (seo, readability, min) => {
    const parts = [...(seo === undefined ? [] : [`SEO score ${seo}`]), ...(readability === undefined ? [] : [`readability score ${readability}`])];
    return `Unexpected ${parts.join(' and ')}, expected at least --min-score ${min}`;
  },
  siteHeading: 'site-level checks of the outputs:',
  moreAnnotations: (left, max) => `${left} more annotation${left === 1 ? '' : 's'} not shown (GitHub keeps ${max}): run with --format stylish for all`,
};
