/** Types of `metrics.mjs`, for the TypeScript scripts that share it (`bench/golden`). */

/** Lowercased word unigrams. */
export declare function words(text: string): string[];

/** ROUGE-1 F1 of `ours` against `theirs` (clipped unigram counts), 0–1. */
export declare function rouge1(ours: string, theirs: string): number;
