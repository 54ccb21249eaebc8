/**
 * The token sequence the tagger reads: the pipeline's words (`tokenizeWords`) with the punctuation between them as
 * tokens of their own, so that a comma or a quote is context even though it is no word. Training re-tokenizes the
 * treebanks with the same two functions, so the model sees at run time what it saw in training.
 */
import type { Word } from '../../document/types.js';

/** One token of a sentence: a word, or punctuation between words. Offsets are in the sentence's text. */
export interface TagToken {
  text: string;
  start: number;
  end: number;
  /** True for a word of the pipeline; false for punctuation added as context. */
  word: boolean;
}

/**
 * The punctuation tokens of a stretch of text with no word in it: each non-space character on its own, except that
 * a run of the same character (`...`, `--`, `!!`) is one token.
 */
export function punctuationTokens(text: string, offset: number, out: TagToken[]): void {
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    const code = ch.charCodeAt(0);
    if (code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/u.test(ch))) {
      i++;
      continue;
    }
    let j = i + ch.length;
    while (text.startsWith(ch, j)) j += ch.length;
    out.push({ text: text.slice(i, j), start: offset + i, end: offset + j, word: false });
    i = j;
  }
}

/**
 * The tagger's tokens for a sentence: its words (offsets `sentenceStart`-based, as `Sentence.words` has them) in
 * order, with punctuation tokens for the text between them. Offsets of the result are in `sentenceText`.
 */
export function tagTokens(sentenceText: string, words: readonly Word[], sentenceStart = 0): TagToken[] {
  const out: TagToken[] = [];
  let cursor = 0;
  for (const w of words) {
    const start = w.start - sentenceStart;
    const end = w.end - sentenceStart;
    const inside = start >= cursor && end <= sentenceText.length && sentenceText.slice(start, end) === w.text;
    if (inside) {
      punctuationTokens(sentenceText.slice(cursor, start), cursor, out);
      cursor = end;
    }
    // A word whose offsets do not point into the text is still tagged, without the punctuation around it.
    out.push({ text: w.text, start: inside ? start : cursor, end: inside ? end : cursor, word: true });
  }
  punctuationTokens(sentenceText.slice(cursor), cursor, out);
  return out;
}
