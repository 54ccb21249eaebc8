/**
 * Statistics of a candidate inside its document: how often, how early, how widely, how it is written. Nothing
 * here comes from outside the document except the language's lists of common words.
 */
import type { LanguagePack } from '../lang/types.js';
import type { Candidate } from './candidates.js';
import type { Cohesion } from './cohesion.js';
import type { Token, TokenStream } from './tokens.js';

/** Word length counts up to this many characters. */
export const MAX_LENGTH = 12;

/** What the ranking knows about a candidate. */
export interface Features {
  /** Words in the phrase. */
  words: number;
  /** Occurrences, headings included. */
  count: number;
  /**
   * Occurrences that are the candidate's own: for a single word that is not an acronym, those not right beside
   * another word of a name (`Aceh` alone, not in `Aceh Jaya`; `Kesehatan` not in `BPJS Kesehatan`), which are
   * mentions of that longer name; at least 1. For other candidates, all occurrences.
   */
  own: number;
  /** Occurrences in headings. */
  inHeading: number;
  /** Index of the sentence of the first occurrence (a leading heading is sentence 0). */
  firstSentence: number;
  /** Occurs in the lead sentence (the first of the first paragraph). */
  lead: boolean;
  /** Distinct blocks (paragraphs, headings) it occurs in. */
  blocks: number;
  /** Share of occurrences written as a name (capitalised where case is telling). */
  proper: number;
  /** Share of occurrences with a lowercase word where case is telling. */
  lower: number;
  /** Most occurrences are acronyms (`AI`, `DPR`). */
  acronym: boolean;
  /** Capitalised only where case says nothing (sentence starts, headings): a sentence opener, not a name. */
  caselessOnly: boolean;
  /**
   * Characters of the longest word as written, capped at `MAX_LENGTH`: longer words are rarer and more specific
   * (Zipf). The written form, not the stem: stemming cuts the suffixes that make a word long and rare.
   */
  length: number;
  /** Share of the edge words (first, last) found in the language's list of common words. */
  common: number;
  /** Interior function words. */
  innerStops: number;
  /** Share of edge words that are inflected verb forms (by the language's rule). */
  verb: number;
  /** A single word from the language's list of modifiers (`digital`): a poor tag alone. */
  modifier: boolean;
  /**
   * Share of occurrences right next to another capitalised word: a capitalised word that is nearly always part of
   * some longer name (`Kesehatan` in `BPJS Kesehatan`, `Kementerian Kesehatan`) is not a name by itself.
   */
  inName: number;
  /** For a phrase, how much its words belong to it (see `cohesion`). */
  cohesion: number;
  /** How much the candidate belongs to one longer phrase (see `cohesion`). */
  bound: number;
}

/** True when the token is in the language's list of common words (an acronym never is). */
function isCommon(t: Token | undefined, lang: LanguagePack): boolean {
  return t !== undefined && !t.acronym && lang.commonWords !== undefined && lang.commonWords.has(t.text.toLowerCase());
}

/** True when the lowercase token is a verb or adverb form by the language's rule. */
function isVerb(t: Token | undefined, lang: LanguagePack): boolean {
  const test = lang.isVerbOrAdverb;
  return t !== undefined && !t.capital && test !== undefined && test(t.text.toLowerCase(), t.stem);
}

/** True when the token is a capitalised content word in the chunk `chunk`. */
function isNameWordIn(t: Token | undefined, chunk: number): boolean {
  return t !== undefined && t.chunk === chunk && t.capital && !t.stop && !t.weak;
}

/** Share of the edge tokens (first and last word, or the one word) that pass `test`. */
function edgeShare(
  first: Token | undefined,
  last: Token | undefined,
  single: boolean,
  lang: LanguagePack,
  test: (t: Token | undefined, lang: LanguagePack) => boolean,
): number {
  if (single) return test(first, lang) ? 1 : 0;
  return ((test(first, lang) ? 1 : 0) + (test(last, lang) ? 1 : 0)) / 2;
}

/** Computes the features of one candidate. */
export function featuresOf(
  candidate: Candidate,
  stream: TokenStream,
  lang: LanguagePack,
  glue: Cohesion = { cohesion: 0, bound: 0 },
): Features {
  const { tokens } = stream;
  const { spans } = candidate;
  const count = spans.length;
  const words = candidate.stems.length;
  // The first occurrence written as the candidate itself (not as an alias merged into it).
  let first = spans[0] ?? { start: 0, end: 1 };
  for (const span of spans) {
    if (span.end - span.start === words) {
      first = span;
      break;
    }
  }
  const firstToken = tokens[spans[0]?.start ?? 0];
  let blocks = 0;
  let lastBlock = -1;
  let lead = false;
  let inName = 0;
  const checkNames = candidate.proper > 0;
  for (const span of spans) {
    const t = tokens[span.start];
    if (!t) continue;
    // Spans are in text order, so blocks come in order too.
    if (t.block !== lastBlock) {
      blocks++;
      lastBlock = t.block;
    }
    if (t.sentence === stream.leadSentence) lead = true;
    const beside = isNameWordIn(tokens[span.start - 1], t.chunk) || isNameWordIn(tokens[span.end], t.chunk);
    if (checkNames && beside) inName++;
  }
  let length = 0;
  for (let i = first.start; i < first.end; i++) length = Math.max(length, tokens[i]?.text.length ?? 0);
  const firstEdge = tokens[first.start];
  const lastEdge = tokens[first.end - 1];
  const acronym = candidate.acronym * 2 > count;
  const own = words === 1 && !acronym ? Math.max(1, count - inName) : count;
  return {
    words,
    count,
    own,
    inHeading: candidate.inHeading,
    firstSentence: firstToken?.sentence ?? 0,
    lead,
    blocks,
    proper: candidate.proper / count,
    lower: candidate.lower / count,
    acronym,
    caselessOnly: candidate.proper === 0 && candidate.lower === 0 && candidate.acronym === 0,
    length: Math.min(length, MAX_LENGTH),
    common: edgeShare(firstEdge, lastEdge, words === 1, lang, isCommon),
    innerStops: candidate.innerStops,
    verb: edgeShare(firstEdge, lastEdge, words === 1, lang, isVerb),
    modifier: words === 1 && !acronym && lang.modifiers?.has(firstEdge?.text.toLowerCase() ?? '') === true,
    inName: inName / count,
    cohesion: glue.cohesion,
    // An acronym is a name on its own (`BPJS` in `BPJS Kesehatan`): never bound.
    bound: acronym ? 0 : glue.bound,
  };
}
