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

/** Fewest words a slug should say before phrases after the first are added to it. */
const SLUG_WORDS = 4;

/**
 * Builds a slug from the focus keyphrase (always first, in full) and further phrases, without stopwords or
 * repeated words, at most `maxChars` characters, cut only between words. The first further phrase (the title) goes
 * in as far as it fits; a later one only whole, and only while the slug says fewer than four words: a slug reads
 * as its title, not as a list of keywords (`…-pengembangan-ai-pembatasan`).
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
  more.forEach((phrase, i) => {
    const content = slugWords(phrase).filter((w) => !lang.stopwords.has(w));
    if (i === 0) {
      for (const w of content) if (!add(w)) break;
      return;
    }
    const fresh = content.filter((w) => !seen.has(w));
    if (words.length >= SLUG_WORDS || fresh.length === 0 || [...words, ...fresh].join('-').length > maxChars) return;
    for (const w of fresh) add(w);
  });
  return words.join('-');
}
