/**
 * Inline control of rules from HTML comments in Markdown, as ESLint and remark-message-control do it:
 *
 * - `<!-- seo-rewrite-disable -->` or `<!-- seo-rewrite-disable rule-a rule-b -->`: from here on;
 * - `<!-- seo-rewrite-enable -->` or `<!-- seo-rewrite-enable rule-a -->`: from here on again;
 * - `<!-- seo-rewrite-disable-next rule-a -->`: for the next heading or paragraph only;
 * - `<!-- seo-rewrite-disable-line rule-a -->`: for the line the comment is on (also inside a paragraph);
 * - `<!-- seo-rewrite-disable-next-line rule-a -->`: for the line after the comment's last line;
 * - `<!-- seo-rewrite-disable-file rule-a -->`: anywhere, for the whole file (front matter too); no `enable`
 *   undoes it.
 *
 * The `-line`, `-next-line` and `-file` spellings are ESLint's and markdownlint's.
 * Ids are separated by spaces or commas; text after ` -- ` is a comment for people. A directive placed before the
 * first heading or paragraph also covers the front matter (where title, description and slug are pointed at), so
 * that a whole-document rule can be switched off at the top of a file. Pure: comments in, a predicate out.
 */

/** An HTML comment of the document, with offsets into its source. */
export interface ControlComment {
  /** The comment's text without `<!--` and `-->`, trimmed. */
  text: string;
  start: number;
  end: number;
}

/** A directive that could not be understood, reported to the writer as a warning. */
export interface ControlProblem {
  /** Offsets of the comment in the source. */
  start: number;
  end: number;
  reason: string;
}

export interface InlineControl {
  /** True when `ruleId` is disabled at `offset` of the source. */
  isDisabled(ruleId: string, offset: number): boolean;
  /** Directives with unknown keywords or rule ids. */
  problems: ControlProblem[];
}

export interface InlineControlOptions {
  /** Offsets of the headings and paragraphs (start and end), in order; for `disable-next` and the top of the file. */
  blocks: readonly { start: number; end: number }[];
  /** Known rule ids; others are reported. When absent, any id is accepted. */
  ruleIds?: readonly string[];
  /** The document's source, for the lines of `disable-line` and `disable-next-line` (ignored without it). */
  source?: string;
}

const PREFIX = 'seo-rewrite-';
const KEYWORDS = ['disable', 'enable', 'disable-next', 'disable-line', 'disable-next-line', 'disable-file'] as const;
type Keyword = (typeof KEYWORDS)[number];

interface Directive {
  keyword: Keyword;
  /** Empty for every rule. */
  ids: readonly string[];
  /** Where it takes effect. */
  from: number;
  /** Where it stops (for `disable-next`, `-line`, `-next-line`; infinite otherwise). */
  to: number;
}

/** The offsets of the line that holds `offset`: its first character and the end (its newline, or the end). */
function lineAround(source: string, offset: number): { start: number; end: number } {
  const start = source.lastIndexOf('\n', offset - 1) + 1;
  const newline = source.indexOf('\n', offset);
  return { start, end: newline === -1 ? source.length : newline };
}

/** Where a line directive takes effect, or null when there is no such line. */
function lineSpan(keyword: 'disable-line' | 'disable-next-line', comment: ControlComment, source: string): { from: number; to: number } | null {
  if (keyword === 'disable-line') {
    const first = lineAround(source, comment.start);
    const last = lineAround(source, Math.max(comment.start, comment.end - 1));
    return { from: first.start, to: last.end + 1 };
  }
  const last = lineAround(source, Math.max(comment.start, comment.end - 1));
  if (last.end >= source.length) return null;
  const next = lineAround(source, last.end + 1);
  return { from: next.start, to: next.end + 1 };
}

function applies(directive: Directive, ruleId: string): boolean {
  return directive.ids.length === 0 || directive.ids.includes(ruleId);
}

/** Reads the directives out of a document's comments. */
export function inlineControl(comments: readonly ControlComment[], options: InlineControlOptions): InlineControl {
  const directives: Directive[] = [];
  const problems: ControlProblem[] = [];
  const firstBlock = options.blocks[0]?.start ?? Number.POSITIVE_INFINITY;
  for (const comment of comments) {
    const text = comment.text.split(/\s--\s/)[0]?.trim() ?? '';
    if (!text.startsWith(PREFIX)) continue;
    const [head = '', ...rest] = text.split(/\s+/);
    const keyword = head.slice(PREFIX.length);
    if (!(KEYWORDS as readonly string[]).includes(keyword)) {
      problems.push({ start: comment.start, end: comment.end, reason: `Unexpected directive “${head}”, expected ${KEYWORDS.map((k) => PREFIX + k).join(', ')}` });
      continue;
    }
    const ids = rest.join(' ').split(/[\s,]+/).filter((id) => id !== '');
    const known = options.ruleIds;
    const good = known ? ids.filter((id) => known.includes(id)) : ids;
    for (const id of ids) {
      if (known && !known.includes(id)) problems.push({ start: comment.start, end: comment.end, reason: `Unexpected unknown rule “${id}” in ${head}, expected a rule id` });
    }
    // A directive whose ids are all unknown must not turn into "every rule".
    if (ids.length > 0 && good.length === 0) continue;
    const from = comment.start < firstBlock ? 0 : comment.end;
    if (keyword === 'disable-file') {
      directives.push({ keyword, ids: good, from: 0, to: Number.POSITIVE_INFINITY });
      continue;
    }
    if (keyword === 'disable-line' || keyword === 'disable-next-line') {
      const span = options.source === undefined ? null : lineSpan(keyword, comment, options.source);
      if (span) directives.push({ keyword, ids: good, ...span });
      continue;
    }
    if (keyword === 'disable-next') {
      const next = options.blocks.find((b) => b.start >= comment.end);
      if (next) directives.push({ keyword: 'disable-next', ids: good, from: comment.end, to: next.end });
      continue;
    }
    directives.push({ keyword: keyword as Keyword, ids: good, from, to: Number.POSITIVE_INFINITY });
  }

  return {
    problems,
    isDisabled(ruleId, offset) {
      let disabled = false;
      for (const d of directives) {
        if (d.from > offset || !applies(d, ruleId)) continue;
        if (d.keyword === 'disable-file') return true;
        if (d.keyword === 'disable-next' || d.keyword === 'disable-line' || d.keyword === 'disable-next-line') {
          if (offset < d.to) return true;
        } else disabled = d.keyword === 'disable';
      }
      return disabled;
    },
  };
}
