/**
 * `--lang`: a well-formed ISO 639 code (two or three lowercase letters). Anything else is a usage error, before
 * any file is read: `--lang __proto__` was an internal error, and any value was written to the front matter.
 */
import { locales } from '../assess/locale.js';
import { problem, type Reason } from '../lang/problem.js';

/** The shape of a language code the tool accepts (ISO 639-1, -2 or -3). */
export const LANGUAGE_CODE = /^[a-z]{2,3}$/;

/** The usage error for a `--lang` value, or null when it is well formed (or absent). */
export function langError(value: string | undefined): Reason | null {
  if (value === undefined || LANGUAGE_CODE.test(value)) return null;
  return problem('langOption', JSON.stringify(value));
}

/** The usage error for a `--locale` value: a language with a message catalogue, or absent (said in English: no other is known). */
export function localeError(value: string | undefined): string | null {
  if (value === undefined || locales.includes(value)) return null;
  return `--locale: expected ${locales.join(' or ')}, got ${JSON.stringify(value)}`;
}
