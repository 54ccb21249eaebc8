/**
 * One article's HTML page, built from its entry in the JSON report (no second analysis): scores, the search-result
 * preview before and after, the title alternatives, the article with its highlights, the assessments as traffic
 * lights before and after, the notes for the writer, and what was changed or removed. Pure: report in, text out.
 */
import type { AssessmentReport, FileReport, Rating } from '../../types.js';
import { articleSection } from './article.js';
import { previewSection } from './preview.js';
import { CSS } from './style.js';
import { html, trusted, type Html, type Value } from './template.js';
import { wordsFor, type ReportWords } from './words.js';

/** What a page shows beyond the report. */
export interface PageOptions {
  /** The text to show: the rewritten Markdown (default), or the checked file as it is. */
  text?: string;
  /** The text is a raw draft (one paragraph a line), not Markdown. */
  plain?: boolean;
  /** Language of the interface (`--locale`); the article's language when absent. */
  locale?: string;
  /** A link back to the folder's index. */
  back?: string;
  /** The tool's version, for the footer. */
  version?: string;
  /** Notes for the writer that are not highlights (check messages), as `reason — note` lines. */
  notes?: readonly { ruleId: string; text: string }[];
}

/** The page's `<head>` and its opening `<body>`. */
export function head(title: string, lang: string): Html {
  return html`<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="seo-rewrite">
<title>${title}</title>
<style>${trusted(CSS)}</style>
</head>
<body>
`;
}

/** A traffic light with its rating in words. */
export function light(rating: Rating | undefined, w: ReportWords): Html {
  if (!rating) return html`<span class="light none" aria-label="–"></span>–`;
  return html`<span class="light ${rating}" aria-hidden="true"></span>${w.ratings[rating]}`;
}

function assessmentsSection(r: FileReport, w: ReportWords): Html {
  const before = new Map<string, AssessmentReport>((r.original?.assessments ?? []).map((a) => [a.id, a]));
  const hasBefore = r.original !== undefined;
  const rows = r.assessments.map((a) => {
    const b = before.get(a.id);
    return html`<tr data-rule="${a.id}" data-rating="${a.rating}"><td>${a.id}<br><span class="rule-id">${a.category === 'seo' ? w.seo : w.readability}</span></td>${hasBefore ? html`<td>${light(b?.rating, w)} <span class="rule-id">${b?.score ?? ''}</span></td>` : ''}<td>${light(a.rating, w)} <span class="rule-id">${a.score}</span></td><td>${a.message}</td></tr>`;
  });
  return html`<section id="assessments"><h2>${w.assessments}</h2>
<table><thead><tr><th>${w.assessment}</th>${hasBefore ? html`<th>${w.before}</th>` : ''}<th>${hasBefore ? w.after : w.score}</th><th>${w.message}</th></tr></thead>
<tbody>${rows}</tbody></table></section>`;
}

function scores(r: FileReport, w: ReportWords): Html {
  const one = (label: string, before: number | undefined, after: number): Html =>
    html`<div class="score">${label} ${before === undefined ? '' : html`${before} → `}<b>${after}</b></div>`;
  return html`<div class="scores">${one(w.seo, r.before?.seo, r.score.seo)}${one(w.readability, r.before?.readability, r.score.readability)}</div>`;
}

function titlesSection(r: FileReport, w: ReportWords): Value {
  const titles = r.titles ?? [];
  if (titles.length === 0) return '';
  return html`<section id="titles"><h2>${w.titles}</h2><ol>${titles.map((t) => html`<li>${t.text} <span class="rule-id">${w.score} ${t.score.toFixed(2)} · ${w.source[t.source]}</span></li>`)}</ol></section>`;
}

function notesSection(r: FileReport, options: PageOptions, w: ReportWords): Value {
  const items: Html[] = [];
  for (const h of r.highlights ?? []) {
    if (!h.message) continue;
    items.push(html`<li data-rule="${h.rule}">${h.message}${h.note ? html` <span class="note">— ${h.note}</span>` : ''} <span class="rule-id">${h.rule}</span></li>`);
  }
  for (const n of options.notes ?? []) items.push(html`<li data-rule="${n.ruleId}">${n.text} <span class="rule-id">${n.ruleId}</span></li>`);
  if (items.length === 0) return '';
  return html`<section id="notes"><h2>${w.notes}</h2><ul class="notes">${items}</ul></section>`;
}

function changesSection(r: FileReport, w: ReportWords): Value {
  const parts: Html[] = [];
  if (r.changes.length > 0) parts.push(html`<h3>${w.changes}</h3><ul>${r.changes.map((c) => html`<li>${c}</li>`)}</ul>`);
  if (r.removed.length > 0) parts.push(html`<h3>${w.removed}</h3><ul>${r.removed.map((x) => html`<li>“${x.text}” <span class="rule-id">${x.reason}</span></li>`)}</ul>`);
  return parts.length === 0 ? '' : html`<section id="changes"><h2>${w.changes}</h2>${parts}</section>`;
}

/** The whole page of one file. */
export function formatHtmlPage(r: FileReport, options: PageOptions = {}): string {
  const w = wordsFor(options.locale ?? r.lang);
  const text = options.text ?? r.markdown;
  const before = r.original ? { title: r.original.title, description: r.original.description, slug: r.original.slug } : undefined;
  const { section } = articleSection(text, options.plain ?? false, r.highlights ?? [], w);
  const page = html`${head(`${w.report}: ${r.title || r.path}`, w.lang)}${options.back ? html`<nav class="pages"><a href="${options.back}">← ${w.back}</a></nav>` : ''}
<header><div class="meta">${w.report} · ${r.path}${r.output ? html` → ${r.output}` : ''} · ${w.language}: ${r.lang} · ${r.focusKeyphrase}</div>
<h1>${r.title || r.path}</h1>${scores(r, w)}</header>
${r.error !== null ? html`<p><b>${w.failed}:</b> ${r.error}</p>` : ''}
${previewSection({ title: r.title, description: r.description, slug: r.slug }, before, r.lang, w)}
${titlesSection(r, w)}
${section}
${assessmentsSection(r, w)}
${notesSection(r, options, w)}
${changesSection(r, w)}
<footer class="meta"><p>seo-rewrite${options.version ? ` ${options.version}` : ''}</p></footer>
</body>
</html>
`;
  return page.value;
}
