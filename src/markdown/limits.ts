/**
 * A linear scan of Markdown before it is parsed, refusing the shapes on which the parser (micromark) is slow far
 * beyond the size of the file: containers nested thousands deep (a list nested 1,000 deep took 46 s to parse,
 * 10,000 nested `>` ran a worker out of 320 MB), runs of thousands of `*`/`_`/`~` (`*` × 20,000 on each side of a
 * word: 71 s, its cost grows with the square of the run), and paragraphs with tens of thousands of emphasis or link
 * delimiters (50,000 `*`: 20 s; 50,000 nested `[`: 36 s). Real posts never come near these limits (147 posts of
 * two blogs: none). The scan is language-independent and errs on the side of counting more than the parser sees
 * (code fences inside quotes or lists are scanned as text); it refuses with the line and the limit.
 */

import { englishReason, problem, type Problem } from '../lang/problem.js';

/** The limits, and why each is where it is (micromark on this project's 2-core runner). */
export const MARKDOWN_LIMITS = {
  /** Block quotes and list items nested on one line: 100 levels parse in ~50 ms, 1,000 in 0.6-4 s. */
  nesting: 50,
  /** One run of the same emphasis character, outside a thematic break: 1,000 each side parse in 0.14 s. */
  run: 256,
  /** `*`, `_`, `[`, `]` in one paragraph (lines up to a blank one or a new list item): 10,000 parse in ~1.5 s. */
  delimiters: 10_000,
} as const;

/** Markdown past one of MARKDOWN_LIMITS: the message names the line and the limit. */
export class MarkdownLimitError extends Error {
  override readonly name = 'MarkdownLimitError';
  /** The problem with its line (the message is its English). */
  readonly reason: Problem;
  /** `detail`: which limit, as data (said in the run's language). */
  constructor(
    readonly detail: Problem,
    readonly line: number,
  ) {
    const reason = problem('markdownLimit', line, detail);
    super(englishReason(reason));
    this.reason = reason;
  }
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const THEMATIC = /^ {0,3}([*_-])(?:[ \t]*\1){2,}[ \t]*$/;
const ORDERED = /^\d{1,9}[.)](?=[ \t]|$)/;

interface State {
  /** The fence open (its character repeated), or ''. */
  fence: string;
  /** Content columns of the list items open, innermost last. */
  items: number[];
  /** Delimiters in the paragraph so far. */
  delimiters: number;
  previousBlank: boolean;
}

/** Columns of the container markers that start a line: quote levels, and list items with their content column. */
function containers(line: string, state: State, lineNo: number): { quotes: number; rest: number; marker: boolean } {
  let quotes = 0;
  let col = 0;
  let i = 0;
  let marker = false;
  for (;;) {
    while (i < line.length && (line[i] === ' ' || line[i] === '\t')) {
      col = line[i] === '\t' ? col + 4 - (col % 4) : col + 1;
      i++;
    }
    const c = line[i];
    if (c === '>') {
      quotes++;
      i++;
      col++;
    } else {
      const ordered = ORDERED.exec(line.slice(i, i + 11));
      const width = (c === '-' || c === '*' || c === '+') && (i + 1 === line.length || line[i + 1] === ' ' || line[i + 1] === '\t') ? 1 : (ordered?.[0].length ?? 0);
      if (width === 0 || THEMATIC.test(line.slice(i))) break;
      while (state.items.length > 0 && (state.items.at(-1) ?? 0) > col) state.items.pop();
      state.items.push(col + width + 1);
      marker = true;
      i += width;
      col += width;
    }
    const depth = quotes + state.items.length;
    if (depth > MARKDOWN_LIMITS.nesting) {
      throw new MarkdownLimitError(problem('nesting', MARKDOWN_LIMITS.nesting), lineNo);
    }
  }
  if (!marker && state.previousBlank) while (state.items.length > 0 && (state.items.at(-1) ?? 0) > col) state.items.pop();
  return { quotes, rest: i, marker };
}

/** Counts the delimiters of `line` from `from`, refusing a run over the limit. */
function delimiters(line: string, from: number, lineNo: number): number {
  let count = 0;
  let run = 0;
  for (let i = from; i < line.length; i++) {
    const c = line[i];
    if (c === '*' || c === '_' || c === '~') {
      run = line[i - 1] === c && i > from ? run + 1 : 1;
      if (run > MARKDOWN_LIMITS.run) throw new MarkdownLimitError(problem('run', MARKDOWN_LIMITS.run, c), lineNo);
      if (c !== '~') count++;
    } else if (c === '[' || c === ']') count++;
  }
  return count;
}

/** Throws MarkdownLimitError when `source` (line endings as `\n`) is past one of MARKDOWN_LIMITS. Linear. */
export function checkMarkdownLimits(source: string): void {
  // Front matter (`---`, `+++`, `{` … `}`) is not Markdown: its lines are skipped up to the closing fence.
  const opening = source.slice(0, source.indexOf('\n') + 1).trimEnd();
  const closing = ({ '---': '---', '+++': '+++', '{': '}' } as Record<string, string>)[opening];
  const state: State = { fence: closing ? `matter${closing}` : '', items: [], delimiters: 0, previousBlank: true };
  let lineNo = 0;
  for (let start = 0; start <= source.length; ) {
    const end = source.indexOf('\n', start);
    const stop = end < 0 ? source.length : end;
    const line = source.slice(start, stop);
    start = stop + 1;
    lineNo++;
    if (state.fence.startsWith('matter')) {
      if (lineNo > 1 && line.trimEnd() === state.fence.slice('matter'.length)) state.fence = '';
      continue;
    }
    if (state.fence) {
      const closing = FENCE.exec(line);
      if (closing?.[1] && closing[1][0] === state.fence[0] && closing[1].length >= state.fence.length && line.trim() === closing[1]) state.fence = '';
      continue;
    }
    if (line.trim() === '') {
      state.delimiters = 0;
      state.previousBlank = true;
      continue;
    }
    const { rest, marker } = containers(line, state, lineNo);
    state.previousBlank = false;
    const fence = FENCE.exec(line.slice(rest));
    if (fence?.[1] && !(fence[1][0] === '`' && line.indexOf('`', rest + fence[1].length) >= 0)) {
      state.fence = fence[1];
      continue;
    }
    if (marker) state.delimiters = 0;
    if (THEMATIC.test(line)) continue;
    state.delimiters += delimiters(line, rest, lineNo);
    if (state.delimiters > MARKDOWN_LIMITS.delimiters) {
      throw new MarkdownLimitError(problem('delimiters', MARKDOWN_LIMITS.delimiters), lineNo);
    }
  }
}
