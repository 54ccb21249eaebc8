/**
 * The document model every stage shares: blocks of headings and paragraphs, sentences and words, each with
 * offsets into `Doc.source` so that a diagnostic can point at a line and column of the original file.
 */

export interface Span {
  /** Offset of the first character in `Doc.source`. */
  start: number;
  /** Offset after the last character in `Doc.source`. */
  end: number;
}

export interface Word extends Span {
  /** The word as written. */
  text: string;
}

export interface Sentence extends Span {
  text: string;
  words: Word[];
}

export interface Paragraph extends Span {
  kind: 'paragraph';
  text: string;
  sentences: Sentence[];
}

export interface Heading extends Span {
  kind: 'heading';
  /** 1 for H1, 2 for H2… */
  depth: number;
  text: string;
  sentences: Sentence[];
}

export type Block = Heading | Paragraph;

export interface FrontMatter {
  title?: string;
  description?: string;
  slug?: string;
  /** Focus keyphrase (`keyphrase`) or the first of `keywords`. */
  keyphrase?: string;
  keywords?: string[];
  lang?: string;
  /** Everything else, untouched. */
  [key: string]: unknown;
}

export interface Doc {
  /** The text that offsets refer to (the whole original file for Markdown, the normalised text for raw text). */
  source: string;
  blocks: Block[];
  frontMatter: FrontMatter;
}
