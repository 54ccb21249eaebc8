/**
 * The one Markdown parser of the tool: CommonMark plus GFM (tables, footnotes, strikethrough, task lists) and
 * front matter in YAML (`---`), TOML (`+++`) or JSON (Hugo's `{` … `}`). Every node keeps its source position, so
 * the rewrite can edit the file in place: what it does not change is sliced from the source, byte for byte.
 */
import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { checkMarkdownLimits } from './limits.js';

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

const CLOSING: Record<MatterKind, string> = { yaml: '---', toml: '+++', json: '}' };

/** Every position in the tree at or after `from` moved on by `chars` characters and `lines` lines. */
function shiftPositions(node: Nodes, from: number, chars: number, lines: number): void {
  for (const point of [node.position?.start, node.position?.end]) {
    if (point?.offset !== undefined && point.offset >= from) {
      point.offset += chars;
      point.line += lines;
    }
  }
  if ('children' in node) for (const child of node.children) shiftPositions(child, from, chars, lines);
}

/**
 * The tree of a file with front matter, parsed without the front matter's content: the Markdown parser tokenises
 * every line of it (200,000 YAML keys took 5 s), yet the rest of the tree does not depend on it. The content is
 * cut out, the file parsed with empty fences, and the positions after them moved back. Undefined (parse the whole
 * file) unless the parser then sees exactly that front matter with those fences.
 */
function parseWithoutMatter(source: string): Root | undefined {
  const firstEnd = source.indexOf('\n');
  const first = firstEnd < 0 ? '' : source.slice(0, firstEnd).trimEnd();
  const kind: MatterKind | undefined = first === '---' ? 'yaml' : first === '+++' ? 'toml' : first === '{' ? 'json' : undefined;
  if (!kind) return undefined;
  const closing = source.indexOf(`\n${CLOSING[kind]}`, firstEnd) + 1;
  const valueStart = firstEnd + 1;
  if (closing <= valueStart) return undefined;
  const tree = parser.parse(source.slice(0, valueStart) + source.slice(closing)) as Root;
  const node = tree.children[0];
  const end = node?.position?.end.offset ?? 0;
  if (!node || node.type !== kind || !('value' in node) || node.value !== '' || end <= valueStart) return undefined;
  const removed = source.slice(valueStart, closing);
  let lines = 0;
  for (let i = removed.indexOf('\n'); i >= 0; i = removed.indexOf('\n', i + 1)) lines++;
  shiftPositions(tree, valueStart, removed.length, lines);
  node.value = removed.slice(0, -1);
  return tree;
}

/** Parses Markdown (already `prepare`d); throws MarkdownLimitError on input past MARKDOWN_LIMITS. */
export function parseMarkdown(source: string): ParsedMarkdown {
  checkMarkdownLimits(source);
  const tree = parseWithoutMatter(source) ?? (parser.parse(source) as Root);
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

/** The whole file through the parser, front matter included (what `parseMarkdown` must equal; for tests). */
export function parseMarkdownFully(source: string): Root {
  return parser.parse(source) as Root;
}
