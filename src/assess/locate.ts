/**
 * Finding the SEO fields (title, description, slug) in the source, to point messages at them: in the YAML front
 * matter of a Markdown file, or (the title) at an H1 with the same text. Raw text has neither, so such messages get
 * no place.
 */
import type { Doc } from '../document/types.js';

/** A range of `doc.source`. */
export interface Found {
  offset: number;
  end: number;
}

const FRONT_MATTER = /^(?:\uFEFF)?---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/u;

/** Where `value` (or else the `key:` line) sits in the front matter, or at a matching H1 for the title. */
export function locateField(doc: Doc, key: 'title' | 'description' | 'slug', value: string): Found | undefined {
  const needle = value.trim();
  const fm = FRONT_MATTER.exec(doc.source)?.[0];
  if (fm) {
    // Only the field's own line: a slug `a` must not be found inside the title.
    const line = new RegExp(`^${key}[ \\t]*:.*$`, 'mu').exec(fm);
    if (line) {
      const at = needle === '' ? -1 : line[0].indexOf(needle, key.length + 1);
      return at === -1 ? { offset: line.index, end: line.index + line[0].length } : { offset: line.index + at, end: line.index + at + needle.length };
    }
  }
  if (key === 'title' && needle !== '') {
    const h1 = doc.blocks.find((b) => b.kind === 'heading' && b.depth === 1 && b.text.trim() === needle);
    if (h1) return { offset: h1.start, end: h1.end };
  }
  return undefined;
}
