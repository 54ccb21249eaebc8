/**
 * The terminal report for people. Pure: results and a chalk instance in, text out. The only place that colours;
 * whether to colour is decided at the edge (TTY, NO_COLOR).
 */
import type { ChalkInstance } from 'chalk';
import type { VFileMessage } from 'vfile-message';
import type { FileReport, Rating, Summary } from '../types.js';
import { escapeControl } from './escape.js';
import { summarise } from './summary.js';
import { mostCommonLang, terminalWordsFor, type TerminalWords } from './terminal-words.js';

export interface StylishFile {
  report: FileReport;
  messages: readonly VFileMessage[];
  changes: readonly string[];
  warnings: readonly string[];
}

export interface StylishOptions {
  chalk: ChalkInstance;
  minScore?: number;
  /** Most writer notes (passive, long sentences) shown per file. */
  maxNotes?: number;
  /** Only the summary line. */
  quiet?: boolean;
  /** Language of the report's words (`--locale`); each file's language when absent, the most common for the summary. */
  locale?: string;
}

const MARK: Readonly<Record<Rating, string>> = { good: '✔', ok: '▲', bad: '✖' };

function paint(c: ChalkInstance, rating: Rating, text: string): string {
  return rating === 'good' ? c.green(text) : rating === 'ok' ? c.yellow(text) : c.red(text);
}

function scoreRating(score: number): Rating {
  return score > 70 ? 'good' : score > 40 ? 'ok' : 'bad';
}

function quote(text: string, max = 90): string {
  return `“${text.length > max ? `${text.slice(0, max - 1)}…` : text}”`;
}

/** The report's texts as a terminal may show them (file names and the article's words may hold control characters). */
function shown(r: FileReport): FileReport {
  return {
    ...r,
    path: escapeControl(r.path), output: r.output === null ? null : escapeControl(r.output), lang: escapeControl(r.lang),
    focusKeyphrase: escapeControl(r.focusKeyphrase), ...(r.focusReason ? { focusReason: escapeControl(r.focusReason) } : {}), keyphrases: r.keyphrases.map((k) => ({ ...k, phrase: escapeControl(k.phrase) })),
    title: escapeControl(r.title), description: escapeControl(r.description), slug: escapeControl(r.slug),
    assessments: r.assessments.map((a) => ({ ...a, message: escapeControl(a.message) })),
    removed: r.removed.map((x) => ({ ...x, text: escapeControl(x.text) })),
    error: r.error === null ? null : escapeControl(r.error),
  };
}

