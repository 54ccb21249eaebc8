/**
 * Builds a file's site summary while it is checked (in the worker, where the parsed file is at hand): its SEO
 * fields, where the front matter sets them, its links and images, and, when asked, its top keyphrases with the
 * words of the article that would carry a link to it.
 */
import { location } from 'vfile-location';
import type { FrontMatterFields } from '../document/front-matter.js';
import type { Doc } from '../document/types.js';
import { locateKeyphrases } from '../keyphrases/index.js';
import type { LanguagePack } from '../lang/types.js';
import type { ParsedMarkdown } from '../markdown/parse.js';
import { linksAndImages } from './media.js';
import type { SiteKeyphrase, SiteSummary } from './types.js';

/** Keyphrases a summary keeps (the suggestions weigh the top ones). */
export const SUMMARY_KEYPHRASES = 8;

/** What the summary is built from. */
export interface SummaryInput {
  doc: Doc;
  /** The file as parsed, or false for raw text (no front matter, no links). */
  markdown: ParsedMarkdown | false;
  lang: LanguagePack;
  fields: FrontMatterFields;
  title: string;
  description: string;
  slug: string;
  /** The focus keyphrase the writer set, or empty. */
  focus: string;
  /** Extract the keyphrases (for internal-link suggestions). */
  keyphrases: boolean;
}

function escape(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The line of the file where the front matter sets `name` (YAML/TOML `name:`/`name =`, JSON `"name":`). */
export function fieldLine(markdown: ParsedMarkdown | false, names: readonly string[]): number | undefined {
  const matter = markdown ? markdown.matter : null;
  if (!matter) return undefined;
  const lines = matter.value.split('\n');
  for (const name of names) {
    const pattern = new RegExp(`^\\s*(?:"${escape(name)}"|'${escape(name)}'|${escape(name)})\\s*[:=]`);
    const at = lines.findIndex((l) => pattern.test(l));
    if (at !== -1) return matter.line + at;
  }
  return undefined;
}

/** A name: every word capitalised (or written in capitals), as the article writes it. */
function isEntity(phrase: string): boolean {
  const words = phrase.split(/\s+/u).filter(Boolean);
  return words.length > 0 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

function keyphrasesOf(doc: Doc, lang: LanguagePack): SiteKeyphrase[] {
  const paragraphs = doc.blocks.filter((b) => b.kind === 'paragraph');
  const inBody = (start: number): boolean => paragraphs.some((p) => p.start <= start && start < p.end);
  const index = location(doc.source);
  const out: SiteKeyphrase[] = [];
  for (const k of locateKeyphrases(doc, lang, { max: SUMMARY_KEYPHRASES })) {
    const at = k.offsets.find((o) => inBody(o.start)) ?? k.offsets[0];
    const point = at ? index.toPoint(at.start) : undefined;
    const anchor = at ? doc.source.slice(at.start, at.end) : '';
    if (!at || !point || anchor.trim() === '') continue;
    out.push({ stem: k.stem, score: Math.round(k.score * 1000) / 1000, entity: isEntity(k.phrase), anchor, line: point.line, column: point.column });
  }
  return out;
}

/** The site summary of a checked file. */
export function summarise(input: SummaryInput): SiteSummary {
  const { markdown, fields } = input;
  const fm = input.doc.frontMatter;
  const date = fm.date instanceof Date ? fm.date.toISOString().slice(0, 10) : typeof fm.date === 'string' ? fm.date : undefined;
  const lines: SiteSummary['lines'] = {};
  const title = fieldLine(markdown, [fields.title]);
  const description = fieldLine(markdown, [fields.description]);
  const slug = fieldLine(markdown, [fields.slug]);
  const focus = input.focus ? fieldLine(markdown, fields.keyphrase) : undefined;
  if (title !== undefined) lines.title = title;
  if (description !== undefined) lines.description = description;
  if (slug !== undefined) lines.slug = slug;
  if (focus !== undefined) lines.focus = focus;
  const media = markdown ? linksAndImages(markdown.tree) : { links: [], images: [] };
  const summary: SiteSummary = {
    title: input.title, description: input.description, slug: input.slug, focus: input.focus, lang: input.lang.code,
    ...(date ? { date } : {}), lines, links: media.links, images: media.images,
  };
  if (input.keyphrases) summary.keyphrases = keyphrasesOf(input.doc, input.lang);
  return summary;
}
