/**
 * Candidate phrases: runs of one to four words inside a chunk (no punctuation or sentence end inside), neither
 * starting nor ending with a function word, a generic word, a number or a single letter. Inflected forms group
 * under one key, the words' stems.
 */
import type { Token, TokenStream } from './tokens.js';

/** Longest candidate, in words. */
export const MAX_WORDS = 4;

/** Token indexes `[start, end)` of one occurrence. */
export interface TokenRange {
  start: number;
  end: number;
}

/** A candidate phrase and where it occurs. */
export interface Candidate {
  /** Stems joined by single spaces. */
  key: string;
  /** The stems, one a word. */
  stems: string[];
  /** Each occurrence as a range of token indexes, in order. */
  spans: TokenRange[];
  /** Occurrences in headings. */
  inHeading: number;
  /** Occurrences whose every word is capitalised where its case is telling (names). */
  proper: number;
  /** Occurrences with a lowercase word where its case is telling. */
  lower: number;
  /** Occurrences that are all acronyms. */
  acronym: number;
  /** Number of interior function words. */
  innerStops: number;
  /** Every occurrence of the phrases merged into this one (an acronym's long form, its definition included). */
  absorbed?: TokenRange[];
}

/** True when the token may begin or end a phrase. */
export function isEdge(token: Token): boolean {
  return !token.stop && !token.generic && !token.weak;
}

/**
 * Collects every candidate of the stream, keyed by stems. Interior words may be function words (`Bank of
 * America`), but at most one.
 */
export function collectCandidates(stream: TokenStream): Map<string, Candidate> {
  const { tokens } = stream;
  const candidates = new Map<string, Candidate>();
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!first || !isEdge(first)) continue;
    let key = '';
    let innerStops = 0;
    let properWords = 0;
    let lowerWords = 0;
    let acronyms = 0;
    for (let n = 1; n <= MAX_WORDS; n++) {
      const token = tokens[i + n - 1];
      if (!token || token.chunk !== first.chunk) break;
      key = n === 1 ? token.stem : `${key} ${token.stem}`;
      if (token.acronym) acronyms++;
      if (!token.stop && !token.weak) {
        if (token.acronym || (token.capital && !token.caseless)) properWords++;
        else if (!token.capital) lowerWords++;
      }
      if (!isEdge(token)) {
        if (token.stop) innerStops++;
        if (innerStops > 1) break;
        continue;
      }
      let candidate = candidates.get(key);
      if (!candidate) {
        candidate = {
          key,
          stems: key.split(' '),
          spans: [],
          inHeading: 0,
          proper: 0,
          lower: 0,
          acronym: 0,
          innerStops,
        };
        candidates.set(key, candidate);
      }
      candidate.spans.push({ start: i, end: i + n });
      if (token.heading) candidate.inHeading++;
      if (lowerWords > 0) candidate.lower++;
      else if (properWords > 0 && !(n === 1 && first.caseless)) candidate.proper++;
      if (acronyms === n) candidate.acronym++;
    }
  }
  return candidates;
}
