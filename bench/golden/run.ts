/** Rewrites one corpus article the way the CLI does and keeps its decisions as a golden line's record. */
import { readFileSync } from 'node:fs';
import { rewrite, type RewriteResult } from '../../src/pipeline/rewrite.js';
import { recordOf, type Decisions, type GoldenRecord } from './record.js';
import type { Article } from './sets.js';

const HEADING = /^#{2,6} (.+)$/gmu;

/** The subheadings of a Markdown text (a `## ` line in a code block counts too: it is in the source as well). */
function headingsOf(markdown: string): string[] {
  return [...markdown.matchAll(HEADING)].map((m) => (m[1] ?? '').trim());
}

/** The headings of `after` that `before` does not have, counting repeats: the ones the rewrite wrote. */
function added(after: string[], before: string[]): string[] {
  const left = new Map<string, number>();
  for (const h of before) left.set(h, (left.get(h) ?? 0) + 1);
  return after.filter((h) => {
    const n = left.get(h) ?? 0;
    if (n === 0) return true;
    left.set(h, n - 1);
    return false;
  });
}

/** The decisions of a rewrite: a raw draft's headings are all the rewrite's; a Markdown file's, those it added. */
export function decisionsOf(result: RewriteResult, source: string, markdown: boolean): Decisions {
  const headings = headingsOf(result.markdown);
  return {
    lang: result.lang,
    focus: result.focusKeyphrase,
    title: result.title,
    titles: (result.titles ?? []).map((t) => ({ text: t.text, score: t.score, source: t.source })),
    headings: markdown ? added(headings, headingsOf(source)) : headings,
    description: result.description,
    slug: result.slug,
    tags: result.keyphrases.map((k) => k.phrase),
    scores: { seo: result.score.seo, readability: result.score.readability },
  };
}

/** One article's record; an article the rewrite refuses gives its error's name (a message could quote the text). */
export function runArticle(article: Article): GoldenRecord {
  const text = readFileSync(article.file, 'utf8');
  try {
    const result = rewrite(text, article.options);
    return recordOf(article.id, decisionsOf(result, text, article.options.format === 'markdown'), article.storage, article.editor);
  } catch (error) {
    return { id: article.id, error: error instanceof Error ? error.name : 'Error' };
  }
}
