/** The keyphrases a rewrite reports: the tags it tests, and the focus first with the rest in rank order. */
import type { Block } from '../document/types.js';
import type { Keyphrase } from '../keyphrases/index.js';
import { isTag } from '../keyphrases/tags.js';
import type { LanguagePack } from '../lang/index.js';

/**
 * The first tags of the ranking, twice as many as reported (the keywords skip the focus's parts and duplicates):
 * each test reads every use of the phrase, so a long article is not read for tags it will not report.
 */
export function firstTags(ranked: readonly Keyphrase[], written: readonly Block[], lang: LanguagePack, max: number): Keyphrase[] {
  const out: Keyphrase[] = [];
  for (const k of ranked) {
    if (out.length >= 2 * max) break;
    if (isTag(k.phrase, written, lang)) out.push(k);
  }
  return out;
}

/**
 * The focus first, then the other keyphrases in rank order, without case-insensitive duplicates and without the
 * one-word parts of a focus of several words: the focus `mobil Maung` stands for `mobil` and `Maung`, which would
 * otherwise be the next two tags.
 */
export function orderedKeywords(focus: string, keyphrases: readonly Keyphrase[], lang: LanguagePack): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const focusWords = focus.toLowerCase().split(/\s+/u);
  const focusStems = focusWords.length > 1 ? new Set(focusWords.map((w) => lang.stem(w))) : new Set<string>();
  for (const phrase of [focus, ...keyphrases.map((k) => k.phrase)]) {
    const key = phrase.toLowerCase();
    if (!phrase || seen.has(key)) continue;
    if (phrase !== focus && !key.includes(' ') && focusStems.has(lang.stem(key))) continue;
    seen.add(key);
    out.push(phrase);
  }
  return out;
}
