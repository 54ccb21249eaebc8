import type { Thresholds } from '../types.js';

/** Yoast's published values for Indonesian (the same as its defaults, sentence length included). */
export const thresholds: Thresholds = {
  keyphraseDensity: { min: 0.5, max: 3 },
  metaDescription: { min: 120, max: 156 },
  title: { maxChars: 60, maxWidth: 600, minWidth: 400 },
  slug: { maxChars: 60 },
  paragraphWords: { max: 150 },
  sentenceLength: { maxWords: 20, maxShare: 25 },
  subheadingWords: { max: 300 },
  passive: { maxShare: 10 },
  transitions: { minShare: 30 },
  consecutiveOpenings: { max: 2 },
  textLength: { min: 300 },
};
