/** Builds the shared document model from clean paragraphs (one string each). */
import type { LanguagePack } from '../lang/types.js';
import { splitSentences, tokenizeWords } from '../text/segment.js';
import type { Block, Doc, Heading, Paragraph } from './types.js';

/** A heading or paragraph before segmentation. */
export interface RawBlock {
  kind: 'heading' | 'paragraph';
  depth?: number;
  text: string;
}

/**
 * Lays the blocks out one per line (headings as `#`-prefixed Markdown lines would be, without the marks) and
 * segments them. Offsets refer to `source`, the blocks joined by newlines.
 */
export function docFromBlocks(blocks: readonly RawBlock[], lang: Pick<LanguagePack, 'abbreviations'>): Doc {
  const out: Block[] = [];
  let offset = 0;
  const parts: string[] = [];
  for (const block of blocks) {
    const start = offset;
    const end = start + block.text.length;
    if (block.kind === 'heading') {
      const heading: Heading = {
        kind: 'heading',
        depth: block.depth ?? 2,
        text: block.text,
        start,
        end,
        sentences: [{ text: block.text, start, end, words: tokenizeWords(block.text, start) }],
      };
      out.push(heading);
    } else {
      const paragraph: Paragraph = {
        kind: 'paragraph',
        text: block.text,
        start,
        end,
        sentences: splitSentences(block.text, lang, start),
      };
      out.push(paragraph);
    }
    parts.push(block.text);
    offset = end + 1;
  }
  return { source: parts.join('\n'), blocks: out, frontMatter: {} };
}

/** A document of paragraphs only (raw article text after normalisation). */
export function docFromParagraphs(paragraphs: readonly string[], lang: Pick<LanguagePack, 'abbreviations'>): Doc {
  return docFromBlocks(paragraphs.map((text) => ({ kind: 'paragraph', text })), lang);
}
