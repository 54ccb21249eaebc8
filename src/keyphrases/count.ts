/**
 * Counting a phrase in a run of words by stems, word by word, as the extractor groups forms: `pembatasan` also
 * counts `batas`-forms, `chips` counts for `chip`. An acronym in the phrase only matches an acronym in the text,
 * so `AS` is not counted in `as`.
 */
import type { LanguagePack } from '../lang/types.js';
import { tokenizeWords } from '../text/segment.js';
import { isAcronym, stemWord } from './tokens.js';

interface Pattern {
  stem: string;
  acronym: boolean;
}

/** The words of a phrase as stems, with which of them are acronyms. */
function patternOf(phrase: string, lang: LanguagePack): Pattern[] {
  return tokenizeWords(phrase).map((w) => ({ stem: stemWord(w.text, lang), acronym: isAcronym(w.text) }));
}

/**
 * Number of occurrences of `phrase` in `words` (words as written, in order), matching stems word by word.
 * Occurrences do not overlap. An empty phrase occurs nowhere.
 */
export function countPhrase(words: readonly string[], phrase: string, lang: LanguagePack): number {
  const pattern = patternOf(phrase, lang);
  const n = pattern.length;
  if (n === 0) return 0;
  const stems = words.map((w) => stemWord(w, lang));
  let count = 0;
  for (let i = 0; i + n <= words.length; ) {
    let match = true;
    for (let j = 0; j < n && match; j++) {
      const p = pattern[j];
      const word = words[i + j] ?? '';
      match = p !== undefined && stems[i + j] === p.stem && (!p.acronym || isAcronym(word));
    }
    if (match) {
      count++;
      i += n;
    } else i++;
  }
  return count;
}
