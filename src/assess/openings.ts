/**
 * Words that do not make a sentence opening on their own (articles, numerals, demonstratives: "Ini …", "The …"):
 * the opening is then that word and the next, as in Yoast. The data lives with the language's transition words; this
 * table only finds it for a pack, since `LanguagePack` has no field for it yet.
 */
import { openingExceptions as en } from '../lang/en/transitions.js';
import { openingExceptions as id } from '../lang/id/transitions.js';
import type { LanguagePack } from '../lang/types.js';

const byCode: Readonly<Record<string, ReadonlySet<string>>> = { en, id };
const none: ReadonlySet<string> = new Set();

/** The opening exceptions of a language (empty for languages without data). */
export function openingExceptionsOf(lang: Pick<LanguagePack, 'code'>): ReadonlySet<string> {
  return byCode[lang.code] ?? none;
}

/** The opening of a sentence: its first word, or its first two when the first is an exception. Lowercased. */
export function openingOf(lower: readonly string[], exceptions: ReadonlySet<string>): string {
  const first = lower[0] ?? '';
  const second = lower[1];
  return exceptions.has(first) && second !== undefined ? `${first} ${second}` : first;
}
