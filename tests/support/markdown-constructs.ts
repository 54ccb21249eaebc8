/**
 * Measuring instrument for issue 12 ("a rewrite of a Markdown file loses nothing"): counts every Markdown construct
 * in a document and keeps the material that must survive verbatim, so a test or the audit can compare a file
 * before and after the rewrite. It deliberately parses on its own (not through src/) so that it keeps measuring
 * the same way while the document model it checks is being rebuilt.
 */
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

export type FrontMatterKind = 'yaml' | 'toml' | 'json';

export interface FrontMatterInfo {
  kind: FrontMatterKind | null;
  /** YAML/TOML: the text between the fences; JSON: the whole block, braces included (they are part of the JSON). */
  raw: string;
}

export interface HeadingInfo {
  depth: number;
  text: string;
}

export interface Constructs {
  /** URLs of links (inline, autolinks, and reference links resolved through their definition), sorted. */
  links: string[];
  /** URLs of images (inline and by reference), sorted. */
  images: string[];
  listItems: number;
  tables: number;
  tableCells: number;
  /** Values of inline code spans, sorted. */
  inlineCode: string[];
  /** Inline HTML tags inside paragraphs, headings and cells, sorted. */
  inlineHtml: string[];
  emphasis: number;
  strong: number;
  strikethrough: number;
  /** Fenced and indented code blocks, exact source slices, in document order. */
  codeBlocks: string[];
  /** HTML blocks (flow HTML, comments included), exact source slices, in document order. */
  htmlBlocks: string[];
  blockquotes: number;
  footnoteDefinitions: number;
  footnoteReferences: number;
  definitions: number;
  thematicBreaks: number;
  headings: HeadingInfo[];
  /** Source lines that are only a shortcode, Liquid tag/output or MDX/JSX line, exact, in document order. */
  standaloneLines: string[];
  /**
   * Template blocks whose body is not Markdown (`{% highlight %}…{% endhighlight %}`, `{% raw %}`, `{% comment %}`,
   * `{% capture %}`, Hugo `{{< highlight >}}…{{< /highlight >}}`), exact source slices. remark reads their body as
   * Markdown (a `> ` line of a highlighted shell session becomes a blockquote), so only a verbatim check shows a
   * paragraph split or reflowed inside one.
   */
  templateBlocks: string[];
  frontMatter: FrontMatterInfo;
  /** Prose sentences, whitespace-normalised, in document order (see proseSentences). */
  sentences: string[];
}

export const defaultManagedKeys: readonly string[] = ['title', 'description', 'slug', 'keyphrase'];

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);

