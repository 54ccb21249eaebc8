/**
 * The phrases that may become the focus keyphrase: the extractor's keyphrases in the form a searcher types
 * (`focusForm`: a name's part stands for the name; verbs, lone modifiers and the dateline's place are none), the
 * short name the article uses on its own (`Prabowo` beside `Prabowo Subianto`, `Indramayu` beside `Kabupaten
 * Indramayu`), and two-word variants of a central lone word (`korupsi` → `kasus korupsi`).
 */
import type { Sentence } from '../document/types.js';
import type { Keyphrase } from '../keyphrases/index.js';
import type { LanguagePack } from '../lang/types.js';
import { variantsOf } from '../restructure/focus-variants.js';
import { focusForm, type FocusContext } from './form.js';

/** Longest focus, in words. */
export const MAX_FOCUS_WORDS = 3;
/** Keyphrases considered, best first. */
const CONSIDERED = 20;

export interface FocusCandidate {
  phrase: string;
  /** Rank of the keyphrase it comes from (0 = best). */
  rank: number;
  /** That keyphrase's score (0–1). */
  score: number;
  /** How it was derived. */
  origin: 'keyphrase' | 'short name' | 'variant' | 'phrase';
}

/** Lowercased words of a phrase. */
const lowerWords = (phrase: string): string[] => phrase.toLowerCase().split(/\s+/u).filter(Boolean);

/** Times the article writes the words `part` (lowercased) outside the name `name` (lowercased), capitalised. */
function aloneCount(part: readonly string[], name: readonly string[], ctx: FocusContext): number {
  let n = 0;
  const offset = name.findIndex((_, k) => part.every((w, j) => name[k + j] === w));
  for (const [si, i] of ctx.where(part[0]!)) {
    const words = ctx.sentences[si]!;
    if (!part.every((w, j) => words[i + j]?.lower === w)) continue;
    const start = i - offset;
    const inside = start >= 0 && name.every((w, j) => words[start + j]?.lower === w);
    if (!inside && /^\p{Lu}/u.test(words[i]!.text)) n++;
  }
  return n;
}

/**
 * Shorter runs of a name's words that the article also writes on their own, at least twice and as often as the
 * name: the short name editors use (`Sri Mulyani` of `Sri Mulyani Indrawati`, `Prabowo`, `Indramayu` of `Kabupaten
 * Indramayu`). A lone title or administrative word (`Presiden`, `Kabupaten`, `Bidang`) is a generic word or a
 * frequent noun of the language, never a short name, and neither is a run that begins or ends with one.
 */
function shortNames(phrase: string, ctx: FocusContext): string[] {
  const words = phrase.split(/\s+/u);
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return [];
  const name = lowerWords(phrase);
  const whole = ctx.where(name[0]!).filter(([si, i]) => name.every((w, j) => ctx.sentences[si]![i + j]?.lower === w)).length;
  const { lang } = ctx;
  const plain = (w: string): boolean =>
    !lang.stopwords.has(w) && !lang.genericWords?.has(w) && !lang.frequentNouns?.has(w) && !lang.commonWords?.has(w);
  const out: string[] = [];
  for (let size = words.length - 1; size >= 1; size--) {
    for (let a = 0; a + size <= words.length; a++) {
      const part = name.slice(a, a + size);
      if (!plain(part[0]!) || !plain(part[size - 1]!)) continue;
      const alone = aloneCount(part, name, ctx);
      if (alone >= 2 && alone >= whole) out.push(words.slice(a, a + size).join(' '));
    }
  }
  return out;
}

/**
 * The candidates, in the keyphrases' order, then the lead's noun phrases (`leadPhrases`, from the grammar layer)
 * that no keyphrase gave, each phrase once (case-insensitively).
 */
export function focusCandidates(
  keyphrases: readonly Keyphrase[],
  sentences: readonly Sentence[],
  ctx: FocusContext,
  lang: LanguagePack,
  leadPhrases: readonly string[] = [],
): FocusCandidate[] {
  const out: FocusCandidate[] = [];
  const seen = new Set<string>();
  const add = (c: FocusCandidate): void => {
    const key = c.phrase.toLowerCase();
    const n = lowerWords(c.phrase).length;
    if (seen.has(key) || n === 0 || n > MAX_FOCUS_WORDS) return;
    // A possessive or dotted form (`Marsden's`, `U.S.`) cannot be written in a slug, so search engines never match it.
    if (/['’]s?(?:\s|$)|\./u.test(c.phrase)) return;
    seen.add(key);
    out.push(c);
  };
  keyphrases.slice(0, CONSIDERED).forEach((k, rank) => {
    const phrase = focusForm(k.phrase, ctx);
    if (phrase === undefined) return;
    add({ phrase, rank, score: k.score, origin: 'keyphrase' });
    for (const short of shortNames(phrase, ctx)) add({ phrase: short, rank, score: k.score, origin: 'short name' });
    if (rank < 3 && !phrase.includes(' ')) {
      for (const v of variantsOf(phrase, sentences, lang).slice(0, 2)) add({ phrase: v, rank, score: k.score, origin: 'variant' });
    }
  });
  // A lead phrase passes the keyphrases' tests too: never edged with a word that never edges a keyphrase (`Senin`,
  // `Presiden` before the name), and in the form a searcher types (never the dateline's place).
  const edge = (w: string): boolean => lang.stopwords.has(w) || lang.genericWords?.has(w) === true;
  for (const written of leadPhrases) {
    const words = lowerWords(written);
    if (words.length === 0 || edge(words[0]!) || edge(words.at(-1)!)) continue;
    const phrase = focusForm(written, ctx);
    if (phrase !== undefined) add({ phrase, rank: CONSIDERED, score: 0, origin: 'phrase' });
  }
  return out;
}
