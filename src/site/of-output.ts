/**
 * The site summary of a rewritten article (what `--jsonl` records carry, so that sharded runs can be compared
 * afterwards): its SEO fields as the report gives them, and the links, images and field lines of its Markdown
 * (parsed once more; no keyphrases, which would cost an extraction per record).
 */
import { parseMarkdown, prepare } from '../markdown/parse.js';
import type { FrontMatterFields } from '../document/front-matter.js';
import type { FileReport } from '../types.js';
import { fieldLine } from './summary.js';
import { linksAndImages } from './media.js';
import type { SiteSummary } from './types.js';

/** The summary of `report.markdown`, the rewrite's output. */
export function summariseOutput(report: FileReport, fields: FrontMatterFields): SiteSummary {
  const parsed = parseMarkdown(prepare(report.markdown).text);
  const { links, images } = linksAndImages(parsed.tree);
  const lines: SiteSummary['lines'] = {};
  const title = fieldLine(parsed, [fields.title]);
  const description = fieldLine(parsed, [fields.description]);
  const slug = fieldLine(parsed, [fields.slug]);
  const focus = fieldLine(parsed, fields.keyphrase);
  if (title !== undefined) lines.title = title;
  if (description !== undefined) lines.description = description;
  if (slug !== undefined) lines.slug = slug;
  if (focus !== undefined) lines.focus = focus;
  const date = parsed.matter ? /^date\s*[:=]\s*["']?(\d{4}-\d{2}-\d{2})/m.exec(parsed.matter.value)?.[1] : undefined;
  return {
    title: report.title, description: report.description, slug: report.slug, focus: report.focusKeyphrase, lang: report.lang,
    ...(date ? { date } : {}), lines, links, images,
  };
}
