/**
 * The links and images of a Markdown file, from its syntax tree: Markdown links and images (inline and by
 * reference), autolinks, and `<a href>` / `<img>` written as HTML. Positions are the file's lines and columns.
 */
import type { Definition, Nodes, Root } from 'mdast';
import type { SiteImage, SiteLink } from './types.js';

const HTML_IMG = /<img\b[^>]*>/gi;
const HTML_A = /<a\b[^>]*\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const ALT = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const SRC = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

function attribute(pattern: RegExp, tag: string): string | undefined {
  const m = pattern.exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : undefined;
}

/** Line and column of `offset` inside an HTML node that starts at `line`/`column`. */
function inside(value: string, offset: number, line: number, column: number): { line: number; column: number } {
  const before = value.slice(0, offset);
  const breaks = before.split('\n').length - 1;
  return breaks === 0 ? { line, column: column + offset } : { line: line + breaks, column: offset - before.lastIndexOf('\n') };
}

function children(node: Nodes): readonly Nodes[] {
  return 'children' in node ? (node.children as Nodes[]) : [];
}

/** Links and images of the tree, in document order. */
export function linksAndImages(tree: Root): { links: SiteLink[]; images: SiteImage[] } {
  const definitions = new Map<string, Definition>();
  const collect = (node: Nodes): void => {
    if (node.type === 'definition') definitions.set(node.identifier, node);
    for (const child of children(node)) collect(child);
  };
  collect(tree);
  const links: SiteLink[] = [];
  const images: SiteImage[] = [];
  const walk = (node: Nodes): void => {
    const at = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
    if (node.type === 'link') links.push({ url: node.url, ...at });
    else if (node.type === 'linkReference') {
      const def = definitions.get(node.identifier);
      if (def) links.push({ url: def.url, ...at });
    } else if (node.type === 'image') images.push({ src: node.url, alt: (node.alt ?? '').trim(), ...at });
    else if (node.type === 'imageReference') {
      const def = definitions.get(node.identifier);
      images.push({ src: def?.url ?? '', alt: (node.alt ?? '').trim(), ...at });
    } else if (node.type === 'html') {
      for (const m of node.value.matchAll(HTML_IMG)) {
        images.push({ src: attribute(SRC, m[0]) ?? '', alt: (attribute(ALT, m[0]) ?? '').trim(), ...inside(node.value, m.index, at.line, at.column) });
      }
      for (const m of node.value.matchAll(HTML_A)) links.push({ url: m[1] ?? m[2] ?? m[3] ?? '', ...inside(node.value, m.index, at.line, at.column) });
    }
    for (const child of children(node)) walk(child);
  };
  walk(tree);
  return { links, images };
}
