import type { Thresholds } from '../types.js';

/**
 * Yoast's published values for English (yoastseo 3.6 defaults). Every threshold is stated, so this pack is also the
 * fallback for packs that leave the optional ones out.
 */
export const thresholds: Required<Thresholds> = {
  keyphraseDensity: { min: 0.5, max: 3 },
  keyphraseLength: { max: 4, acceptableMax: 8 },
  metaDescription: { min: 120, max: 156 },
  title: { maxChars: 60, maxWidth: 600, minWidth: 400 },
  slug: { maxChars: 60 },
  paragraphWords: { max: 150 },
  sentenceLength: { maxWords: 20, maxShare: 25 },
  subheadingWords: { max: 300 },
  subheadingKeyphrase: { minShare: 30, maxShare: 75 },
  passive: { maxShare: 10 },
  transitions: { minShare: 30 },
  transitionsFrom: { words: 200 },
  consecutiveOpenings: { max: 2 },
  textLength: { min: 300 },
};
