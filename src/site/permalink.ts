/**
 * Site addresses: the one permalink pattern a site may configure (Hugo's `permalinks`, Jekyll's `permalink`), as
 * `/:section/:slug/`, and the folder the site's content lives in. Tokens: `:slug` (and Jekyll's `:title`), `:filename`,
 * `:section` (first folder under the content root), `:sections` (all of them), `:year`, `:month`, `:day` (from the
 * front matter's date).
 */
import { posix } from 'node:path';
import type { SiteSummary } from './types.js';

const TOKEN = /:(slug|title|filename|sections|section|year|month|day)\b/g;

/** A path with forward slashes. */
export function slashed(path: string): string {
  return path.replace(/\\/g, '/');
}

/** The deepest folder holding every path (`.` when they share none). */
export function commonRoot(paths: readonly string[]): string {
  let parts: string[] | null = null;
  for (const path of paths) {
    const dir = posix.dirname(slashed(path)).split('/');
    if (parts === null) parts = dir;
    else {
      let i = 0;
      while (i < parts.length && i < dir.length && parts[i] === dir[i]) i++;
      parts = parts.slice(0, i);
    }
  }
  return parts && parts.length > 0 ? parts.join('/') : '.';
}

/** An address as compared: no query or fragment, no trailing slash or `index.html`, leading slash. */
export function normalUrl(url: string): string {
  const bare = url.replace(/[?#].*$/s, '').replace(/\/index\.html?$/i, '/').replace(/\/+$/, '');
  return bare.startsWith('/') ? bare : `/${bare}`;
}

/** The address of a file under `pattern`, or undefined when a token has no value (no date for `:year`). */
export function permalink(pattern: string, path: string, root: string, summary: SiteSummary): string | undefined {
  const rel = posix.relative(root, slashed(path));
  const folders = posix.dirname(rel) === '.' ? [] : posix.dirname(rel).split('/');
  const filename = posix.basename(rel).replace(/\.[^.]+$/, '');
  const date = /^(\d{4})-(\d{2})-(\d{2})/.exec(summary.date ?? '');
  let missing = false;
  const url = pattern.replace(TOKEN, (_, token: string) => {
    const value = token === 'slug' || token === 'title' ? summary.slug
      : token === 'filename' ? filename
      : token === 'section' ? (folders[0] ?? '')
      : token === 'sections' ? folders.join('/')
      : date ? date[token === 'year' ? 1 : token === 'month' ? 2 : 3] : undefined;
    if (value === undefined || value === '') missing = true;
    return value ?? '';
  });
  return missing ? undefined : normalUrl(url.replace(/\/{2,}/g, '/'));
}
