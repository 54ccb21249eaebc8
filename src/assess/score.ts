/**
 * Ratings and overall scores, computed the way yoastseo 3.6 does (scoring/interpreters/scoreToRating.js and
 * scoring/scoreAggregators/{SEO,Readability}ScoreAggregator.js).
 */
import type { Rating } from '../types.js';

/** Yoast's rating of a 0–9 score: ≤4 bad, 5–7 ok, ≥8 good. */
export function ratingOf(score: number): Rating {
  if (score >= 8) return 'good';
  if (score > 4) return 'ok';
  return 'bad';
}

/**
 * SEO score 0–100: the sum of the assessment scores over nine points per assessment, rounded. Penalty scores below
 * zero pull it down as in Yoast; the result is clamped to 0–100 (Yoast's can go below zero, which its UI shows as
 * bad anyway).
 */
export function seoScore(scores: readonly number[]): number {
  if (scores.length === 0) return 0;
  const sum = scores.reduce((a, b) => a + b, 0);
  const value = Math.round((sum * 100) / (scores.length * 9)) || 0;
  return Math.min(100, Math.max(0, value));
}

/**
 * Languages Yoast's readability aggregator treats as fully supported; for the others it is stricter (a bad result
 * costs 4 penalty points instead of 3, and the thresholds are lower). Kept so that our readability score equals
 * Yoast's for the same ratings; it is Yoast's policy, not a statement about our own language support.
 */
const FULLY_SUPPORTED: ReadonlySet<string> = new Set(['en', 'nl', 'de', 'it', 'ru', 'fr', 'es']);

/**
 * Readability score: 90 (good), 60 (ok) or 30 (needs improvement) from penalty points per rating; 0 when at most one
 * assessment ran (Yoast's "no content").
 */
export function readabilityScore(scores: readonly number[], langCode: string): number {
  if (scores.length <= 1) return 0;
  const full = FULLY_SUPPORTED.has(langCode);
  let penalty = 0;
  for (const score of scores) {
    const rating = ratingOf(score);
    if (rating === 'bad') penalty += full ? 3 : 4;
    else if (rating === 'ok') penalty += 2;
  }
  if (full) return penalty > 6 ? 30 : penalty > 4 ? 60 : 90;
  return penalty > 4 ? 30 : penalty > 2 ? 60 : 90;
}
