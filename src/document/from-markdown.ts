/**
 * Reads a Markdown file (with optional YAML front matter) into the shared document model. Offsets point into the
 * original file. Code blocks, HTML, front matter and link URLs are not text; link text is.
 */
import type { Heading as MdHeading, Html, Nodes, Parent, PhrasingContent } from 'mdast';
import type { LanguagePack } from '../lang/types.js';
import { matterFormats } from '../markdown/matter/index.js';
import { parseMarkdown, type ParsedMarkdown } from '../markdown/parse.js';
import { splitSentences, tokenizeWords } from '../text/segment.js';
import { defaultFrontMatterFields, pickFields, type FrontMatterFields } from './front-matter.js';
import type { Block, Doc, FrontMatter, Sentence } from './types.js';

/** An HTML comment in the Markdown, e.g. `<!-- seo-rewrite-disable passive-voice -->`. */
export interface Comment {
  text: string;
  start: number;
  end: number;
}

export interface MarkdownDoc extends Doc {
  comments: Comment[];
}

/** Text of inline content with, for each piece, where it starts in the text and in the source. */
interface Pieces {
  text: string;
  map: { at: number; source: number }[];
}

function collectInline(nodes: readonly PhrasingContent[], out: Pieces): void {
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode') {
      const start = node.position?.start.offset;
      // inlineCode's value excludes the backticks: shift past the opening fence.
      const shift = node.type === 'inlineCode' ? 1 : 0;
      if (start !== undefined) out.map.push({ at: out.text.length, source: start + shift });
      out.text += node.value;
    } else if (node.type === 'break') {
      out.text += ' ';
    } else if ('children' in node) {
      collectInline(node.children as PhrasingContent[], out);
    }
  }
}

function toSource(pieces: Pieces, at: number): number {
  let lo = 0;
  let hi = pieces.map.length - 1;
  let best = pieces.map[0];
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const entry = pieces.map[mid];
    if (entry && entry.at <= at) {
      best = entry;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best ? best.source + (at - best.at) : at;
}

function remapSentence(sentence: Sentence, pieces: Pieces): Sentence {
  return {
    text: sentence.text,
    start: toSource(pieces, sentence.start),
    end: toSource(pieces, sentence.end - 1) + 1,
    words: sentence.words.map((w) => ({ text: w.text, start: toSource(pieces, w.start), end: toSource(pieces, w.end - 1) + 1 })),
  };
}

/** Collapses whitespace inside a block's text the way a browser shows it. */
function clean(pieces: Pieces): Pieces {
  // Newlines inside a paragraph are spaces; keep lengths so offsets stay valid.
  return { text: pieces.text.replace(/[\r\n\t]/g, ' '), map: pieces.map };
}

/** Template tags by opener, longest first, with their closers. */
const TEMPLATE_TAGS: readonly (readonly [string, string])[] = [['{{<', '>}}'], ['{{%', '%}}'], ['{%', '%}'], ['{{', '}}']];

/**
 * True for text made only of template tags (Hugo shortcodes `{{< >}}` `{{% %}}`, Liquid `{% %}` `{{ }}`): markup
 * the site generator expands, not text a reader sees, so neither prose to assess nor article text. One scan.
 */
export function templateOnly(text: string): boolean {
  let i = 0;
  let tags = 0;
  for (;;) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (i === text.length) return tags > 0;
    const tag = TEMPLATE_TAGS.find(([open]) => text.startsWith(open, i));
    if (!tag) return false;
    const close = text.indexOf(tag[1], i + tag[0].length);
    if (close < 0) return false;
    i = close + tag[1].length;
    tags++;
  }
}

/**
 * The front matter of a parsed file, read once per file and field names: a file is read into a document more than
 * once (with English rules first, then its language's; by `check` and the analysis it shares with the rewrite), and
 * a front matter of 200,000 keys takes seconds to read.
 */
const matterRead = new WeakMap<ParsedMarkdown, { fields: FrontMatterFields; value: FrontMatter }>();

