import type { LanguagePack } from './types.js';

/**
 * True when a paragraph whose first sentence is `first` is a note to the reader (a content warning, a help-line
 * notice) by the language's patterns: kept in the article, but neither its lead nor a source of its keyphrases.
 */
export function isReaderNote(first: string | undefined, lang: Pick<LanguagePack, 'readerNotes'>): boolean {
  return first !== undefined && lang.readerNotes !== undefined && lang.readerNotes.some((re) => re.test(first));
}
