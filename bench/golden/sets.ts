/**
 * The corpus sets under review and how each is read and stored (see `../shared/corpus/SOURCES.md` for the
 * sources and their licences).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { RewriteOptions } from '../../src/pipeline/rewrite.js';
import type { Storage } from './record.js';

/** The part of a set's `meta.json` entry read here. */
interface ArticleMeta {
  title?: string | null;
  source_repo?: string;
}

export interface GoldenSet {
  /** The golden file's name (`golden/<name>.jsonl`) and the name in the summary. */
  name: string;
  /** The set's folder under the corpus root. */
  dir: string;
  /** Given as the CLI's `--lang`; absent for Markdown, whose language is detected as the CLI does. */
  lang?: 'id' | 'en';
  markdown?: boolean;
  /** Text when the article's licence allows copying its decisions, a hash otherwise. */
  storage(meta: ArticleMeta | undefined): Storage;
}

/** The IndoSum articles of id-news (CC BY-SA 4.0, via JoshuaGlaZ/indogist); its Detik ones state no licence. */
const INDOSUM = 'JoshuaGlaZ/indogist';

export const SETS: readonly GoldenSet[] = [
  { name: 'id-news', dir: 'id-news', lang: 'id', storage: (m) => (m?.source_repo === INDOSUM ? 'text' : 'hash') },
  { name: 'id-detik', dir: 'headlines/id-detik', lang: 'id', storage: () => 'hash' },
  { name: 'en-bbc', dir: 'headlines/en-bbc', lang: 'en', storage: () => 'hash' },
  // Research and education use only. The file's first line is its headline: the whole file is given, as the CLI
  // would read it, so this set covers a writer's headline (kept as written) where the others give the body only.
  { name: 'kp-500n-kpcrowd', dir: 'kp-500n-kpcrowd', lang: 'en', storage: () => 'hash' },
  { name: 'md-jekyll', dir: 'markdown/jekyll', markdown: true, storage: () => 'text' },
  { name: 'md-rust', dir: 'markdown/rust', markdown: true, storage: () => 'text' },
];

/** One article to rewrite: structured-clone safe, for the worker threads. */
export interface Article {
  set: string;
  id: string;
  file: string;
  storage: Storage;
  /** The editor's headline, for ROUGE-1 in hashed lines. */
  editor?: string;
  options: RewriteOptions;
}

const MARKDOWN = /\.(md|markdown)$/u;

/** A set's articles in id order; throws when its folder is missing. */
export async function articlesOf(root: string, set: GoldenSet): Promise<Article[]> {
  const dir = join(root, set.dir);
  const names = (await readdir(dir)).filter((n) => (set.markdown ? MARKDOWN.test(n) : n.endsWith('.txt'))).sort();
  const meta = set.markdown ? {} : (JSON.parse(await readFile(join(dir, 'meta.json'), 'utf8')) as Record<string, ArticleMeta>);
  return names.map((name) => {
    const id = name.replace(set.markdown ? MARKDOWN : /\.txt$/u, '');
    const m = meta[id];
    // As the CLI does: a `.md` file is Markdown with its path (its slug comes from it); a `.txt` is a raw draft.
    const options: RewriteOptions = set.markdown ? { format: 'markdown', path: name } : { lang: set.lang, format: 'text' };
    return { set: set.name, id, file: join(dir, name), storage: set.storage(m), ...(m?.title ? { editor: m.title } : {}), options };
  });
}