function frontMatterOf(parsed: ParsedMarkdown, fields: FrontMatterFields): FrontMatter {
  const known = matterRead.get(parsed);
  if (known && known.fields === fields) return known.value;
  const matter = parsed.matter;
  const value = matter ? pickFields(matterFormats[matter.kind].read(matter.value, matter.line), fields) : {};
  matterRead.set(parsed, { fields, value });
  return value;
}

export interface MarkdownOptions {
  fields?: FrontMatterFields;
}

/**
 * Reads Markdown (text with `\n` line ends and no BOM, or a tree already parsed from it) into a Doc. Throws
 * FrontMatterError for bad front matter.
 */
export function docFromMarkdown(input: string | ParsedMarkdown, lang: Pick<LanguagePack, 'abbreviations'>, options: MarkdownOptions = {}): MarkdownDoc {
  const parsed = typeof input === 'string' ? parseMarkdown(input) : input;
  const { source, tree } = parsed;
  const blocks: Block[] = [];
  const comments: Comment[] = [];
  const frontMatter = frontMatterOf(parsed, options.fields ?? defaultFrontMatterFields);
  const visit = (node: Nodes): void => {
    if ((node.type as string) === 'yaml' || (node.type as string) === 'toml' || (node.type as string) === 'json') return;
    if (node.type === 'html') {
      collectComments(node, comments);
      return;
    }
    if (node.type === 'code') return;
    if (node.type === 'heading' || node.type === 'paragraph') {
      collectInlineComments(node.children, comments);
      const pieces: Pieces = { text: '', map: [] };
      collectInline(node.children, pieces);
      const { text } = clean(pieces);
      if (text.trim() === '' || (node.type === 'paragraph' && templateOnly(text))) return;
      const start = node.position?.start.offset ?? 0;
      const end = node.position?.end.offset ?? start;
      if (node.type === 'heading') {
        const trimmed = text.trim();
        const at = text.indexOf(trimmed);
        const s = toSource(pieces, at);
        blocks.push({
          kind: 'heading',
          depth: (node as MdHeading).depth,
          text: trimmed,
          start,
          end,
          sentences: [{ text: trimmed, start: s, end: toSource(pieces, at + trimmed.length - 1) + 1, words: tokenizeWords(trimmed, 0).map((w) => ({ text: w.text, start: toSource(pieces, at + w.start), end: toSource(pieces, at + w.end - 1) + 1 })) }],
        });
      } else {
        const sentences = splitSentences(text, lang, 0).map((s) => remapSentence(s, pieces));
        blocks.push({ kind: 'paragraph', text: sentences.map((s) => s.text).join(' '), start, end, sentences });
      }
      return;
    }
    if ('children' in node) for (const child of (node as Parent).children) visit(child as Nodes);
  };
  visit(tree);
  return { source, blocks, frontMatter, comments };
}

/** Comments inside a paragraph or heading (`text <!-- seo-rewrite-disable-line rule -->`), in order. */
function collectInlineComments(nodes: readonly PhrasingContent[], out: Comment[]): void {
  for (const node of nodes) {
    if (node.type === 'html') collectComments(node, out);
    else if ('children' in node) collectInlineComments(node.children as PhrasingContent[], out);
  }
}

function collectComments(node: Html, out: Comment[]): void {
  const base = node.position?.start.offset ?? 0;
  for (const match of node.value.matchAll(/<!--([\s\S]*?)-->/g)) {
    const start = base + (match.index ?? 0);
    out.push({ text: (match[1] ?? '').trim(), start, end: start + match[0].length });
  }
}

/**
 * The same document after its front matter was edited: the body is unchanged, so its blocks are the same, `delta`
 * characters further on in `source`. Saves parsing the whole file (and its front matter) again.
 */
export function shiftedDoc(doc: Doc, source: string, delta: number): Doc {
  const span = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + delta, end: x.end + delta });
  const sentence = (x: Sentence): Sentence => ({ ...span(x), words: x.words.map(span) });
  return {
    source,
    frontMatter: doc.frontMatter,
    blocks: doc.blocks.map((b) => ({ ...span(b), sentences: b.sentences.map(sentence) })),
  };
}
