/**
 * The shape of what a language says in the rewrite's "changed" lines and removal reasons. Each language implements
 * it in `src/lang/<code>/change-words.ts`; the compiler checks every line exists in every language. The rewrite
 * collects its changes as `Change`s (a line still to be said) and says them once, in the report's language.
 */
import { changeWords as en } from '../lang/en/change-words.js';
import { changeWords as id } from '../lang/id/change-words.js';
import { pickLocale } from '../assess/locale.js';
import type { NonArticleKind } from '../lang/types.js';

export interface ChangeWords {
  /** The language's code (`id`, `en`). */
  code: string;
  /** Raw drafts: what reading and cleaning the text did. */
  glued(n: number): string;
  entities(n: number): string;
  furniture(n: number): string;
  whitespace(n: number): string;
  headline: string;
  writerSubheadings(n: number): string;
  /** Raw drafts: what the restructuring did. */
  removed(n: number): string;
  readerNotes(n: number): string;
  split(n: number, maxWords: number): string;
  sections(n: number): string;
  title: string;
  description: string;
  slug: string;
  /** Markdown files, edited in place; `fields` are front-matter keys, as written. */
  frontMatterCreated: string;
  frontMatterAdded(fields: string): string;
  frontMatterChanged(fields: string): string;
  frontMatterKept(fields: string, overwrite: boolean): string;
  h1Added: string;
  splitAt(line: number, words: number, maxWords: number, parts: number): string;
  subheadingAt(text: string, depth: number, line: number): string;
  /** Restructuring left out because the file would have parsed otherwise. */
  leftOut(what: 'splits' | 'subheadings'): string;
  unchanged: string;
  /** Why a sentence was removed, per kind of non-article sentence. */
  reasons: Readonly<Record<NonArticleKind, string>>;
  /** Why the focus keyphrase was chosen (the report's `focusReason`). */
  focus: FocusWords;
  /** Warnings shown with the report: `code` has no language pack of its own, so generic rules were used. */
  genericLanguage(code: string): string;
}

/** The words of the focus keyphrase's reason: what spoke for it, its score and the runner-up. */
export interface FocusWords {
  given: string;
  /** No candidate fits as a focus: the best keyphrase is taken. */
  fallback: string;
  none: string;
  /** Nothing in particular spoke for it. */
  remaining: string;
  headline(standIn: boolean): string;
  /** In the title the rewrite chose, among candidates that scored close to the best. */
  title: string;
  subject: string;
  firstSentence: string;
  intro: string;
  rank(n: number): string;
  written(n: number): string;
  name: string;
  acronym: string;
  shortName: string;
  fits: string;
  /**
   * Written more often than Yoast's density range allows, whatever the headings do (its check will say so), with
   * the best candidate that is not, if any.
   */
  overused(instead: string | undefined): string;
  /** The reason: what spoke for it (the reasons above, joined), its score (formatted), the runner-up if any. */
  summary(reasons: string, score: string, next: string | undefined): string;
}

/** A line of the report still to be said: said in the report's language by `sayChanges`. */
export type Change = (words: ChangeWords) => string;

const table: Readonly<Record<string, ChangeWords>> = { en, id };

/** The words for `--locale` (when it has them), else for the article's language, else English. */
export function changeWordsFor(lang: string, locale?: string): ChangeWords {
  return pickLocale(table, lang, locale) ?? en;
}
