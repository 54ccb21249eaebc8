/**
 * Keyphrase matching.
 *
 * Decision: every keyphrase rule matches exact word forms, case-insensitively (curly apostrophes folded to straight
 * ones). That is what Yoast's free analysis does for both Indonesian and English (it has no word forms without the
 * premium morphology data), and it is right for Indonesian, where affixes change meaning (`bangun`, `membangun`,
 * `pembangunan` are different words) and a stemmer would give credit a reader would not. For English it means
 * `chip` does not match `chips`, as in Yoast; the rewriter places the exact keyphrase, so this costs nothing and
 * keeps our ratings equal to Yoast's. The slug is compared with diacritics folded, as Yoast transliterates.
 *
 * Like Yoast, function words (our stopwords) are dropped from the keyphrase before matching, unless the keyphrase
 * is only function words; the SEO title is the exception, where the whole phrase is looked for first.
 */
import type { LanguagePack } from '../lang/types.js';
import { tokenizeWords } from '../text/segment.js';

/**
 * Languages where a hyphenated form is one word (Indonesian and Malay reduplication: `anak-anak`, `partai-partai`).
 * Elsewhere a hyphen separates words when matching (`AI-powered` contains `AI`), as in Yoast.
 */
const HYPHEN_JOINS: ReadonlySet<string> = new Set(['id', 'ms']);

/** True when hyphens separate words in `lang` for matching purposes. */
export function hyphenSplits(lang: Pick<LanguagePack, 'code'>): boolean {
  return !HYPHEN_JOINS.has(lang.code);
}

/** Lowercases a word, folds typographic apostrophes and drops the final period of a dotted acronym (`U.S.` → `u.s`). */
export function normaliseWord(word: string): string {
  const lower = word.toLowerCase();
  return /[’‘`]|\.$/u.test(lower) ? lower.replace(/[’‘`]/gu, "'").replace(/\.$/u, '') : lower;
}

/** Lowercased matching units of some words: hyphenated words split into their parts where hyphens separate words. */
export function matchUnits(words: readonly string[], splitHyphens: boolean): string[] {
  const out: string[] = [];
  for (const word of words) {
    const lower = normaliseWord(word);
    if (splitHyphens && lower.includes('-')) {
      for (const part of lower.split('-')) if (part !== '') out.push(part);
    } else out.push(lower);
  }
  return out;
}

/** The matching units of a piece of text. */
export function textUnits(text: string, splitHyphens: boolean): string[] {
  return matchUnits(tokenizeWords(text).map((w) => w.text), splitHyphens);
}

/** Matching units of a text with, for each, whether only white space separates it from the unit before. */
export interface SpacedUnits {
  units: string[];
  spaced: boolean[];
}

/** The matching units of a text and how they are separated (for exact-phrase matching). */
export function spacedUnits(text: string, splitHyphens: boolean): SpacedUnits {
  const units: string[] = [];
  const spaced: boolean[] = [];
  let last = -1;
  for (const word of tokenizeWords(text)) {
    const gap = last === -1 ? '' : text.slice(last, word.start);
    const parts = matchUnits([word.text], splitHyphens);
    parts.forEach((part, i) => {
      units.push(part);
      spaced.push(i === 0 ? last === -1 || /^\s+$/u.test(gap) : false);
    });
    last = word.end;
  }
  return { units, spaced };
}

/** Folds diacritics away (`café` → `cafe`). */
export function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

/** A parsed focus keyphrase. */
export interface Keyphrase {
  /** As given, trimmed, without enclosing double quotes. */
  text: string;
  /** All its words (matching units), in order. */
  all: readonly string[];
  /** For each of `all`, whether white space (rather than a hyphen) separates it from the word before. */
  spaced: readonly boolean[];
  /** Its content words: `all` without function words, or `all` when it has nothing else. */
  content: readonly string[];
}

/** Parses a keyphrase. Enclosing double quotes are dropped (Yoast's exact-match request is not supported). */
export function parseKeyphrase(raw: string, lang: Pick<LanguagePack, 'code' | 'stopwords'>): Keyphrase {
  const text = raw.trim().replace(/^["“”](.*)["“”]$/su, '$1').trim();
  const { units: all, spaced } = spacedUnits(text, hyphenSplits(lang));
  const content = all.filter((w) => !lang.stopwords.has(w));
  return { text, all, spaced, content: content.length > 0 ? content : all };
}

/** How often `word` occurs in `units`. */
export function countOf(units: readonly string[], word: string): number {
  let n = 0;
  for (const u of units) if (u === word) n++;
  return n;
}

/**
 * Full keyphrase matches in one sentence, Yoast's way: each content word may appear anywhere in the sentence, and
 * the count is that of the rarest word.
 */
export function matchesIn(units: readonly string[], content: readonly string[]): number {
  if (content.length === 0) return 0;
  let min = Infinity;
  for (const word of content) {
    const n = countOf(units, word);
    if (n < min) min = n;
    if (min === 0) return 0;
  }
  return min;
}

/** Share (0–100, rounded) of the content words present in `units`. */
export function percentPresent(units: readonly string[], content: readonly string[]): number {
  if (content.length === 0) return 0;
  const set = new Set(units);
  let found = 0;
  for (const word of content) if (set.has(word)) found++;
  return Math.round((found / content.length) * 100);
}

/**
 * Index in `text` where `phrase` occurs as a contiguous run, or -1. With separators, the phrase's words must be
 * separated in the text as in the phrase (white space or hyphen): `CDC: Drop` does not contain the phrase `CDC Drop`,
 * as in Yoast's exact match.
 */
export function indexOfRun(text: readonly string[], phrase: readonly string[], textSpaced?: readonly boolean[], phraseSpaced?: readonly boolean[]): number {
  if (phrase.length === 0) return -1;
  outer: for (let i = 0; i + phrase.length <= text.length; i++) {
    for (let j = 0; j < phrase.length; j++) {
      if (text[i + j] !== phrase[j]) continue outer;
      if (j > 0 && textSpaced && (textSpaced[i + j] ?? false) !== (phraseSpaced?.[j] ?? true)) continue outer;
    }
    return i;
  }
  return -1;
}
