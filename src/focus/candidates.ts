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
  origin: 'keyphrase' | 'short name' | 'variant';
}

/** Lowercased words of a phrase. */
const lowerWords = (phrase: string): string[] => phrase.toLowerCase().split(/\s+/u).filter(Boolean);

/** Times the article writes `word` (lowercased) outside the words of `name` (lowercased), with its case. */
function aloneCount(word: string, name: readonly string[], ctx: FocusContext): number {
  let n = 0;
  for (const [si, i] of ctx.where(word)) {
    const words = ctx.sentences[si]!;
    const k = name.indexOf(word);
    const start = i - k;
    const inside = start >= 0 && name.every((w, j) => words[start + j]?.lower === w);
    if (!inside && /^\p{Lu}/u.test(words[i]!.text)) n++;
  }
  return n;
}

/**
 * A name's word that the article also writes on its own, at least twice and as often as the name: the short name
 * editors use (`Prabowo`, `Indramayu`). Title and administrative words (`Presiden`, `Kabupaten`) are generic words
 * or frequent nouns of the language, never a short name.
 */
function shortNames(phrase: string, ctx: FocusContext): string[] {
  const words = phrase.split(/\s+/u);
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return [];
  const name = lowerWords(phrase);
  const whole = ctx.where(name[0]!).filter(([si, i]) => name.every((w, j) => ctx.sentences[si]![i + j]?.lower === w)).length;
  const { lang } = ctx;
  return words.filter((w, i) => {
    const lower = name[i]!;
    if (lang.stopwords.has(lower) || lang.genericWords?.has(lower) || lang.frequentNouns?.has(lower) || lang.commonWords?.has(lower)) return false;
    const alone = aloneCount(lower, name, ctx);
    return alone >= 2 && alone >= whole;
  });
}

/** The candidates, in the keyphrases' order, each phrase once (case-insensitively). */
export function focusCandidates(keyphrases: readonly Keyphrase[], sentences: readonly Sentence[], ctx: FocusContext, lang: LanguagePack): FocusCandidate[] {
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
  return out;
}
