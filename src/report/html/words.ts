/**
 * The words of the HTML report's own interface (headings, labels), per language: the data lives in
 * `src/lang/<code>/report-words.ts`; this table finds it by code.
 */
import { words as en } from '../../lang/en/report-words.js';
import { words as id } from '../../lang/id/report-words.js';

export interface ReportWords {
  lang: string;
  report: string;
  index: string;
  preview: string;
  desktop: string;
  mobile: string;
  before: string;
  after: string;
  titles: string;
  score: string;
  source: Readonly<Record<'writer' | 'lead clause' | 'lead', string>>;
  article: string;
  highlight: string;
  none: string;
  rules: Readonly<Record<string, string>>;
  assessments: string;
  assessment: string;
  message: string;
  ratings: Readonly<Record<'good' | 'ok' | 'bad', string>>;
  seo: string;
  readability: string;
  changes: string;
  removed: string;
  notes: string;
  file: string;
  language: string;
  problems: string;
  files(n: number): string;
  page(n: number, of: number): string;
  previous: string;
  next: string;
  noText: string;
  failed: string;
  back: string;
  sortHint: string;
}

const table: Readonly<Record<string, ReportWords>> = { en, id };

/** The words for a language code; English for a language without them. */
export function wordsFor(code: string): ReportWords {
  return (Object.hasOwn(table, code) ? table[code] : undefined) ?? en;
}
