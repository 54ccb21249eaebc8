/**
 * Syllabic abbreviations (Indonesian akronim) defined in brackets after their long form: `Kementerian Keuangan
 * (Kemenkeu)`, `Pemerintah Provinsi (Pemprov)`, `Kementerian Komunikasi dan Digital (Komdigi)`. Unlike an acronym
 * (`BI`), the short form takes the opening letters of each word, not just the first, and is written as a name. Merged
 * like an acronym, so that the institution ranks once, under the form the article uses more.
 */
import { mergeDefinition, type Merges } from './aliases.js';
import type { Candidate } from './candidates.js';
import type { Token, TokenStream } from './tokens.js';

/** Most content words of a long form read back from the bracket. */
const MAX_WORDS = 5;
/** Shortest abbreviation, in letters: shorter ones are initials or ordinary words. */
const MIN_LETTERS = 4;

/** True when `letters` is, in order, a non-empty opening of each word of `words` (all of them). */
function spells(letters: string, words: readonly string[]): boolean {
  // reach[i]: letters[0..i) can be spelt by the words taken so far.
  let reach = new Set<number>([0]);
  for (const word of words) {
    const next = new Set<number>();
    for (const at of reach) for (let n = 1; n <= word.length && at + n <= letters.length && letters[at + n - 1] === word[n - 1]; n++) next.add(at + n);
    if (next.size === 0) return false;
    reach = next;
  }
  return reach.has(letters.length);
}

/**
 * The long form that the bracketed word at `j` abbreviates: the shortest run of capitalised words ending right
 * before the bracket (function words inside it skipped, `Komunikasi dan Digital`) whose openings spell it.
 */
function longFormOf(tokens: readonly Token[], j: number, letters: string): { start: number; end: number } | undefined {
  const words: string[] = [];
  for (let i = j - 1; i >= 0 && words.length < MAX_WORDS; i--) {
    const t = tokens[i]!;
    if (t.sentence !== tokens[j]?.sentence || t.weak || t.acronym) return undefined;
    if (t.stop) {
      // A function word only inside the long form, between two of its words.
      if (i === j - 1 || !tokens[i - 1]?.capital) return undefined;
      continue;
    }
    if (!t.capital) return undefined;
    words.unshift(t.text.toLowerCase());
    if (words.length >= 2 && spells(letters, words)) return { start: i, end: j };
  }
  return undefined;
}

/** Merges each bracketed syllabic abbreviation with the long form it is defined by. */
export function mergeSyllabic(candidates: Map<string, Candidate>, stream: TokenStream, merges: Merges): void {
  const { tokens } = stream;
  tokens.forEach((t, j) => {
    if (!t.capital || t.acronym || t.stop || !t.openBracket || !t.closeBracket) return;
    if (!/^\p{Lu}\p{Ll}+$/u.test(t.text)) return;
    const letters = t.text.toLowerCase();
    if (letters.length < MIN_LETTERS) return;
    const range = longFormOf(tokens, j, letters);
    if (range) mergeDefinition(candidates, stream, merges, j, range);
  });
}