/** Nodes whose `html` children are inline HTML rather than HTML blocks. */
const phrasingParents = new Set(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link', 'linkReference']);

/**
 * One tag alone on a line. Tempered (`(?:(?!close).)*`) so that a line holding two tags with text between them
 * (`{% raw %}x{% endraw %} and more`) is not taken for one standalone tag.
 */
const standalonePatterns: readonly RegExp[] = [
  /^\s*\{\{<(?:(?!>\}\}).)*>\}\}\s*$/u, // Hugo shortcode {{< … >}}
  /^\s*\{\{%(?:(?!%\}\}).)*%\}\}\s*$/u, // Hugo shortcode {{% … %}}
  /^\s*\{%(?:(?!%\}).)*%\}\s*$/u, // Liquid tag {% … %}
  /^\s*\{\{(?:(?!\}\}).)*\}\}\s*$/u, // Liquid output {{ … }}
  /^\s*<\/?[A-Z][\w.:-]*(?:\s[^<>]*)?\/?>\s*$/u, // JSX component tag: <Foo …/>, <Foo>, </Foo>
  /^\s*import\s.+\sfrom\s+(['"]).+\1;?\s*$/u, // MDX/Astro import
];

export function isStandaloneTagLine(line: string): boolean {
  return standalonePatterns.some((re) => re.test(line));
}

const sentenceBoundary = /(?<=[.!?…])\s+(?=[A-Z0-9"“‘(\[])/u;

function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Hugo's JSON front matter: the file starts with a line `{` and the block ends at the first line `}`. */
function jsonFrontMatterEnd(source: string): number | undefined {
  if (!/^\{[ \t]*\r?\n/u.test(source)) return undefined;
  const close = /^\}[ \t]*$/mu.exec(source);
  return close ? close.index + close[0].length : undefined;
}

interface Parsed {
  /** The source without BOM; every slice refers to it. */
  source: string;
  tree: Root;
  frontMatter: FrontMatterInfo;
  /** 1-based line range of the front matter, when there is one. */
  frontMatterLines?: { start: number; end: number };
}

/**
 * Parses once. JSON front matter is not known to remark: it is masked with spaces (newlines kept) so that the body
 * parses as it would on a Hugo site while every offset and line number still points into the real source.
 */
function parse(markdown: string): Parsed {
  const source = markdown.replace(/^\uFEFF/u, '');
  const jsonEnd = jsonFrontMatterEnd(source);
  if (jsonEnd !== undefined) {
    const raw = source.slice(0, jsonEnd);
    const masked = raw.replace(/[^\r\n]/gu, ' ') + source.slice(jsonEnd);
    return {
      source,
      tree: parser.parse(masked),
      frontMatter: { kind: 'json', raw },
      frontMatterLines: { start: 1, end: raw.split('\n').length },
    };
  }
  const tree = parser.parse(source);
  const first = tree.children[0];
  const type: string | undefined = first?.type;
  // `toml` nodes come from remark-frontmatter but are not declared in @types/mdast, hence the string compare.
  if (first && (type === 'yaml' || type === 'toml') && 'value' in first && first.position) {
    return {
      source,
      tree,
      frontMatter: { kind: type, raw: first.value },
      frontMatterLines: { start: first.position.start.line, end: first.position.end.line },
    };
  }
  return { source, tree, frontMatter: { kind: null, raw: '' } };
}

function slice(source: string, node: Nodes): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : source.slice(start, end);
}

function definitionUrls(tree: Root): Map<string, string> {
  const urls = new Map<string, string>();
  visit(tree, 'definition', (node) => {
    // The first definition of an identifier wins, as in CommonMark.
    if (!urls.has(node.identifier)) urls.set(node.identifier, node.url);
  });
  return urls;
}

function emptyConstructs(frontMatter: FrontMatterInfo): Constructs {
  return {
    links: [],
    images: [],
    listItems: 0,
    tables: 0,
    tableCells: 0,
    inlineCode: [],
    inlineHtml: [],
    emphasis: 0,
    strong: 0,
    strikethrough: 0,
    codeBlocks: [],
    htmlBlocks: [],
    blockquotes: 0,
    footnoteDefinitions: 0,
    footnoteReferences: 0,
    definitions: 0,
    thematicBreaks: 0,
    headings: [],
    standaloneLines: [],
    templateBlocks: [],
    frontMatter,
    sentences: [],
  };
}

/** Adds one node to the tallies; `parentType` tells inline HTML from HTML blocks. */
function tallyNode(c: Constructs, node: Nodes, parentType: string | undefined, source: string, urls: Map<string, string>): void {
  const resolve = (identifier: string): string => urls.get(identifier) ?? `[unresolved:${identifier}]`;
  switch (node.type) {
    case 'link': c.links.push(node.url); break;
    case 'linkReference': c.links.push(resolve(node.identifier)); break;
    case 'image': c.images.push(node.url); break;
    case 'imageReference': c.images.push(resolve(node.identifier)); break;
    case 'listItem': c.listItems++; break;
    case 'table': c.tables++; break;
    case 'tableCell': c.tableCells++; break;
    case 'inlineCode': c.inlineCode.push(node.value); break;
    case 'emphasis': c.emphasis++; break;
    case 'strong': c.strong++; break;
    case 'delete': c.strikethrough++; break;
    case 'code': c.codeBlocks.push(slice(source, node)); break;
    case 'html':
      if (parentType !== undefined && phrasingParents.has(parentType)) c.inlineHtml.push(node.value);
      else c.htmlBlocks.push(slice(source, node));
      break;
    case 'blockquote': c.blockquotes++; break;
    case 'footnoteDefinition': c.footnoteDefinitions++; break;
    case 'footnoteReference': c.footnoteReferences++; break;
    case 'definition': c.definitions++; break;
    case 'thematicBreak': c.thematicBreaks++; break;
    case 'heading': c.headings.push({ depth: node.depth, text: collapse(toString(node, { includeHtml: false })) }); break;
    default: break;
  }
}

/** Lines (1-based) that belong to code blocks: a tag inside code is code, not a standalone tag. */
function codeLines(tree: Root): Set<number> {
  const lines = new Set<number>();
  visit(tree, 'code', (node) => {
    if (!node.position) return;
    for (let l = node.position.start.line; l <= node.position.end.line; l++) lines.add(l);
  });
  return lines;
}

interface SourceLine {
  /** The line without its `\r`. */
  line: string;
  /** 0-based index into the source's lines. */
  index: number;
}

/** Body lines outside code blocks and front matter: where a template tag is a tag and not code or metadata. */
function bodyLines(parsed: Parsed): SourceLine[] {
  const excluded = codeLines(parsed.tree);
  const fm = parsed.frontMatterLines;
  return parsed.source
    .split('\n')
    .map((line, index) => ({ line: line.replace(/\r$/u, ''), index }))
    .filter(({ index }) => !excluded.has(index + 1) && !(fm && index + 1 >= fm.start && index + 1 <= fm.end));
}

function standaloneLines(lines: readonly SourceLine[]): string[] {
  return lines.filter(({ line }) => isStandaloneTagLine(line)).map(({ line }) => line);
}

const liquidOpen = /^\s*\{%-?\s*(highlight|raw|comment|capture)\b(?:(?!%\}).)*%\}\s*$/u;
const hugoOpen = /^\s*\{\{[<%]\s*highlight\b(?:(?!\}\}).)*[>%]\}\}\s*$/u;

