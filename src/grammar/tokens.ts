/**
 * The view of a tagged sentence that the chunker and the main-clause finder share: each word lowercased with its tag,
 * and what stands between it and the word before (punctuation breaks phrases, white space does not).
 */
import type { Word } from '../document/types.js';
import type { Upos } from './upos.js';

/** A sentence with one UPOS tag per word. */
export interface TaggedSentence {
  /** The sentence as written. */
  text: string;
  /** Its words (punctuation is not a word), with offsets in the same coordinates as `start`. */
  words: readonly Word[];
  /** One tag per word. */
  tags: readonly Upos[];
  /** Offset of `text` in the coordinates of the words' offsets (a sentence's `start` in `Doc.source`); 0 by default. */
  start?: number;
}

/** What separates a word from the word before it. */
export type Gap =
  /** Nothing but white space, an inner hyphen or dot (or the word opens the sentence). */
  | 'none'
  /** A comma, semicolon, colon, dash or bracket: a clause may end here. */
  | 'clause'
  /** A quotation mark (with or without a comma). */
  | 'quote';

export interface Token {
  text: string;
  lower: string;
  tag: Upos;
  /** What stands before this word. */
  gap: Gap;
  /** The text between the word before and this one (empty for the first word). */
  before: string;
}

const INNER = /^[-.‐‑]$/u;
const QUOTE = /["“”„«»]|(?:^|\s)['‘’]|['‘’](?:\s|$)/u;

function gapOf(between: string): Gap {
  if (between === '' || /^\s+$/u.test(between) || INNER.test(between)) return 'none';
  return QUOTE.test(between) ? 'quote' : 'clause';
}

/** The tokens of a tagged sentence; undefined when tags and words do not match one to one. */
export function tokensOf(sentence: TaggedSentence): Token[] | undefined {
  const { text, words, tags } = sentence;
  if (words.length !== tags.length) return undefined;
  const offset = sentence.start ?? 0;
  const tokens: Token[] = [];
  let previousEnd: number | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    const tag = tags[i] as Upos;
    const before = previousEnd === undefined ? '' : text.slice(previousEnd - offset, word.start - offset);
    const lower = word.text.toLowerCase().replace(/[’‘]/gu, "'");
    tokens.push({ text: word.text, lower, tag, gap: gapOf(before), before });
    previousEnd = word.end;
  }
  return tokens;
}

/** True when a phrase may run from token `i - 1` into token `i`: no punctuation between, no punctuation-tagged word. */
export function joins(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const before = tokens[i - 1];
  if (!token || !before) return false;
  return token.gap === 'none' && !isPunct(token) && !isPunct(before);
}

export function isPunct(token: Token): boolean {
  return token.tag === 'PUNCT' || token.tag === 'SYM';
}
