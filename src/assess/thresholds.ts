/**
 * Thresholds as the rules see them: the language pack's values, a rule's overrides merged in, and the ok-bands
 * derived from them.
 *
 * Yoast scores most assessments in three bands (good, ok, bad). `Thresholds` holds the good boundary, the number a
 * writer is told; the second boundary of Yoast's curve is derived from it here, with the ratio that gives Yoast's
 * published value at the default (150 → 200 words a paragraph, 10 % → 15 % passive…), so that an override moves the
 * whole curve.
 */
import { thresholds as defaults } from '../lang/en/thresholds.js';
import type { Thresholds } from '../lang/types.js';

/** Second boundaries of Yoast's scoring curves, derived from the good boundaries. */
export interface Bands {
  /** Longest paragraph: ok up to this many words (Yoast: 200 for 150). */
  paragraphWordsOk: number;
  /** Share of long sentences: ok up to this % (Yoast: 30 for 25). */
  sentenceShareOk: number;
  /** Share of passive sentences: ok up to this % (Yoast: 15 for 10). */
  passiveShareOk: number;
  /** Share of sentences with a transition: ok from this % (Yoast: 20 for 30). */
  transitionsShareOk: number;
  /** Longest text under one subheading: ok up to this many words (Yoast: 350 for 300). */
  subheadingWordsOk: number;
  /** Keyphrase density (length-adjusted): over `max` up to this % is "over", beyond is "far over" (Yoast: 4 for 3). */
  densityFarOver: number;
  /** Text length: ok from `slightlyBelow`, bad from `below`, very bad from `farBelow`, worst under it (Yoast: 250, 200, 100 for 300). */
  textLength: { slightlyBelow: number; below: number; farBelow: number };
}

/** Every threshold present, plus the derived bands. */
export type ResolvedThresholds = Required<Thresholds> & { readonly bands: Bands };

type Section = Record<string, unknown>;

/** Merges `over` into `base` one level deep, so `{ title: { maxChars: 70 } }` keeps the other title values. */
function mergeThresholds(base: Required<Thresholds>, over: Partial<Thresholds> | undefined): Required<Thresholds> {
  if (!over) return base;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (value === undefined) continue;
    const prior = out[key];
    out[key] = typeof prior === 'object' && prior !== null && typeof value === 'object' ? { ...(prior as Section), ...(value as Section) } : value;
  }
  return out as Required<Thresholds>;
}

function bandsOf(t: Required<Thresholds>): Bands {
  const min = t.textLength.min;
  return {
    paragraphWordsOk: Math.round((t.paragraphWords.max * 4) / 3),
    sentenceShareOk: t.sentenceLength.maxShare + 5,
    passiveShareOk: t.passive.maxShare * 1.5,
    transitionsShareOk: (t.transitions.minShare * 2) / 3,
    subheadingWordsOk: Math.round((t.subheadingWords.max * 7) / 6),
    densityFarOver: t.keyphraseDensity.max + 1,
    textLength: { slightlyBelow: Math.round((min * 5) / 6), below: Math.round((min * 2) / 3), farBelow: Math.round(min / 3) },
  };
}

/** Yoast's defaults (the English pack states every threshold, so a pack may leave the newer ones out). */
const fallback: Required<Thresholds> = defaults;

/** The thresholds a rule runs with: Yoast defaults ← `lang.thresholds` ← the rule's overrides. */
export function resolveThresholds(lang: Thresholds, override?: Partial<Thresholds>): ResolvedThresholds {
  const merged = mergeThresholds(mergeThresholds(fallback, lang), override);
  return { ...merged, bands: bandsOf(merged) };
}
