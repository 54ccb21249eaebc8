/** The words of a segmented sentence as headlines read them: their texts, and whether only a space joins two. */
import type { Sentence } from '../document/types.js';

/** The words' texts of `s` from `a` to `b`. */
export function texts(s: Sentence, a: number, b: number): string[] {
  return s.words.slice(a, b).map((w) => w.text);
}

/** True when only a space stands between word `i` and the next one. */
export function joined(s: Sentence, i: number): boolean {
  const w = s.words[i];
  const next = s.words[i + 1];
  // (A currency sign glued to the next word joins it: `a $1.5m fine`; so does one glued to its code, `US$ 5`.)
  return !!w && !!next && /^(?: +\p{Sc}?|\p{Sc} +)$/u.test(s.text.slice(w.end - s.start, next.start - s.start));
}

/** What stands between word `i` and the next one (`' ('`, `', '`), or '' at the sentence's end. */
export function gap(s: Sentence, i: number): string {
  const w = s.words[i];
  const next = s.words[i + 1];
  return w && next ? s.text.slice(w.end - s.start, next.start - s.start) : '';
}

/**
 * True for a word that is two run together by the source (`detikJabarmenyusuri`, `diRawas`): a lowercase start then
 * a capital in a long word, or a two-letter preposition glued to a name. A headline never shows one (`iPhone`,
 * `eBay`, `PlayStation`, `IndoStrategi` are none).
 */
export function glued(word: string): boolean {
  return (/^\p{Ll}+\p{Lu}/u.test(word) && word.length >= 12) || /^\p{Ll}{2}\p{Lu}\p{Ll}{2,}$/u.test(word);
}

