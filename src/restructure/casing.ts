/** Headline casing built from the article's words: content words capitalised, minor function words lowercase. */
import type { LanguagePack } from '../lang/types.js';

/** True for words whose casing is meaningful as written: acronyms, names with inner capitals, numbers. */
function keepsCase(word: string): boolean {
  return /\p{Lu}.*\p{Lu}|\p{N}/u.test(word) || /^\p{Ll}+\p{Lu}/u.test(word);
}

/** Capitalises the first letter of a word, leaving the rest as written. */
export function capitalise(word: string): string {
  return word.charAt(0).toLocaleUpperCase() + word.slice(1);
}

/**
 * Title case in the article's language: every word capitalised, each half of a hyphenated or reduplicated word
 * too (`Undang-Undang`, `Short-Term`), except the language's minor words (articles, conjunctions, prepositions:
 * `titleMinorWords`, else its stopwords) when not first; acronyms and mixed-case names kept as written (`AI`,
 * `WeChat`, `iPhone`).
 */
export function titleCase(text: string, lang: Pick<LanguagePack, 'stopwords' | 'titleMinorWords'>): string {
  const minor = lang.titleMinorWords ?? lang.stopwords;
  let first = true;
  return text.replace(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu, (word: string, at: number) => {
    // (So is the first word after a colon: `Jenal: Para Pengelola …`.)
    const isFirst = first || /:\s+$/u.test(text.slice(Math.max(0, at - 3), at));
    first = false;
    // Inside a dotted abbreviation (`a.m.`, `a.k.a.`, `U.S.`) a letter after a dot stays as written.
    if (keepsCase(word) || (at > 0 && text[at - 1] === '.')) return word;
    if (!isFirst && minor.has(word.toLowerCase())) return word.toLowerCase();
    return word.toLowerCase().split('-').map(capitalise).join('-');
  });
}

/** Sentence case: first letter capitalised, the rest as written. */
export function sentenceCase(text: string): string {
  return capitalise(text);
}

/** A generated headline or subheading cased as the language's newsrooms do (`headlineCase`). */
export function headlineCasing(text: string, lang: Pick<LanguagePack, 'stopwords' | 'titleMinorWords' | 'headlineCase'>): string {
  return lang.headlineCase === 'sentence' ? sentenceCase(text) : titleCase(text, lang);
}
