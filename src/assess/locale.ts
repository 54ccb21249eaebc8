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

/** The catalogue for `locale` (when it has one), else for `lang`, else English. */
export function catalogueFor(lang: string, locale?: string): Catalogue {
  const pick = (code: string | undefined): Catalogue | undefined => (code !== undefined && Object.hasOwn(catalogues, code) ? catalogues[code] : undefined);
  return pick(locale) ?? pick(lang) ?? en;
}
