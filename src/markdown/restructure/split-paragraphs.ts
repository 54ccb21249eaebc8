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
import { outsideRanges, templateRanges } from './template-tags.js';

/** A line start that a parser could read as something other than paragraph text. */
const BLOCK_START = /^(?:[-+*](?:[ \t]|$)|#{1,6}(?:[ \t]|$)|>|\d{1,9}[.)](?:[ \t]|$)|`{3}|~{3}|<|\||\[[^\]]*\]:|\[\^|[=_-]{3}|\*{3}|\{)/;

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

/** Sentences merged into one where the gap between them may not be cut. */
function chunks(sentences: readonly Sentence[], cuttable: (gapStart: number, gapEnd: number) => boolean): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const last = out.at(-1);
    if (last && !cuttable(last.end, s.start)) {
      out[out.length - 1] = { text: `${last.text} ${s.text}`, start: last.start, end: s.end, words: [...last.words, ...s.words] };
    } else out.push({ ...s, words: [...s.words] });
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
    const cuttable = cutTest(source, node, start, end);
    const parts = splitParagraph(chunks(block.sentences, cuttable), partWords);
    if (parts.length < 2) continue;
    const edits = parts.slice(1).map((part, i) => {
      const gapStart = parts[i]!.at(-1)!.end;
      const gapEnd = part[0]!.start;
      return { at: gapStart, remove: gapEnd - gapStart, insert: '\n\n' };
    });
    out.push({ start, words, parts: parts.length, edits });
  }
  return out;
}

/** The test of a gap between two sentences of one paragraph. */
function cutTest(source: string, node: MdParagraph, start: number, end: number): (a: number, b: number) => boolean {
  const ranges = templateRanges(source.slice(start, end), start);
  const texts: [number, number][] = [];
  const html: { end: number; depth: number }[] = [];
  for (const child of node.children) {
    const a = child.position?.start.offset;
    const b = child.position?.end.offset;
    if (a === undefined || b === undefined) continue;
    if (child.type === 'text') texts.push([a, b]);
    else if (child.type === 'html') html.push({ end: b, depth: htmlDepth(child) });
  }
  return (a, b) => {
    if (b <= a || !/^\s+$/.test(source.slice(a, b))) return false;
    if (!texts.some(([x, y]) => x <= a && b <= y)) return false;
    if (!outsideRanges(ranges, a, b)) return false;
    let depth = 0;
    for (const h of html) if (h.end <= a) depth = Math.max(0, depth + h.depth);
    if (depth > 0) return false;
    // The next part starts a line of its own: it must read as paragraph text there.
    return !BLOCK_START.test(source.slice(b, source.indexOf('\n', b) < 0 ? undefined : source.indexOf('\n', b)));
  };
}
