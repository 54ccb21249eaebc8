/** URL slugs: lowercase ASCII, hyphenated, no stopwords, bounded length. */
import type { LanguagePack } from '../lang/types.js';

/** Folds to ASCII: strips diacritics, drops what cannot be folded. */
export function asciiFold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[æ]/gi, 'ae')
    .replace(/[ø]/gi, 'o');
}

/** Slug words of a text: folded, lowercased, split on anything that is not a letter or digit. */
export function slugWords(text: string): string[] {
  return asciiFold(text).toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

/**
 * Builds a slug from the focus keyphrase (always first, in full) and further phrases, without stopwords or
 * repeated words, at most `maxChars` characters, cut only between words.
 */
export function buildSlug(focus: string, more: readonly string[], lang: Pick<LanguagePack, 'stopwords'>, maxChars: number): string {
  const words: string[] = [];
  const seen = new Set<string>();
  const add = (w: string): boolean => {
    if (seen.has(w)) return true;
    const next = [...words, w].join('-');
    if (next.length > maxChars) return false;
    words.push(w);
    seen.add(w);
    return true;
  };
  // The focus keyphrase goes in whole (stopwords inside it included), so the slug contains it.
  for (const w of slugWords(focus)) add(w);
  for (const phrase of more) {
    for (const w of slugWords(phrase)) {
      if (lang.stopwords.has(w)) continue;
      if (!add(w)) return words.join('-');
    }
  }
  return words.join('-');
}
