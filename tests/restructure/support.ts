/** Helpers the headline tests share. */
import { docFromParagraphs } from '../../src/document/from-text.js';
import type { LanguagePack } from '../../src/lang/types.js';
import { articleNames, clauseHeadlines } from '../../src/restructure/headline.js';

/**
 * The clause headlines of the first sentence of `paragraphs`, with the article's names (as the title builder reads
 * them); every word the article writes is attested.
 */
export function namedHeadlines(paragraphs: string[], lang: LanguagePack): string[] {
  const doc = docFromParagraphs(paragraphs, lang);
  const sentences = doc.blocks.flatMap((b) => b.sentences);
  const written = new Set(sentences.flatMap((s) => s.words.map((w) => w.text.toLowerCase())));
  return clauseHeadlines([sentences], lang, (w) => written.has(w), 1, articleNames(sentences, lang)).map((h) => h.text);
}
