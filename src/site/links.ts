/**
 * Links and images across the site: relative and site-absolute links lead to an article of the site (as a file,
 * or through the configured permalink pattern); each article links out and in (Yoast's outbound and internal link
 * assessments); every image has an alt text, and one of them names the focus keyphrase. Nothing is fetched: links
 * to other sites are counted, never followed. Links to other kinds of files (images, PDFs) are not resolved.
 */
import { posix } from 'node:path';
import type { Summarised } from './duplicates.js';
import type { SiteFinding } from './finding.js';
import { comparable } from './duplicates.js';
import { normalUrl, slashed } from './permalink.js';
import type { SiteLink } from './types.js';

/** What links are resolved against. */
export interface SiteIndex {
  /** Every file of the run (checked, skipped or failed), with forward slashes. */
  paths: ReadonlySet<string>;
  /** The content root (the folder every file is under). */
  root: string;
  /** Address → file, when a permalink pattern is configured. */
  permalinks: ReadonlyMap<string, string>;
  /** File → address (the inverse of `permalinks`): a relative link on a page is relative to the page's address. */
  addresses: ReadonlyMap<string, string>;
}

/** What a link is. */
export type LinkKind = { kind: 'outbound' } | { kind: 'internal'; target: string | null } | { kind: 'other' };

const PAGE = /(?:\.(?:md|markdown|mdx|html?)|\/|^[^.]*)$/i;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function fileFor(path: string, index: SiteIndex): string | null {
  const base = path.replace(/\/+$/, '');
  const stem = base.replace(/\.(?:html?|md|markdown|mdx)$/i, '');
  const candidates = /\.(?:md|markdown|mdx)$/i.test(base) ? [base] : [`${stem}.md`, `${stem}.markdown`, `${stem}.mdx`, `${stem}/index.md`, `${stem}/_index.md`, `${stem}/README.md`];
  return candidates.find((c) => index.paths.has(c)) ?? null;
}

function decoded(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/** Classifies a link of the file `from`, resolving an internal one to a file of the site (null: broken). */
export function classify(from: string, url: string, index: SiteIndex): LinkKind {
  const trimmed = url.trim();
  if (trimmed === '' || trimmed.startsWith('#') || trimmed.includes('{{') || trimmed.includes('{%')) return { kind: 'other' };
  if (trimmed.startsWith('//') || /^(?:https?|ftp):/i.test(trimmed)) return { kind: 'outbound' };
  if (SCHEME.test(trimmed)) return { kind: 'other' };
  const path = decoded(trimmed.replace(/[?#].*$/s, ''));
  if (!PAGE.test(posix.basename(path) || '/')) return { kind: 'other' };
  const own = index.addresses.get(slashed(from));
  const viaPermalink = own === undefined ? undefined : index.permalinks.get(normalUrl(posix.join(`${own}/`, path)));
  const file = path.startsWith('/')
    ? fileFor(posix.join(index.root, path), index) ?? index.permalinks.get(normalUrl(path)) ?? null
    : fileFor(posix.normalize(posix.join(posix.dirname(slashed(from)), path)), index) ?? viaPermalink ?? null;
  return { kind: 'internal', target: file };
}

function add(out: Map<string, SiteFinding[]>, path: string, finding: SiteFinding): void {
  const list = out.get(path);
  if (list) list.push(finding);
  else out.set(path, [finding]);
}

/** True when every word of the keyphrase is in the text (case and punctuation aside). */
function mentions(text: string, keyphrase: string): boolean {
  const words = new Set(comparable(text).split(/[^\p{L}\p{N}]+/u));
  const wanted = comparable(keyphrase).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return wanted.length > 0 && wanted.every((w) => words.has(w));
}

/** The file each internal link of `file` leads to (null when broken), in link order. */
export function internalTargets(file: Summarised, index: SiteIndex): { link: SiteLink; target: string | null }[] {
  const out: { link: SiteLink; target: string | null }[] = [];
  for (const link of file.summary.links) {
    const kind = classify(file.path, link.url, index);
    if (kind.kind === 'internal') out.push({ link, target: kind.target });
  }
  return out;
}

/** Link and image findings of every file, added to `out` by path. */
export function linkFindings(files: readonly Summarised[], index: SiteIndex, out: Map<string, SiteFinding[]>): void {
  for (const file of files) {
    const { summary, path } = file;
    let outbound = 0;
    let internal = 0;
    for (const link of summary.links) {
      const kind = classify(path, link.url, index);
      if (kind.kind === 'outbound') outbound++;
      if (kind.kind !== 'internal') continue;
      internal++;
      if (kind.target === null) {
        add(out, path, { ruleId: 'broken-internal-link', reason: `Broken internal link: “${link.url}” leads to no article of the site`, line: link.line, column: link.column, actual: link.url, expected: ['a link to an article of the site'] });
      }
    }
    if (outbound === 0) add(out, path, { ruleId: 'outbound-links', reason: 'No outbound links appear in this article: link to a source on another site', line: 1, column: 1, actual: '0', expected: ['at least 1 outbound link'] });
    if (internal === 0) add(out, path, { ruleId: 'internal-links', reason: 'No internal links appear in this article: link to related articles of the site', line: 1, column: 1, actual: '0', expected: ['at least 1 internal link'] });
    for (const image of summary.images) {
      if (image.alt === '') add(out, path, { ruleId: 'image-alt', reason: `Image without alt text: “${image.src}”`, line: image.line, column: image.column, actual: '', expected: ['an alt text that describes the image'] });
    }
    if (summary.focus && summary.images.length > 0 && !summary.images.some((i) => mentions(i.alt, summary.focus))) {
      const first = summary.images[0]!;
      add(out, path, {
        ruleId: 'keyphrase-in-image-alt', reason: `Image keyphrase: no alt text of the ${summary.images.length === 1 ? 'image' : `${summary.images.length} images`} names the focus keyphrase “${summary.focus}”`,
        line: first.line, column: first.column, expected: [`an alt text with “${summary.focus}”`],
      });
    }
  }
}
