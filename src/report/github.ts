/**
 * GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` annotation per message, most severe first,
 * at most `max` of them (GitHub shows 50 a job and drops the rest silently, so we choose which), then one summary
 * line. Pure: results in, text out.
 */
import type { VFileMessage } from 'vfile-message';
import { escapeControl } from './escape.js';
import { levelOf, minScoreReason, reasonWithNote, underMinScore, type CheckedFile, type Level } from './lint.js';
import { formatAll, type CheckFormatter } from './check-format.js';
import type { CheckTotals } from './check-totals.js';

export interface GithubOptions {
  /** Most annotations printed (default 50). */
  max?: number;
  minScore?: number;
  /** Errors only. */
  quiet?: boolean;
  /** Language of the report's words (`--locale`); each file's language when absent. */
  locale?: string;
}

/** Default cap: the number of annotations GitHub keeps per job. */
export const MAX_ANNOTATIONS = 50;

const COMMAND: Readonly<Record<Level, string>> = { error: 'error', warning: 'warning', info: 'notice' };
const RANK: Readonly<Record<Level, number>> = { error: 0, warning: 1, info: 2 };

/** Escapes a message (the part after `::`). */
export function escapeData(text: string): string {
  // Other control characters are escaped as in the terminal: the job log is one.
  return escapeControl(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** Escapes a property value (`file=…,title=…`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

interface Annotation {
  level: Level;
  file: string;
  /** Order of the file in the run, then place in it. */
  order: number;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  title: string;
  message: string;
}

function fromMessage(m: VFileMessage, file: string, order: number): Annotation {
  const place = m.place;
  const end = place && 'end' in place ? place.end : undefined;
  return {
    level: levelOf(m), file, order, line: m.line ?? undefined, column: m.column ?? undefined, endLine: end?.line, endColumn: end?.column,
    title: m.ruleId ? `seo-rewrite(${m.ruleId})` : 'seo-rewrite', message: reasonWithNote(m),
  };
}

function render(a: Annotation): string {
  const props = [`file=${escapeProperty(a.file)}`];
  if (a.line !== undefined) props.push(`line=${a.line}`);
  if (a.endLine !== undefined) props.push(`endLine=${a.endLine}`);
  // GitHub ignores columns on annotations spanning several lines; give them only on one line.
  if (a.column !== undefined && (a.endLine === undefined || a.endLine === a.line)) {
    props.push(`col=${a.column}`);
    if (a.endColumn !== undefined) props.push(`endColumn=${a.endColumn}`);
  }
  props.push(`title=${escapeProperty(a.title)}`);
  return `::${COMMAND[a.level]} ${props.join(',')}::${escapeData(a.message)}`;
}

const LEVELS: readonly Level[] = ['error', 'warning', 'info'];

/**
 * Workflow commands a file at a time: the annotations are ordered by level, then file, then place, and at most `max`
 * are shown, so each level keeps its first `max` (a later file's can never come before them); printed at the end.
 */
export class GithubFormatter implements CheckFormatter {
  readonly deferred = false;
  readonly #options: GithubOptions;
  readonly #max: number;
  readonly #kept: Record<Level, Annotation[]> = { error: [], warning: [], info: [] };
  #order = 0;
  /** Annotations shown or not (after --quiet). */
  #total = 0;

  constructor(options: GithubOptions = {}) {
    this.#options = options;
    this.#max = options.max ?? MAX_ANNOTATIONS;
  }

  opening(): string {
    return '';
  }

  file(f: CheckedFile): string {
    const order = this.#order++;
    const all: Annotation[] = f.messages.map((m) => fromMessage(m, f.report.path, order));
    if (this.#options.minScore !== undefined && underMinScore(f, this.#options.minScore)) {
      all.push({ level: 'error', file: f.report.path, order, line: 1, title: 'seo-rewrite(min-score)', message: minScoreReason(f.report, this.#options.minScore, this.#options.locale) });
    }
    const shown = all
      .filter((a) => !this.#options.quiet || a.level === 'error')
      .map((a, i) => ({ a, i }))
      .sort((x, y) => RANK[x.a.level] - RANK[y.a.level] || (x.a.line ?? 0) - (y.a.line ?? 0) || (x.a.column ?? 0) - (y.a.column ?? 0) || x.i - y.i);
    for (const { a } of shown) {
      this.#total += 1;
      const kept = this.#kept[a.level];
      if (kept.length < this.#max) kept.push(a);
    }
    return '';
  }

  closing(totals: CheckTotals): string {
    const max = this.#max;
    const lines = LEVELS.flatMap((level) => this.#kept[level]).slice(0, max).map(render);
    const left = this.#total - Math.min(this.#total, max);
    const more = left > 0 ? ` · ${totals.words(this.#options.locale).moreAnnotations(left, max)}` : '';
    lines.push(`seo-rewrite: ${totals.text(this.#options.locale)}${more}`);
    return `${lines.join('\n')}\n`;
  }
}

/** Workflow commands for the run, capped, then the summary line. */
export function formatGithub(files: readonly CheckedFile[], options: GithubOptions = {}): string {
  return formatAll(new GithubFormatter(options), files, options.minScore);
}
