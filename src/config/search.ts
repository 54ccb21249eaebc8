/**
 * Where a file's configuration may come from. Configuration is data unless the user asks for code: JSON and YAML
 * files (and the package.json key) cascade from the file's folder up to the project root, the nearest folder with
 * `.git` or a `package.json`, never above it (without one, up to the working folder when the file is under it, else
 * the file's folder alone); a JavaScript configuration runs code, so it is loaded only from the working folder (or
 * named with `--config`). A pull request that adds `seo-rewrite.config.js` to a content folder no longer runs code
 * in CI; such a file is reported as not loaded.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, relative } from 'node:path';

/** Where a configuration is looked for in each folder, in this order. */
export const SEARCH_PLACES: readonly string[] = [
  'package.json',
  '.seo-rewriterc',
  '.seo-rewriterc.json',
  '.seo-rewriterc.yaml',
  '.seo-rewriterc.yml',
  'seo-rewrite.config.js',
  'seo-rewrite.config.mjs',
  'seo-rewrite.config.cjs',
];

/** True for a configuration that is code (JavaScript), which runs when loaded. */
export function isCode(file: string): boolean {
  return /\.(c|m)?js$/.test(file);
}

/** True when `child` is `parent` or lies below it. */
export function inside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith('../') && !rel.startsWith('..\\') && !isAbsolute(rel));
}

/** Markers of a project's root folder. */
const ROOT_MARKERS = ['.git', 'package.json'];

/** The folders searched for a file in `start` (absolute), nearest first, ending at the project root. */
export function searchedFolders(start: string, cwd: string, isRoot: (dir: string) => boolean = markedRoot): string[] {
  const folders: string[] = [];
  for (let dir = start; ; dir = dirname(dir)) {
    folders.push(dir);
    if (isRoot(dir) || dirname(dir) === dir) break;
  }
  if (isRoot(folders.at(-1) ?? start)) return folders;
  // No project root: up to the working folder when the file is under it, else the file's folder alone.
  return inside(cwd, start) ? folders.filter((dir) => inside(cwd, dir)) : [start];
}

function markedRoot(dir: string): boolean {
  return ROOT_MARKERS.some((marker) => existsSync(`${dir}/${marker}`));
}
