/** The SEO fields of a front matter (any format), picked by the configured names. */
import { FrontMatterError } from '../markdown/matter/types.js';
import { problem } from '../lang/problem.js';
import type { FrontMatter } from './types.js';

export { FrontMatterError } from '../markdown/matter/types.js';

/** Which front-matter fields hold what; the defaults fit Hugo, Jekyll and Astro. */
export interface FrontMatterFields {
  title: string;
  description: string;
  slug: string;
  /**
   * Checked in order: the first present gives the focus keyphrase (a list gives its first item). The rewrite writes
   * the focus under the first name. `tags` or `keywords` count only when the configuration lists them: a post's tags
   * are not its focus keyphrase.
   */
  keyphrase: readonly string[];
}

export const defaultFrontMatterFields: FrontMatterFields = {
  title: 'title',
  description: 'description',
  slug: 'slug',
  keyphrase: ['keyphrase', 'focus_keyphrase', 'focusKeyphrase'],
};

/** A text field's value: text as written, numbers and dates as text; a mapping or list is an error. */
function textField(record: Record<string, unknown>, name: string): string | undefined {
  const value = record[name];
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  throw new FrontMatterError(problem('notText', name, Array.isArray(value)));
}

/** Picks the known fields of front-matter data (from any format) by the configured names; the rest is kept as is. */
export function pickFields(record: Record<string, unknown>, fields: FrontMatterFields = defaultFrontMatterFields): FrontMatter {
  const out: FrontMatter = { ...record };
  const title = textField(record, fields.title);
  const description = textField(record, fields.description);
  const slug = textField(record, fields.slug);
  if (title !== undefined) out.title = title;
  else delete out.title;
  if (description !== undefined) out.description = description;
  else delete out.description;
  if (slug !== undefined) out.slug = slug;
  else delete out.slug;
  delete out.keyphrase;
  delete out.keywords;
  for (const name of fields.keyphrase) {
    const value = record[name];
    const list = Array.isArray(value) ? value.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').map((v) => String(v).trim()).filter(Boolean) : undefined;
    const phrase = list ? list[0] : typeof value === 'string' ? value.split(',')[0]?.trim() : undefined;
    if (phrase) {
      out.keyphrase = phrase;
      if (list) out.keywords = list;
      break;
    }
  }
  if (typeof record.lang === 'string') out.lang = record.lang;
  else delete out.lang;
  return out;
}