/** The closing line of a template block opened by `line`, as a test; undefined when `line` opens none. */
function templateCloser(line: string): ((candidate: string) => boolean) | undefined {
  const liquid = liquidOpen.exec(line);
  if (liquid) return (c) => new RegExp(`^\\s*\\{%-?\\s*end${liquid[1] ?? ''}\\s*-?%\\}\\s*$`, 'u').test(c);
  if (hugoOpen.test(line)) return (c) => /^\s*\{\{[<%]\s*\/highlight\s*[>%]\}\}\s*$/u.test(c);
  return undefined;
}

function templateBlocks(parsed: Parsed, lines: readonly SourceLine[]): string[] {
  const all = parsed.source.split('\n');
  const blocks: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = lines[i];
    const closes = open ? templateCloser(open.line) : undefined;
    if (!open || !closes) continue;
    const end = lines.findIndex((l, j) => j > i && closes(l.line));
    // An unclosed block is left alone: Liquid would fail on it anyway.
    if (end < 0) continue;
    const close = lines[end];
    if (close) blocks.push(all.slice(open.index, close.index + 1).join('\n'));
    i = end;
  }
  return blocks;
}

function sentencesOf(tree: Root): string[] {
  const out: string[] = [];
  visit(tree, 'paragraph', (node) => {
    // HTML is markup, not prose; code spans stay, as they are words of the sentence.
    const text = collapse(toString(node, { includeHtml: false }));
    for (const sentence of text.split(sentenceBoundary)) {
      const s = sentence.trim();
      // A sentence that is only a tag is measured as a standalone line, not as prose.
      if (s !== '' && !isStandaloneTagLine(s)) out.push(s);
    }
  });
  return out;
}

/** Counts every construct of a Markdown document and keeps the material that must survive verbatim. */
export function countConstructs(markdown: string): Constructs {
  const parsed = parse(markdown);
  const urls = definitionUrls(parsed.tree);
  const c = emptyConstructs(parsed.frontMatter);
  visit(parsed.tree, (node, _index, parent) => {
    tallyNode(c, node, parent?.type, parsed.source, urls);
  });
  c.links.sort();
  c.images.sort();
  c.inlineCode.sort();
  c.inlineHtml.sort();
  const lines = bodyLines(parsed);
  c.standaloneLines = standaloneLines(lines);
  c.templateBlocks = templateBlocks(parsed, lines);
  c.sentences = sentencesOf(parsed.tree);
  return c;
}

/** The prose of a document as sentences: paragraph text (no code or HTML), whitespace collapsed. */
export function proseSentences(markdown: string): string[] {
  return sentencesOf(parse(markdown).tree);
}

// ---------------------------------------------------------------------------------------------------------------
// Front matter lines

/** A run of front-matter lines: one top-level member (key set) or a line that belongs to none (key null). */
interface Entry {
  key: string | null;
  lines: string[];
}

