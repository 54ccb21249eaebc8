/** Phrase matching over words: by exact form (what Yoast checks) or by stem (inflections grouped). */
import type { LanguagePack } from '../lang/types.js';
import { tokenizeWords } from '../text/segment.js';

/** Lowercased word forms of a text. */
export function lowerWords(text: string): string[] {
  return tokenizeWords(text).map((w) => w.text.toLowerCase());
}

/** Number of times `phrase` (lowercased word list) occurs as a run in `words`. */
export function countRun(words: readonly string[], phrase: readonly string[]): number {
  if (phrase.length === 0) return 0;
  let n = 0;
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (words[i + k] !== phrase[k]) continue outer;
    n++;
  }
  return n;
}

/** True when the text contains the phrase word for word (case-insensitive, exact forms). */
export function containsPhrase(text: string, phrase: string): boolean {
  return countRun(lowerWords(text), lowerWords(phrase)) > 0;
}

/** Stems of lowercased words. */
export function stems(words: readonly string[], lang: Pick<LanguagePack, 'stem'>): string[] {
  return words.map((w) => lang.stem(w));
}
