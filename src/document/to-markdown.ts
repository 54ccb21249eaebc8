/** Serialises blocks and front matter to Markdown with remark-stringify (escaping handled there). */
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify } from 'yaml';

const writer = unified().use(remarkFrontmatter, ['yaml']).use(remarkStringify, {
  bullet: '-',
  emphasis: '_',
  fences: true,
  rule: '-',
});

export interface MarkdownBlock {
  kind: 'heading' | 'paragraph';
  depth?: number;
  text: string;
}

/** Markdown of the blocks, with the front matter as YAML (key order as given). */
export function toMarkdown(blocks: readonly MarkdownBlock[], frontMatter: Record<string, unknown>): string {
  const children: RootContent[] = [
    { type: 'yaml', value: stringify(frontMatter, { lineWidth: 0 }).trimEnd() },
  ];
  for (const block of blocks) {
    if (block.kind === 'heading') {
      const depth = Math.min(6, Math.max(1, block.depth ?? 2)) as Heading['depth'];
      children.push({ type: 'heading', depth, children: [{ type: 'text', value: block.text }] });
    } else {
      const paragraph: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: block.text }] };
      children.push(paragraph);
    }
  }
  const root: Root = { type: 'root', children };
  return writer.stringify(root);
}

/** One ATX heading line with its text escaped as remark-stringify escapes it (`# Title`). */
export function headingLine(depth: number, text: string): string {
  const d = Math.min(6, Math.max(1, depth)) as Heading['depth'];
  return writer.stringify({ type: 'root', children: [{ type: 'heading', depth: d, children: [{ type: 'text', value: text }] }] }).trimEnd();
}