function unquote(key: string): string {
  const k = key.trim();
  if (k.length >= 2 && ((k.startsWith('"') && k.endsWith('"')) || (k.startsWith("'") && k.endsWith("'")))) return k.slice(1, -1);
  return k;
}

const yamlKey = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"\-?:[{][^:]*?|-[^\s:][^:]*?)\s*:(?:\s|$)/u;

/** A line that continues the YAML member above it: indented, or a compact `- item` of a sequence value. */
function isYamlContinuation(line: string): boolean {
  return /^[ \t]/u.test(line) || /^-(?:\s|$)/u.test(line);
}

function nextNonBlank(lines: readonly string[], from: number): string | undefined {
  return lines.slice(from).find((l) => l.trim() !== '');
}

function yamlEntries(lines: readonly string[]): Entry[] {
  const entries: Entry[] = [];
  let current: Entry | undefined;
  lines.forEach((line, i) => {
    const blank = line.trim() === '';
    const next = blank ? nextNonBlank(lines, i + 1) : undefined;
    // A blank line inside a block scalar (`description: |`) belongs to it, so it goes with a managed value.
    const continues = current?.key != null && (blank ? next !== undefined && isYamlContinuation(next) : isYamlContinuation(line));
    if (current && continues) {
      current.lines.push(line);
      return;
    }
    const match = blank ? null : yamlKey.exec(line);
    current = { key: match?.[1] !== undefined ? unquote(match[1]) : null, lines: [line] };
    entries.push(current);
  });
  return entries;
}

interface TomlState {
  /** An open multi-line string's delimiter. */
  multi: '"""' | "'''" | null;
  /** Depth of open arrays and inline tables. */
  depth: number;
}

/** Skips a one-line string starting at i (a quote); returns the index after it. */
function skipTomlString(text: string, i: number): number {
  const quote = text[i];
  let j = i + 1;
  while (j < text.length && text[j] !== quote) j += quote === '"' && text[j] === '\\' ? 2 : 1;
  return j + 1;
}

/** Follows strings, brackets and comments through one line of TOML, so values spanning lines stay together. */
function scanToml(text: string, state: TomlState): TomlState {
  let { multi, depth } = state;
  let i = 0;
  while (i < text.length) {
    if (multi) {
      const close = text.indexOf(multi, i);
      if (close < 0) return { multi, depth };
      i = close + 3;
      multi = null;
      continue;
    }
    const three = text.slice(i, i + 3);
    const ch = text[i];
    if (three === '"""' || three === "'''") {
      multi = three;
      i += 3;
    } else if (ch === '"' || ch === "'") i = skipTomlString(text, i);
    else if (ch === '#') break;
    else {
      if (ch === '[' || ch === '{') depth++;
      if (ch === ']' || ch === '}') depth--;
      i++;
    }
  }
  return { multi, depth: Math.max(depth, 0) };
}

const tomlKey = /^\s*("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+)\s*(?:\.\s*(?:"(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+)\s*)*=/u;
const tomlHeader = /^\s*\[/u;

function tomlEntries(lines: readonly string[]): Entry[] {
  const entries: Entry[] = [];
  let current: Entry | undefined;
  let state: TomlState = { multi: null, depth: 0 };
  // Keys under a [table] are not top-level, so never managed: `[extra] title = …` is the writer's.
  let inTable = false;
  for (const line of lines) {
    const open = state.multi !== null || state.depth > 0;
    if (open && current) {
      current.lines.push(line);
      state = scanToml(line, state);
      continue;
    }
    const key = tomlKey.exec(line);
    if (key?.[1] !== undefined) {
      current = { key: inTable ? null : unquote(key[1]), lines: [line] };
      state = scanToml(line.slice(key[0].length), { multi: null, depth: 0 });
    } else {
      if (tomlHeader.test(line)) inTable = true;
      current = { key: null, lines: [line] };
    }
    entries.push(current);
  }
  return entries;
}

/** JSON members: a line starting a string at depth 1 opens a member; its value's lines follow it. */
function jsonEntries(lines: readonly string[]): Entry[] {
  const entries: Entry[] = [];
  let current: Entry | undefined;
  let depth = 0;
  let inString = false;
  for (const line of lines) {
    const trimmed = line.trim();
    if (!inString && depth === 1 && trimmed.startsWith('"')) {
      const key = /^"((?:[^"\\]|\\.)*)"/u.exec(trimmed);
      current = { key: key?.[1] ?? null, lines: [] };
      entries.push(current);
    }
    // The opening and closing braces and blank lines are structure, not members.
    const member = current !== undefined && trimmed !== '' && (depth > 1 || (depth === 1 && !trimmed.startsWith('}')));
    if (member) current?.lines.push(line);
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (inString) {
        if (ch === '\\') i++;
        else if (ch === '"') inString = false;
      } else if (ch === '"') inString = true;
      else if (ch === '{' || ch === '[') depth++;
      else if (ch === '}' || ch === ']') depth--;
    }
  }
  // The comma after a member depends on what follows it, which adding a managed key may change: not the writer's.
  for (const entry of entries) {
    const last = entry.lines.length - 1;
    if (last >= 0) entry.lines[last] = entry.lines[last]!.replace(/,\s*$/u, '');
  }
  return entries;
}

