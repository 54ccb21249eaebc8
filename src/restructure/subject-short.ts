/**
 * The short forms editors give a subject (`subjectVariants`): an office by its usual short form (`Menkeu`, `Mendagri`)
 * and a titled owner by their last name before what they own (`Branson's US TV show`).
 */
import type { Sentence } from '../document/types.js';
import type { LanguagePack } from '../lang/types.js';
import { gap, joined, texts } from './sentence-words.js';

/** Longest subject kept whole, in words; a longer one is reduced to its name or its head. */
export const MAX_SUBJECT_WORDS = 6;

/**
 * The short form of an office before its person, as editors name them: the register's usual one (`Menkeu`), or the
 * one the article gives (`Mendagri` of `Menteri Dalam Negeri (Mendagri) Muhammad Tito Karnavian`: an office word
 * first, one capitalised word in brackets, then a name).
 */
export function officeShort(s: Sentence, span: { start: number; end: number }, lang: LanguagePack): string[] | undefined {
  if (lang.grammar?.titles.has(s.words[span.start]?.text.toLowerCase() ?? '') !== true) return undefined;
  // (Or the register's usual short form of the office, when a name follows it: `Menkeu` of `Menteri Keuangan Sri
  // Mulyani Indrawati`.)
  const forms = lang.headline?.officeShortForms;
  if (forms) {
    for (let end = Math.min(span.end - 1, span.start + 8); end > span.start; end--) {
      const short = forms.get(texts(s, span.start, end).join(' ').toLowerCase());
      if (short && /^[ ,]+$/u.test(gap(s, end - 1)) && /^\p{Lu}/u.test(s.words[end]!.text)) return short.split(' ');
    }
  }
  for (let i = span.start + 1; i < span.end - 1; i++) {
    if (/^\s*\($/u.test(gap(s, i - 1)) && /^\)\s+$/u.test(gap(s, i)) && /^\p{Lu}\p{L}{2,}$/u.test(s.words[i]!.text) && /^\p{Lu}/u.test(s.words[i + 1]!.text)) return [s.words[i]!.text];
  }
  return undefined;
}

/**
 * A thing a titled person owns, named by their last name (`Branson's US TV show` of `Entrepreneur Sir Richard
 * Branson's US TV show`), as editors name it: in a language whose possessive is a suffix on the owner (`'s`), when
 * the owner's name opens with an office or honorific and a common noun is owned.
 */
export function ownerShort(s: Sentence, tags: readonly string[], span: { start: number; end: number; head: number }, lang: LanguagePack): string[] | undefined {
  if (lang.modifierPosition !== 'before' || tags[span.head] !== 'NOUN') return undefined;
  const owner = s.words.findIndex((w, i) => i >= span.start && i < span.head && /\p{Lu}\p{L}*['’]s$/u.test(w.text) && tags[i] === 'PROPN');
  if (owner < 0) return undefined;
  let first = owner;
  while (first > span.start && /^\p{Lu}/u.test(s.words[first - 1]!.text) && joined(s, first - 1)) first--;
  const titled = s.words.slice(first, owner).some((w) => lang.grammar?.titles.has(w.text.toLowerCase()) === true);
  if (!titled || owner - first < 1 || span.end - owner > MAX_SUBJECT_WORDS) return undefined;
  return texts(s, owner, span.end);
}
