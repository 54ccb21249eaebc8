/**
 * How a headline from the lead's main clause is ranked against the others: a linear score over a few features
 * (which sentence it comes from, whether it holds the focus, whether the clause is whole, its length, how much of
 * it names the story's things). A language's weights are data (`src/lang/<code>/title-model.ts`), fitted to
 * editors' published headlines by `npm run train:title`; without them the prior below applies, the hand-set
 * preferences it replaced.
 */
import type { LanguagePack } from '../lang/types.js';
import { textWidth } from '../text/width.js';
import type { ClauseHeadline } from './headline.js';
import { countRun, lowerWords } from './match.js';

export const TITLE_FEATURES = [
  'first',
  'second',
  'later',
  'holdsFocus',
  'startsFocus',
  'name',
  'complete',
  'rest',
  'chars',
  'wide',
  'coverage',
  'repeats',
  'capitalStart',
  'quoted',
  'names',
] as const;

export type TitleFeature = (typeof TITLE_FEATURES)[number];
export type TitleFeatures = Record<TitleFeature, number>;

/** The hand-set preferences, as weights: the model for a language without fitted ones. */
export const TITLE_PRIOR: Readonly<Record<TitleFeature, number>> = {
  first: 3.5,
  second: 1.5,
  later: 0,
  holdsFocus: 1.5,
  startsFocus: 1.5,
  name: 0,
  complete: 0,
  rest: 0,
  chars: 1,
  // Yoast's 400 px minimum rates a short title "ok", not "bad": worth less than the lead's news (at 4 a wider
  // second-sentence clause beat `Bimo Targetkan Rp 20 Triliun`; id-news ROUGE-1 16.6 → 18.1 at 2).
  wide: 2,
  coverage: 2,
  repeats: -3,
  capitalStart: 0,
  // A quotation's spoken words are loose (`Purbaya: Kan Jauh Beda …`): `Speaker: …` wins when the lead gives no
  // plain clause that reads as well (`Prabowo: SPPG Capai 12.508 dari Target` over the bare `Prabowo`).
  quoted: -2,
  names: 0,
};

/** The features of one clause headline (`text` already cased). */
export function titleFeatures(
  h: ClauseHeadline,
  text: string,
  focus: string,
  keywords: ReadonlySet<string>,
  lang: LanguagePack,
): TitleFeatures {
  const words = lowerWords(text);
  const focusWords = lowerWords(focus);
  const content = words.filter((w) => !lang.stopwords.has(w));
  const seen = new Set<string>();
  let repeats = 0;
  for (const w of content) {
    const s = lang.stem(w);
    if (seen.has(s)) repeats++;
    seen.add(s);
  }
  const { maxChars, minWidth } = lang.thresholds.title;
  return {
    quoted: h.quoted ? 1 : 0,
    first: h.sentence === 0 ? 1 : 0,
    second: h.sentence === 1 ? 1 : 0,
    later: h.sentence > 1 ? 1 : 0,
    holdsFocus: focusWords.length > 0 && countRun(words, focusWords) > 0 ? 1 : 0,
    startsFocus: focusWords.length > 0 && focusWords.every((w, i) => words[i] === w) ? 1 : 0,
    name: h.name ? 1 : 0,
    complete: h.complete ? 1 : 0,
    rest: h.rest / 9,
    chars: text.length / maxChars,
    wide: textWidth(text) >= minWidth ? 1 : 0,
    coverage: content.length === 0 ? 0 : content.filter((w) => keywords.has(w)).length / content.length,
    repeats,
    capitalStart: /^\p{Lu}/u.test(h.text) ? 1 : 0,
    // How much it names (capitalised words after the first, as the sentence writes them, up to three): editors name
    // who (`Shares in Cairn Energy rise 3.8%` over `Shares rise 3.8%`).
    names: Math.min(3, h.text.split(/\s+/u).slice(1).filter((w) => /^\p{Lu}/u.test(w)).length) / 3,
  };
}

/** The score of a clause headline under `lang`'s weights (or the prior). */
export function titleScore(features: TitleFeatures, lang: LanguagePack): number {
  const weights = lang.titleWeights;
  let sum = 0;
  for (const f of TITLE_FEATURES) sum += features[f] * (weights ? (weights[f] ?? 0) : TITLE_PRIOR[f]);
  return sum;
}
