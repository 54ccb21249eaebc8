/** Small helpers shared by the keyphrase tests. */
import type { Doc } from '../../src/document/types.js';
import { docFromBlocks, docFromParagraphs } from '../../src/document/from-text.js';
import { getLanguagePack, type LanguagePack } from '../../src/lang/index.js';
import { normaliseText } from '../../src/text/normalise.js';

export const id: LanguagePack = getLanguagePack('id').pack;
export const en: LanguagePack = getLanguagePack('en').pack;

/** A document from raw text, one paragraph per line. */
export function doc(text: string, lang: LanguagePack): Doc {
  return docFromParagraphs(normaliseText(text).paragraphs, lang);
}

/** A document with a title (H1) and paragraphs. */
export function docWithTitle(title: string, text: string, lang: LanguagePack): Doc {
  return docFromBlocks(
    [
      { kind: 'heading', depth: 1, text: title },
      ...normaliseText(text).paragraphs.map((p) => ({ kind: 'paragraph' as const, text: p })),
    ],
    lang,
  );
}
