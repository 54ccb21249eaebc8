/**
 * The search-result preview, as Google shows a result on desktop and on a phone: the title cut at the width the
 * `title-width` assessment uses (600 px of Arial at 20 px), the description cut at the length
 * `meta-description-length` allows (156 characters on desktop; 120, its lower bound, on a phone, where Google shows
 * less), and the URL from the slug.
 */
import { thresholds as enThresholds } from '../../lang/en/thresholds.js';
import { thresholds as idThresholds } from '../../lang/id/thresholds.js';
import type { Thresholds } from '../../lang/types.js';
import { textWidth } from '../../text/width.js';
import { html, type Html } from './template.js';
import type { ReportWords } from './words.js';

const byCode: Readonly<Record<string, Thresholds>> = { en: enThresholds, id: idThresholds };

/** The limits of a language's title and description. */
export function limitsOf(code: string): { titleWidth: number; descriptionMax: number; descriptionMobile: number } {
  const t = (Object.hasOwn(byCode, code) ? byCode[code] : undefined) ?? enThresholds;
  return { titleWidth: t.title?.maxWidth ?? 600, descriptionMax: t.metaDescription?.max ?? 156, descriptionMobile: t.metaDescription?.min ?? 120 };
}

/** `text` cut to at most `px` pixels wide (with `…` when cut), at a word boundary when there is one. */
export function cutToWidth(text: string, px: number): string {
  if (textWidth(text) <= px) return text;
  const room = px - textWidth(' …');
  let out = '';
  for (const ch of text) {
    if (textWidth(out + ch) > room) break;
    out += ch;
  }
  const space = out.lastIndexOf(' ');
  return `${(space > out.length / 2 ? out.slice(0, space) : out).trimEnd()} …`;
}

/** `text` cut to at most `max` characters (with `…` when cut), at a word boundary when there is one. */
export function cutToLength(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const out = chars.slice(0, max - 2).join('');
  const space = out.lastIndexOf(' ');
  return `${(space > out.length / 2 ? out.slice(0, space) : out).trimEnd()} …`;
}

/** The fields of one preview. */
export interface PreviewFields {
  title: string;
  description: string;
  slug: string;
}

function result(f: PreviewFields, kind: 'desktop' | 'mobile', limits: ReturnType<typeof limitsOf>): Html {
  const title = cutToWidth(f.title.trim(), limits.titleWidth);
  const description = cutToLength(f.description.trim(), kind === 'desktop' ? limits.descriptionMax : limits.descriptionMobile);
  const slug = f.slug.trim();
  return html`<div class="serp ${kind}" data-preview="${kind}">
<div class="serp-url"><span class="serp-site">example.com</span> › ${slug}</div>
<div class="serp-title">${title || '–'}</div>
<div class="serp-desc">${description || '–'}</div>
</div>`;
}

/** The preview section: desktop and mobile, after the rewrite and (when given) before it. */
export function previewSection(after: PreviewFields, before: PreviewFields | undefined, lang: string, w: ReportWords): Html {
  const limits = limitsOf(lang);
  const column = (label: string, f: PreviewFields): Html => html`<div class="preview-col">
<h3>${label}</h3>
<h4>${w.desktop}</h4>${result(f, 'desktop', limits)}
<h4>${w.mobile}</h4>${result(f, 'mobile', limits)}
</div>`;
  return html`<section id="preview"><h2>${w.preview}</h2><div class="preview-grid">${before ? column(w.before, before) : ''}${column(before ? w.after : w.report, after)}</div></section>`;
}
