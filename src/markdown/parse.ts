/**
 * The one Markdown parser of the tool: CommonMark plus GFM (tables, footnotes, strikethrough, task lists) and
 * front matter in YAML (`---`), TOML (`+++`) or JSON (Hugo's `{` … `}`). Every node keeps its source position, so
 * the rewrite can edit the file in place: what it does not change is sliced from the source, byte for byte.
 */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml', 'toml', { type: 'json' as 'yaml', fence: { open: '{', close: '}' } }]);

export type MatterKind = 'yaml' | 'toml' | 'json';

/** The front-matter block of a file: its kind, its text between the fences, and where that text lies. */
export interface MatterBlock {
  kind: MatterKind;
  /** The text between the fences (for JSON, the members without the outer braces). */
  value: string;
  /** Offset of the block's first fence in the source. */
  start: number;
  /** Offset just after the closing fence. */
  end: number;
  /** Offset of `value` in the source (after the opening fence's line). */
  valueStart: number;
  /** Offset just after `value` (before the closing fence's line). */
  valueEnd: number;
  /** 1-based line of the file where `value` starts, to place front-matter errors. */
  line: number;
}

export interface ParsedMarkdown {
  /** The text parsed: the file without BOM, line endings as `\n`. */
  source: string;
  tree: Root;
  matter: MatterBlock | null;
}

/** What `prepare` took off the file, to put it back on the output. */
export interface TextForm {
  bom: boolean;
  crlf: boolean;
}

/** Takes the BOM and CRLF line endings off (the parser and all offsets work on `\n`); `restore` puts them back. */
export function prepare(text: string): { text: string; form: TextForm } {
  const bom = text.startsWith('\uFEFF');
  const body = bom ? text.slice(1) : text;
  const crlf = /\r\n/.test(body) && !/(^|[^\r])\n/.test(body);
  return { text: crlf ? body.replace(/\r\n/g, '\n') : body.replace(/\r\n?/g, '\n'), form: { bom, crlf } };
}

export function restore(text: string, form: TextForm): string {
  const eol = form.crlf ? text.replace(/\n/g, '\r\n') : text;
  return form.bom ? `\uFEFF${eol}` : eol;
}

/** Parses Markdown (already `prepare`d). */
export function parseMarkdown(source: string): ParsedMarkdown {
  const tree = parser.parse(source) as Root;
  const first = tree.children[0];
  let matter: MatterBlock | null = null;
  const kind = first?.type as string | undefined;
  if (first && (kind === 'yaml' || kind === 'toml' || kind === 'json') && 'value' in first) {
    const start = first.position?.start.offset ?? 0;
    const end = first.position?.end.offset ?? 0;
    const valueStart = source.indexOf('\n', start) + 1;
    const value = first.value as string;
    matter = { kind, value, start, end, valueStart, valueEnd: valueStart + value.length, line: 2 };
  }
  return { source, tree, matter };
}