/**
 * The front-matter lines that do not belong to a managed top-level key: the writer's own keys (with their
 * continuation lines), comments and blank lines (JSON: member lines only), in order. A rewrite must keep them all.
 */
export function frontMatterLines(raw: string, kind: FrontMatterKind | null, managedKeys: readonly string[] = defaultManagedKeys): string[] {
  if (kind === null || raw === '') return [];
  const lines = raw.split('\n').map((l) => l.replace(/\r$/u, ''));
  const entries = kind === 'yaml' ? yamlEntries(lines) : kind === 'toml' ? tomlEntries(lines) : jsonEntries(lines);
  const managed = new Set(managedKeys);
  return entries.filter((e) => e.key === null || !managed.has(e.key)).flatMap((e) => e.lines);
}

// ---------------------------------------------------------------------------------------------------------------
// Comparison

export interface CompareOptions {
  /** Front-matter keys the tool may add or change. Default: title, description, slug, keyphrase. */
  managedKeys?: readonly string[];
  /** Headings may be added (with --restructure); none may be removed or changed either way. */
  addedHeadings?: boolean;
}

/** One construct compared: how many there were, how many are found (or kept verbatim) after, what differs. */
export interface ConstructCheck {
  name: string;
  before: number;
  after: number;
  differences: string[];
}

/** Items of `before` with no counterpart in `after`, as a multiset (each item of `after` matches once). */
export function missingFrom(before: readonly string[], after: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const item of after) left.set(item, (left.get(item) ?? 0) + 1);
  return before.filter((item) => {
    const n = left.get(item) ?? 0;
    if (n > 0) left.set(item, n - 1);
    return n === 0;
  });
}

/** Greedy in-order match: which of `before` are not found, in order, in `after`, and which of `after` are extra. */
function subsequence(before: readonly string[], after: readonly string[]): { lost: string[]; extra: string[] } {
  const lost: string[] = [];
  const used = new Set<number>();
  let cursor = 0;
  for (const item of before) {
    const at = after.indexOf(item, cursor);
    if (at < 0) lost.push(item);
    else {
      used.add(at);
      cursor = at + 1;
    }
  }
  return { lost, extra: after.filter((_, i) => !used.has(i)) };
}

