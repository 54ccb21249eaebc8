/** Reading and writing YAML front matter. */
import { parse, stringify } from 'yaml';
import type { FrontMatter } from './types.js';

/** Which front-matter fields hold what; the defaults fit Hugo, Jekyll and Astro. */
export interface FrontMatterFields {
  title: string;
  description: string;
  slug: string;
  /** Checked in order: the first present gives the focus keyphrase (a list gives its first item). */
  keyphrase: readonly string[];
}

export const defaultFrontMatterFields: FrontMatterFields = {
  title: 'title',
  description: 'description',
  slug: 'slug',
  keyphrase: ['keyphrase', 'focus_keyphrase', 'focusKeyphrase', 'keywords'],
};

/** Thrown for front matter that is not a YAML mapping. */
export class FrontMatterError extends Error {}

function asString(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** Parses front-matter YAML and picks the known fields by the configured names. */
export function readFrontMatter(yaml: string, fields: FrontMatterFields = defaultFrontMatterFields): FrontMatter {
  let data: unknown;
  try {
    data = parse(yaml);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new FrontMatterError(`invalid YAML front matter: ${reason}`);
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new FrontMatterError('front matter is not a YAML mapping');
  const record = data as Record<string, unknown>;
  const out: FrontMatter = { ...record };
  const title = asString(record[fields.title]);
  const description = asString(record[fields.description]);
  const slug = asString(record[fields.slug]);
  if (title !== undefined) out.title = title;
  if (description !== undefined) out.description = description;
  if (slug !== undefined) out.slug = slug;
  for (const name of fields.keyphrase) {
    const value = record[name];
    const list = Array.isArray(value) ? value.map(asString).filter((v): v is string => !!v) : undefined;
    const phrase = list ? list[0] : asString(value)?.split(',')[0]?.trim();
    if (phrase) {
      out.keyphrase = phrase;
      if (list) out.keywords = list;
      break;
    }
  }
  return out;
}

/** Serialises front matter as a YAML block with `---` fences (stable key order: as given). */
export function writeFrontMatter(data: Record<string, unknown>): string {
  return `---\n${stringify(data, { lineWidth: 0 }).trimEnd()}\n---\n`;
}
