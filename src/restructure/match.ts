/** Phrase matching over words: by exact form (what Yoast checks) or by stem (inflections grouped). */
import type { LanguagePack } from '../lang/types.js';
import { tokenizeWords } from '../text/segment.js';

/**
 * Recent `lowerWords` results. Building the title and description scores the same sentences and phrases again and
 * again (every candidate title against every keyphrase): tokenising each text once cut the restructuring of an
 * article by about a fifth. Bounded, so a long batch does not hold on to old articles' texts.
 */
const recent = new Map<string, readonly string[]>();
const RECENT_MAX = 1024;

/** Lowercased word forms of a text (shared: never mutate the result). */
export function lowerWords(text: string): readonly string[] {
  let words = recent.get(text);
  if (words === undefined) {
    words = tokenizeWords(text).map((w) => w.text.toLowerCase());
    if (recent.size >= RECENT_MAX) recent.clear();
    recent.set(text, words);
  }
  return words;
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

/**
 * True when most content words of `text` (at least `share` of them, by stem; stopwords aside) are words of `other`:
 * a heading that says again what the title or another heading says (`Bimo Targetkan Dapat Kumpulkan Rp 20 Triliun`
 * under `Bimo Wijayanto Targetkan Rp 20 Triliun`).
 */
export function restates(text: string, other: string, lang: Pick<LanguagePack, 'stem' | 'stopwords'>, share = 0.6): boolean {
  const content = (t: string): string[] => lowerWords(t).filter((w) => !lang.stopwords.has(w)).map((w) => lang.stem(w));
  const mine = content(text);
  if (mine.length === 0) return false;
  const theirs = new Set(content(other));
  return mine.filter((w) => theirs.has(w)).length >= share * mine.length;
}