function short(text: string, max = 80): string {
  const one = text.replace(/\s+/gu, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

function countCheck(name: string, before: number, after: number): ConstructCheck {
  return { name, before, after, differences: before === after ? [] : [`${name}: ${before} → ${after}`] };
}

/** A multiset of values (URLs, code spans): the count must match and every value must still be there. */
function valuesCheck(name: string, singular: string, before: readonly string[], after: readonly string[]): ConstructCheck {
  const lost = missingFrom(before, after);
  const count = before.length === after.length ? [] : [`${name}: ${before.length} → ${after.length}`];
  return { name, before: before.length, after: after.length, differences: [...count, ...lost.map((v) => `${singular} lost: ${short(v)}`)] };
}

/** Blocks that must be byte for byte the same: `after` counts the blocks of `before` found verbatim. */
function verbatimCheck(name: string, singular: string, before: readonly string[], after: readonly string[]): ConstructCheck {
  const lost = new Set<number>();
  const missing = missingFrom(before, after);
  // Number the lost blocks by their place in the source, so the message points at the right one.
  for (const block of missing) lost.add(before.findIndex((b, i) => b === block && !lost.has(i)));
  const count = before.length === after.length ? [] : [`${name}: ${before.length} → ${after.length}`];
  const blocks = [...lost].sort((a, b) => a - b).map((i) => `${singular} ${i + 1} not verbatim: ${short((before[i] ?? '').split('\n')[0] ?? '')}`);
  return { name: `${name} verbatim`, before: before.length, after: before.length - missing.length, differences: [...count, ...blocks] };
}

function headingsCheck(before: readonly HeadingInfo[], after: readonly HeadingInfo[], addedAllowed: boolean): ConstructCheck {
  const show = (h: HeadingInfo): string => `${'#'.repeat(h.depth)} ${h.text}`;
  const { lost, extra } = subsequence(before.map(show), after.map(show));
  const differences = [...lost.map((h) => `heading lost or changed: ${short(h)}`), ...(addedAllowed ? [] : extra.map((h) => `heading added: ${short(h)}`))];
  return { name: 'headings kept', before: before.length, after: before.length - lost.length, differences };
}

function standaloneCheck(before: readonly string[], after: readonly string[]): ConstructCheck {
  const lost = missingFrom(before, after);
  return { name: 'standalone lines kept alone', before: before.length, after: before.length - lost.length, differences: lost.map((l) => `standalone line lost: ${short(l)}`) };
}

function frontMatterCheck(before: FrontMatterInfo, after: FrontMatterInfo, managedKeys: readonly string[]): ConstructCheck {
  const lines = frontMatterLines(before.raw, before.kind, managedKeys);
  const { lost } = subsequence(lines, frontMatterLines(after.raw, after.kind, managedKeys));
  const kind = before.kind !== null && before.kind !== after.kind ? [`front matter: ${before.kind} → ${after.kind ?? 'none'}`] : [];
  const differences = [...kind, ...lost.map((l) => `front-matter line lost or altered: \`${short(l)}\``)];
  return { name: 'front-matter lines kept', before: lines.length, after: lines.length - lost.length, differences };
}

function sentencesCheck(before: readonly string[], after: readonly string[]): ConstructCheck {
  const lost = missingFrom(before, after);
  return { name: 'sentences kept', before: before.length, after: before.length - lost.length, differences: lost.map((s) => `sentence lost: ${short(s, 120)}`) };
}

/** Every construct compared, in a fixed order (the audit's table rows). */
export function checkConstructs(before: Constructs, after: Constructs, options: CompareOptions = {}): ConstructCheck[] {
  const b = before;
  const a = after;
  return [
    valuesCheck('links', 'link URL', b.links, a.links),
    valuesCheck('images', 'image URL', b.images, a.images),
    countCheck('list items', b.listItems, a.listItems),
    countCheck('tables', b.tables, a.tables),
    countCheck('table cells', b.tableCells, a.tableCells),
    valuesCheck('inline code', 'inline code', b.inlineCode, a.inlineCode),
    valuesCheck('inline HTML', 'inline HTML', b.inlineHtml, a.inlineHtml),
    countCheck('emphasis', b.emphasis, a.emphasis),
    countCheck('strong', b.strong, a.strong),
    countCheck('strikethrough', b.strikethrough, a.strikethrough),
    verbatimCheck('code blocks', 'code block', b.codeBlocks, a.codeBlocks),
    verbatimCheck('HTML blocks', 'HTML block', b.htmlBlocks, a.htmlBlocks),
    countCheck('blockquotes', b.blockquotes, a.blockquotes),
    countCheck('footnote definitions', b.footnoteDefinitions, a.footnoteDefinitions),
    countCheck('footnote references', b.footnoteReferences, a.footnoteReferences),
    countCheck('definitions', b.definitions, a.definitions),
    countCheck('thematic breaks', b.thematicBreaks, a.thematicBreaks),
    headingsCheck(b.headings, a.headings, options.addedHeadings ?? false),
    standaloneCheck(b.standaloneLines, a.standaloneLines),
    verbatimCheck('template blocks', 'template block', b.templateBlocks, a.templateBlocks),
    frontMatterCheck(b.frontMatter, a.frontMatter, options.managedKeys ?? defaultManagedKeys),
    sentencesCheck(b.sentences, a.sentences),
  ];
}

/** What the rewrite lost or altered, in words; empty when nothing is lost. */
export function compareConstructs(before: Constructs, after: Constructs, options: CompareOptions = {}): string[] {
  return checkConstructs(before, after, options).flatMap((c) => c.differences);
}
