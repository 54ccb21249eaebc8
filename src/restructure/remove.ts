/** Removal of sentences that are not article content (instructions left by tools, promotion lines). */
import type { Block, Sentence } from '../document/types.js';
import type { LanguagePack, NonArticleKind, NonArticleRule } from '../lang/types.js';

/** A removed sentence and its kind (the report says the reason in its language). */
export interface Removal {
  text: string;
  kind: NonArticleKind;
}

/** Returns the blocks without non-article sentences (paragraphs left empty are dropped) and what was removed. */
export function removeNonArticle(blocks: readonly Block[], lang: Pick<LanguagePack, 'nonArticle'>): { blocks: Block[]; removed: Removal[] } {
  const removed: Removal[] = [];
  const out: Block[] = [];
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph' && b.sentences.length > 0);
  const first = paragraphs[0]?.sentences[0];
  const last = paragraphs.at(-1)?.sentences.at(-1);
  const applies = (rule: NonArticleRule, s: Sentence): boolean =>
    rule.pattern.test(s.text) && (!rule.edge || s === first || s === last) && (!rule.form || rule.form.test(s.text));
  for (const block of blocks) {
    if (block.kind !== 'paragraph') {
      out.push(block);
      continue;
    }
    const kept = block.sentences.filter((s) => {
      const rule = lang.nonArticle.find((r) => applies(r, s));
      if (rule) removed.push({ text: s.text, kind: rule.kind });
      return !rule;
    });
    if (kept.length === block.sentences.length) out.push(block);
    else if (kept.length > 0) out.push({ ...block, sentences: kept, text: kept.map((s) => s.text).join(' ') });
  }
  return { blocks: out, removed };
}
