/**
 * `--restructure`, first step: a top-level paragraph over the language's paragraph limit is split between
 * sentences into balanced parts (the raw-text pipeline's `splitParagraph`). A cut is made only where the source
 * between two sentences is whitespace inside the paragraph's own text: never inside a link, emphasis, code span or
 * inline HTML element, never inside a template tag or a pair of them, and never where the next part would start
 * like another block (`- `, `1. `, `#`, `>`, `|`, `<`, a fence, a definition). Lists, quotes, tables and the
 * other containers are never touched: only paragraphs that are children of the root.
 */
import type { Html, Paragraph as MdParagraph, Root } from 'mdast';
import type { Paragraph, Sentence } from '../../document/types.js';
import { splitParagraph } from '../../restructure/split.js';
import type { Edit } from './edits.js';
import { mergeRanges, outsideRanges, templateRanges } from './template-tags.js';

/** A line start that a parser could read as something other than paragraph text (sticky: tested in place). */
const BLOCK_START = /(?:[-+*](?:[ \t]|$)|#{1,6}(?:[ \t]|$)|>|\d{1,9}[.)](?:[ \t]|$)|`{3}|~{3}|<|\||\[[^\]\n]{0,999}\]:|\[\^|[=_-]{3}|\*{3}|\{)/my;

const VOID = /^<(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b/i;

/** +1 for an opening inline HTML tag, -1 for a closing one, 0 for a void, self-closing tag or comment. */
function htmlDepth(node: Html): number {
  const v = node.value;
  if (/^<\/[A-Za-z]/.test(v)) return -1;
  if (!/^<[A-Za-z]/.test(v) || VOID.test(v) || /\/>$/.test(v)) return 0;
  return 1;
}

export interface ParagraphSplit {
  /** Offset of the paragraph in the source. */
  start: number;
  words: number;
  parts: number;
  edits: Edit[];
}

/** A range of the source: where a paragraph may be cut (whitespace, replaced by a blank line). */
type Cut = readonly [number, number];

/** A run of sentences that is never cut, and the cut before it (none for the first). */
interface Chunk extends Sentence {
  cut?: Cut;
}

/** Sentences merged into one where the gap between them may not be cut. */
function chunks(sentences: readonly Sentence[], cutIn: (gapStart: number, gapEnd: number) => Cut | undefined): Chunk[] {
  const out: Chunk[] = [];
  for (const s of sentences) {
    const last = out.at(-1);
    const cut = last ? cutIn(last.end, s.start) : undefined;
    if (last && !cut) {
      out[out.length - 1] = { ...last, text: `${last.text} ${s.text}`, end: s.end, words: [...last.words, ...s.words] };
    } else out.push({ ...s, words: [...s.words], ...(cut ? { cut } : {}) });
  }
  return out;
}

/** Where each paragraph child of the root over `maxWords` words would be split, and the edits that split it. */
export function paragraphSplits(source: string, tree: Root, blocks: readonly Paragraph[], maxWords: number, partWords: number): ParagraphSplit[] {
  const byStart = new Map(blocks.map((b) => [b.start, b]));
  const out: ParagraphSplit[] = [];
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    const block = start === undefined ? undefined : byStart.get(start);
    if (!block || start === undefined || end === undefined) continue;
    const words = block.sentences.reduce((n, s) => n + s.words.length, 0);
    if (words <= maxWords || block.sentences.length < 2) continue;
    const parts = splitParagraph(chunks(block.sentences, cutFinder(source, node, start, end)), partWords) as Chunk[][];
    if (parts.length < 2) continue;
    const edits = parts.slice(1).map((part) => {
      const [from, to] = part[0]!.cut!;
      return { at: from, remove: to - from, insert: '\n\n' };
    });
    out.push({ start, words, parts: parts.length, edits });
  }
  return out;
}

/**
 * Where the gap between two sentences of one paragraph may be cut: the last run of whitespace in it (a sentence
 * may end inside a link or emphasis, whose closing markup then stays with it) that lies in the paragraph's own text,
 * outside template tags and their pairs, with no inline HTML element open, and before text that cannot be read as
 * another block. Undefined when there is none.
 */
function cutFinder(source: string, node: MdParagraph, start: number, end: number): (a: number, b: number) => Cut | undefined {
  const ranges = mergeRanges(templateRanges(source.slice(start, end), start));
  // Outside the paragraph's own text (children other than text) is where a cut may not go; an inline HTML element
  // open from its opening tag to its closing one too.
  const blocked: [number, number][] = [];
  let depth = 0;
  let opened = 0;
  for (const child of node.children) {
    const a = child.position?.start.offset;
    const b = child.position?.end.offset;
    if (a === undefined || b === undefined || child.type === 'text') continue;
    blocked.push([a, b]);
    if (child.type !== 'html') continue;
    const next = Math.max(0, depth + htmlDepth(child));
    if (depth === 0 && next > 0) opened = a;
    if (depth > 0 && next === 0) blocked.push([opened, b]);
    depth = next;
  }
  if (depth > 0) blocked.push([opened, end]);
  const outside = mergeRanges(blocked);
  const valid = (a: number, b: number): boolean => {
    if (a < start || b > end || !outsideRanges(outside, a, b) || !outsideRanges(ranges, a, b)) return false;
    BLOCK_START.lastIndex = b;
    return !BLOCK_START.test(source);
  };
  return (a, b) => {
    if (b <= a) return undefined;
    const runs = [...source.slice(a, b).matchAll(/\s+/g)].map((m): Cut => [a + m.index, a + m.index + m[0].length]);
    return runs.reverse().find(([x, y]) => valid(x, y));
  };
}
