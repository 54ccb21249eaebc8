/** Removal of sentences that are not article content (instructions left by tools, promotion lines). */
import type { Block } from '../document/types.js';
import type { LanguagePack } from '../lang/types.js';
import type { RemovedSentence } from '../types.js';

/** Returns the blocks without non-article sentences (paragraphs left empty are dropped) and what was removed. */
export function removeNonArticle(blocks: readonly Block[], lang: Pick<LanguagePack, 'nonArticle'>): { blocks: Block[]; removed: RemovedSentence[] } {
  const removed: RemovedSentence[] = [];
  const out: Block[] = [];
  for (const block of blocks) {
    if (block.kind !== 'paragraph') {
      out.push(block);
      continue;
    }
    const kept = block.sentences.filter((s) => {
      const rule = lang.nonArticle.find((r) => r.pattern.test(s.text));
      if (rule) removed.push({ text: s.text, reason: rule.reason });
      return !rule;
    });
    if (kept.length === block.sentences.length) out.push(block);
    else if (kept.length > 0) out.push({ ...block, sentences: kept, text: kept.map((s) => s.text).join(' ') });
  }
  return { blocks: out, removed };
}
