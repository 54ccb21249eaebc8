/**
 * The rewrite of a Markdown file, edited in place: the front matter is completed (the fields the tool manages are
 * added where missing, and changed only with `overwrite`), and the body comes back byte for byte (no H1 is added
 * when the title lives in the front matter or the body already has one, unless `h1: 'always'`). Everything the
 * tool does not mean to change is sliced from the source, so links, lists, code, tables, HTML, shortcodes, Liquid
 * and front-matter comments survive as written.
 */
import { basename, dirname, extname } from 'node:path';
import type { FrontMatterFields } from '../document/front-matter.js';
import { matterFormats, newYamlBlock, type FieldUpdate, type MatterEditResult } from '../markdown/matter/index.js';
import { yamlMatter } from '../markdown/matter/yaml.js';
import { restore, type ParsedMarkdown, type TextForm } from '../markdown/parse.js';
import { headingLine } from '../document/to-markdown.js';

/** The slug a site generator gives a file without a `slug` field (Jekyll's date prefix and our `.seo` suffix off). */
export function slugFromPath(path: string): string {
  let name = basename(path, extname(path));
  if (name === 'index' || name === '_index') name = basename(dirname(path));
  return name.replace(/^\d{4}-\d{2}-\d{2}-/, '').replace(/\.seo$/, '');
}

export interface MarkdownEditInput {
  parsed: ParsedMarkdown;
  form: TextForm;
  fields: FrontMatterFields;
  /** The values the tool wants: title, description, slug, focus keyphrase. */
  title: string;
  description: string;
  slug: string;
  focus: string;
  /** The body has an H1 of its own. */
  hasH1: boolean;
  /** A path to derive the slug from: then no `slug` field is written (it would change a published URL). */
  path?: string;
  overwrite: boolean;
  h1: 'auto' | 'always' | 'never';
}

export interface MarkdownEdit {
  /** The file as it should be (BOM and line endings as the input had them). */
  markdown: string;
  /** The same text as parsed (no BOM, `\n`), for the assessments. */
  prepared: string;
  frontMatter: { added: string[]; changed: string[]; kept: string[]; created: boolean };
  h1Added: boolean;
}

/** Completes the front matter and, with `h1: 'always'`, gives a body without an H1 the title as one. */
export function editMarkdown(input: MarkdownEditInput): MarkdownEdit {
  const { parsed, fields } = input;
  const { source, matter } = parsed;
  const updates: FieldUpdate[] = [];
  // The title is where the writer put it: a body H1 is the title, and a copy in the front matter would be printed
  // twice by themes that show the front-matter title.
  if (!input.hasH1) updates.push({ key: fields.title, value: input.title, overwrite: input.overwrite });
  updates.push({ key: fields.description, value: input.description, overwrite: input.overwrite });
  if (!input.path) updates.push({ key: fields.slug, value: input.slug, overwrite: input.overwrite });
  const keyphraseField = fields.keyphrase[0];
  if (keyphraseField && input.focus) updates.push({ key: keyphraseField, value: input.focus, overwrite: input.overwrite });

  let edited: MatterEditResult;
  let head: string;
  let bodyStart: number;
  if (matter) {
    edited = matterFormats[matter.kind].edit(matter.value, updates);
    if (matter.value.trim() === '' && edited.value !== '') {
      // An empty front matter (`---` then `---`, blank lines between): the fields go between the fences.
      const closing = source.lastIndexOf('\n', matter.end - 1) + 1;
      head = `${source.slice(0, matter.valueStart)}${edited.value}\n${source.slice(closing, matter.end)}`;
    } else head = source.slice(0, matter.valueStart) + edited.value + source.slice(matter.valueEnd, matter.end);
    bodyStart = matter.end;
  } else {
    edited = yamlMatter.edit('', updates);
    head = edited.value === '' ? '' : `${newYamlBlock(edited.value)}${source === '' || source.startsWith('\n') ? '' : '\n'}`;
    bodyStart = 0;
  }
  let body = source.slice(bodyStart);
  const h1Added = input.h1 === 'always' && !input.hasH1 && input.title !== '';
  if (h1Added) {
    const lead = body.match(/^\n*/)?.[0] ?? '';
    body = `${lead}${headingLine(1, input.title)}\n\n${body.slice(lead.length)}`;
  }
  const prepared = head + body;
  return {
    markdown: restore(prepared, input.form),
    prepared,
    frontMatter: { added: edited.added, changed: edited.changed, kept: edited.kept, created: !matter && edited.value !== '' },
    h1Added,
  };
}
