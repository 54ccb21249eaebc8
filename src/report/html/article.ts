/**
 * The article with its sentences highlighted per assessment. The text is the rewritten Markdown (or the checked file),
 * shown as headings and paragraphs; each highlight of the JSON report is found by its sentence text and wrapped in a
 * span with one class per rule, its message and fix hint in `title`. Which rule is shown is switched by radio
 * buttons and CSS alone (no script).
 */
import type { Highlight } from '../../types.js';
import { html, type Html } from './template.js';
import type { ReportWords } from './words.js';

/** The rules that highlight sentences, in the order of the switch. */
export const HIGHLIGHT_RULES = ['passive-voice', 'sentence-length', 'sentence-openings', 'transition-words', 'keyphrase-density'] as const;

interface Block {
  heading: number;
  text: string;
}

const FRONT_MATTER = /^\uFEFF?(?:---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)|\+\+\+\r?\n[\s\S]*?\r?\n\+\+\+)[ \t]*(?:\r?\n|$)/u;

/** Headings and paragraphs of a text: Markdown blocks (blank-line separated), or one paragraph a line for raw text. */
export function blocksOf(text: string, plain: boolean): Block[] {
  const body = text.replace(FRONT_MATTER, '').replace(/\r\n?/gu, '\n');
  const chunks = plain ? body.split('\n') : body.split(/\n[ \t]*\n/u);
  const out: Block[] = [];
  for (const chunk of chunks) {
    const t = chunk.trim();
    if (t === '') continue;
    const h = /^(#{1,6})\s+(.*)$/u.exec(t);
    if (h && !t.includes('\n')) out.push({ heading: h[1]?.length ?? 1, text: (h[2] ?? '').replace(/\s+#+\s*$/u, '') });
    else out.push({ heading: 0, text: t.replace(/\s*\n\s*/gu, ' ') });
  }
  return out;
}

/** Highlights of the same sentence, merged. */
interface Group {
  text: string;
  rules: Set<string>;
  notes: string[];
}

function groups(highlights: readonly Highlight[]): Group[] {
  const byText = new Map<string, Group>();
  for (const h of highlights) {
    const text = h.text.trim().replace(/\s+/gu, ' ');
    if (text === '') continue;
    let g = byText.get(text);
    if (!g) byText.set(text, (g = { text, rules: new Set(), notes: [] }));
    g.rules.add(h.rule);
    const said = [h.message, h.note].filter((x): x is string => x !== undefined).join(' — ');
    if (said !== '' && !g.notes.includes(said)) g.notes.push(said);
  }
  return [...byText.values()];
}

/** A highlight's place in a block's text: from `at` to `end`. */
interface Found {
  at: number;
  end: number;
  group: Group;
}

/** Characters Markdown escapes with a backslash (ASCII punctuation). */
const ESCAPABLE = /[!-/:-@[-`{-~]/u;

/**
 * A block's text as read, without Markdown's backslash escapes, and where each of its characters is in the text.
 * A raw draft's `**`, `_` or `[` are the writer's characters: the rewrite escapes them in the Markdown (`\*\*`),
 * while its highlights hold the sentence as written.
 */
function unescaped(text: string): { plain: string; at: number[] } {
  let plain = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\' && ESCAPABLE.test(text[i + 1] ?? '')) i++;
    plain += text[i] ?? '';
    at.push(i);
  }
  at.push(text.length);
  return { plain, at };
}

/** Where a highlight's sentence is in a block's text: as written, else as read without escapes; null when absent. */
function locate(text: string, read: { plain: string; at: number[] }, group: Group): Found | null {
  const at = text.indexOf(group.text);
  if (at !== -1) return { at, end: at + group.text.length, group };
  const p = read.plain.indexOf(group.text);
  if (p === -1) return null;
  return { at: read.at[p] ?? 0, end: (read.at[p + group.text.length - 1] ?? text.length - 1) + 1, group };
}

function paint(text: string, found: readonly Found[]): Html[] {
  const out: Html[] = [];
  let last = 0;
  for (const { at, end, group } of found) {
    if (at > last) out.push(html`${text.slice(last, at)}`);
    const classes = [...group.rules].map((r) => `r-${r}`).join(' ');
    out.push(html`<span class="hl ${classes}" title="${group.notes.join('\n')}">${text.slice(at, end)}</span>`);
    last = end;
  }
  if (last < text.length) out.push(html`${text.slice(last)}`);
  return out;
}

/** The article section: the switch, the text with its highlights, and how many were placed. */
export function articleSection(text: string, plain: boolean, highlights: readonly Highlight[], w: ReportWords): { section: Html; placed: number } {
  const blocks = blocksOf(text, plain);
  const pending = groups(highlights);
  let placed = 0;
  const rendered: Html[] = blocks.map((b) => {
    const read = unescaped(b.text);
    const found = pending.map((g) => locate(b.text, read, g)).filter((f): f is Found => f !== null);
    found.sort((a, z) => a.at - z.at);
    const kept: Found[] = [];
    let end = 0;
    for (const f of found) {
      if (f.at < end) continue;
      kept.push(f);
      end = f.end;
    }
    placed += kept.length;
    const inner = paint(b.text, kept);
    if (b.heading > 0) {
      const level = Math.min(6, b.heading + 2);
      return html`<div class="h h${level}" role="heading" aria-level="${level}">${inner}</div>`;
    }
    return html`<p>${inner}</p>`;
  });
  const counts = new Map<string, number>();
  for (const h of highlights) counts.set(h.rule, (counts.get(h.rule) ?? 0) + 1);
  const radios = [html`<input type="radio" name="hl" id="hl-none" class="hl-radio">`, ...HIGHLIGHT_RULES.map((r, i) => html`<input type="radio" name="hl" id="hl-${r}" class="hl-radio"${i === 0 ? html` checked` : ''}>`)];
  const labels = [html`<label for="hl-none">${w.none}</label>`, ...HIGHLIGHT_RULES.map((r) => html`<label for="hl-${r}" class="sw-${r}">${w.rules[r] ?? r} <span class="count">${counts.get(r) ?? 0}</span></label>`)];
  const section = html`<section id="article"><h2>${w.article}</h2>
${radios}
<div class="switch" role="group" aria-label="${w.highlight}"><span>${w.highlight}:</span> ${labels}</div>
<div class="article">${rendered}</div>
</section>`;
  return { section, placed };
}
