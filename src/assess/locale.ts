/**
 * Which catalogue speaks: the one of `--locale` when given, else the article's language, else English. The
 * catalogues are language data (`src/lang/<code>/messages.ts`); this table only finds them by code.
 */
import { messages as en } from '../lang/en/messages.js';
import { messages as id } from '../lang/id/messages.js';
import type { Catalogue } from './catalogue.js';

export type { Catalogue } from './catalogue.js';

const catalogues: Readonly<Record<string, Catalogue>> = { en, id };

/** Codes that have a message catalogue. */
export const locales: readonly string[] = Object.keys(catalogues);

/**
 * The entry of `table` for `locale` (when it has one), else for `lang`; undefined when neither has one. Every
 * table of the report's language data (messages, changes, terminal words) is picked this way.
 */
export function pickLocale<T>(table: Readonly<Record<string, T>>, lang: string, locale?: string): T | undefined {
  const pick = (code: string | undefined): T | undefined => (code !== undefined && Object.hasOwn(table, code) ? table[code] : undefined);
  return pick(locale) ?? pick(lang);
}

/** The catalogue for `locale` (when it has one), else for `lang`, else English. */
export function catalogueFor(lang: string, locale?: string): Catalogue {
  return pickLocale(catalogues, lang, locale) ?? en;
}