function fileBlock(f: StylishFile, o: StylishOptions): string[] {
  const c = o.chalk;
  const r = shown(f.report);
  const t = terminalWordsFor(f.report.lang, o.locale);
  const lines: string[] = [];
  lines.push(c.bold(r.output ? `${r.path} → ${r.output}` : r.path));
  const row = (label: keyof TerminalWords['labels'], value: string): void => void lines.push(`  ${c.dim(t.labels[label].padEnd(12))} ${value}`);
  row('language', r.lang);
  row('focus', `${c.bold(r.focusKeyphrase || t.none)}${r.focusReason ? c.dim(` (${r.focusReason})`) : ''}`);
  row('keyphrases', r.keyphrases.map((k) => k.phrase).join(', '));
  row('title', `${r.title} ${c.dim(t.chars(r.title.length))}`);
  const others = (r.titles ?? []).slice(1);
  if (others.length > 0) row('or', others.map((x) => escapeControl(x.text)).join(c.dim(' · ')));
  row('description', `${r.description} ${c.dim(t.chars(r.description.length))}`);
  row('slug', r.slug);
  const s = (n: number): string => paint(c, scoreRating(n), String(n));
  const before = r.before;
  row('seo', before ? `${s(before.seo)} → ${s(r.score.seo)}` : s(r.score.seo));
  row('readability', before ? `${s(before.readability)} → ${s(r.score.readability)}` : s(r.score.readability));
  for (const w of f.warnings) lines.push(`  ${c.yellow(t.labels.warning)} ${escapeControl(w)}`);
  lines.push('', `  ${c.bold(t.sections.assessments)}`);
  const width = Math.max(...r.assessments.map((a) => a.id.length), 10);
  const ratingWidth = Math.max(...Object.values(t.ratings).map((x) => x.length));
  for (const a of r.assessments) {
    lines.push(`    ${paint(c, a.rating, `${MARK[a.rating]} ${t.ratings[a.rating].padEnd(ratingWidth)}`)} ${a.id.padEnd(width)}  ${a.message}`);
  }
  if (f.changes.length > 0) {
    lines.push('', `  ${c.bold(t.sections.changed)}`);
    for (const change of f.changes) lines.push(`    - ${escapeControl(change)}`);
  }
  if (r.removed.length > 0) {
    lines.push('', `  ${c.bold(t.sections.removed)}`);
    for (const x of r.removed) lines.push(`    - ${quote(x.text)} ${c.dim(`(${x.reason})`)}`);
  }
  const notes = f.messages.filter((m) => m.fatal === undefined || m.fatal === null);
  if (notes.length > 0) {
    const max = o.maxNotes ?? 12;
    lines.push('', `  ${c.bold(t.sections.notes)}`);
    for (const m of notes.slice(0, max)) {
      const at = m.line ? `${m.line}:${m.column ?? 1}` : '';
      lines.push(`    ${c.dim(at.padEnd(7))} ${escapeControl(m.reason)}${m.note ? ` ${c.cyan(`— ${escapeControl(m.note)}`)}` : ''} ${c.dim(m.ruleId ?? '')}`);
    }
    if (notes.length > max) lines.push(`    ${c.dim(t.moreNotes(notes.length - max))}`);
  }
  return lines;
}

/** One file's block followed by a blank line; empty for a failed file (its error goes to stderr) or when quiet. */
export function formatStylishFile(file: StylishFile, options: StylishOptions): string {
  if (file.report.error !== null || options.quiet) return '';
  return `${fileBlock(file, options).join('\n')}\n\n`;
}

/** What a streamed run adds to the summary line. */
export interface SummaryExtras {
  /** Files left alone because their output was up to date (`--resume`). */
  skipped?: number;
  /** Files left alone because they have no article text (empty, front matter or shortcodes only). */
  noText?: number;
  /** Wall time of the run, in seconds. */
  seconds?: number;
  /** The language most files are in: the summary's, unless `--locale`. */
  lang?: string;
}

/** The summary line (with its newline): files rewritten, skipped and failed, mean scores before and after, time. */
export function formatStylishSummary(sum: Summary, options: StylishOptions, extras: SummaryExtras = {}): string {
  const c = options.chalk;
  const t = terminalWordsFor(extras.lang ?? 'en', options.locale);
  const parts = [t.rewritten(sum.ok)];
  if (extras.skipped) parts.push(t.upToDate(extras.skipped));
  if (extras.noText) parts.push(t.noText(extras.noText));
  if (sum.failed > 0) parts.push(c.red(t.failed(sum.failed)));
  if (sum.belowMinScore > 0) parts.push(c.red(t.underMinScore(sum.belowMinScore, options.minScore)));
  let line = parts.join(', ');
  if (sum.meanScore) {
    const before = sum.meanBefore;
    line += before
      ? `. ${t.mean(`${before.seo} → ${sum.meanScore.seo}`, `${before.readability} → ${sum.meanScore.readability}`)}.`
      : `. ${t.mean(String(sum.meanScore.seo), String(sum.meanScore.readability))}.`;
  }
  if (extras.seconds !== undefined) line += `${sum.meanScore ? '' : '.'} ${c.dim(t.done(extras.seconds))}`;
  return `${line}\n`;
}

/** The whole report: one block per file that went through, then the summary line. */
export function formatStylish(files: readonly StylishFile[], options: StylishOptions): string {
  const blocks = files.map((f) => formatStylishFile(f, options)).join('');
  const reports = files.map((f) => f.report);
  return blocks + formatStylishSummary(summarise(reports, options.minScore), options, { lang: mostCommonLang(reports.filter((r) => r.error === null).map((r) => r.lang)) });
}
