/**
 * Sentence and word segmentation, parametrised by a language's abbreviations. Offsets are kept so that
 * every sentence and word can be pointed at in the source.
 */
import type { Sentence, Word } from '../document/types.js';

/**
 * A word: letters and digits, joined by inner hyphens or apostrophes, or by `.`/`,`/`/` between digits
 * (`5.000`, `3,5`, `24/7`); or a dotted acronym (`A.S.`).
 */
const WORD = /\p{Lu}(?:\.\p{Lu})+\.?|[\p{L}\p{N}]+(?:(?:[-'’_]|(?<=\p{N})[.,/:](?=\p{N}))[\p{L}\p{N}]+)*/gu;

/** Splits text into words with their offsets (plus `offset`). */
export function tokenizeWords(text: string, offset = 0): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = offset + (match.index ?? 0);
    words.push({ text: match[0], start, end: start + match[0].length });
  }
  return words;
}

/** Counts words the way the assessments do (same tokens as `tokenizeWords`). */
export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}

export interface SentenceRules {
  /** Abbreviations without their period (`Dr`, `Jl`, `No`). */
  abbreviations: ReadonlySet<string>;
}

/** Terminal punctuation, then closing quotes or brackets, then the space that follows. */
const BOUNDARY = /([.!?…]+)(["'”’»)\]]*)(\s+)/gu;
/** What may open a sentence. */
const OPENER = /^["'“‘«(\[]*[\p{Lu}\p{N}]/u;

/**
 * True when the period at `dot` (index in `text`) belongs to the word before it rather than ending a sentence:
 * an abbreviation, an initial (`J. Huang`), a dotted acronym (`A.S.`) or a number (`No. 5`).
 */
function isAbbreviationPeriod(text: string, dot: number, rules: SentenceRules): boolean {
  let i = dot;
  while (i > 0 && /[\p{L}\p{N}.]/u.test(text[i - 1] ?? '')) i--;
  const token = text.slice(i, dot);
  if (token === '') return false;
  if (/^\p{Lu}$/u.test(token)) return true; // initial
  if (/^(?:\p{L}\.)+\p{L}$/u.test(token)) return true; // A.S, e.g, U.S
  if (rules.abbreviations.has(token)) return true;
  const lower = token.toLowerCase();
  if (lower !== token && rules.abbreviations.has(lower)) return true;
  return false;
}

/**
 * Splits one paragraph into sentences. A boundary is terminal punctuation (with any closing quotes) followed by
 * whitespace and something that can open a sentence, unless the period belongs to an abbreviation.
 */
export function splitSentences(text: string, rules: SentenceRules, offset = 0): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const index = match.index ?? 0;
    const punct = match[1] ?? '';
    const closers = match[2] ?? '';
    const space = match[3] ?? '';
    const after = index + punct.length + closers.length + space.length;
    if (after >= text.length || !OPENER.test(text.slice(after, after + 4))) continue;
    if (punct === '.' && isAbbreviationPeriod(text, index, rules)) continue;
    const end = index + punct.length + closers.length;
    pushSentence(sentences, text, start, end, offset);
    start = after;
  }
  pushSentence(sentences, text, start, text.length, offset);
  return sentences;
}

function pushSentence(out: Sentence[], text: string, from: number, to: number, offset: number): void {
  let s = from;
  let e = to;
  while (s < e && /\s/u.test(text[s] ?? '')) s++;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
  if (e <= s) return;
  const sentenceText = text.slice(s, e);
  out.push({ text: sentenceText, start: offset + s, end: offset + e, words: tokenizeWords(sentenceText, offset + s) });
}
