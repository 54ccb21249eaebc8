import type { Thresholds } from '../types.js';

/**
 * Yoast's values for Indonesian. yoastseo 3.6 has no Indonesian-specific configuration, so these are its defaults,
 * sentence length included (over 20 words is long; at most 25 % long sentences is good).
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
