/**
 * The focus model: one linear score over a candidate's features (`features.ts`). A language's weights are data
 * (`src/lang/<code>/focus-model.ts`), fitted to editors' headlines by `npm run train:focus`; a language without
 * them uses the prior below, which mirrors the rules the fitted models replaced (centrality first, then the
 * introduction and Yoast's density window).
 */
import type { LanguagePack } from '../lang/types.js';
import { FEATURES, type FeatureName, type Features } from './features.js';

export type FocusWeights = Readonly<Record<FeatureName, number>>;

/** The prior: weights for a language with no fitted model. */
export const PRIOR: FocusWeights = {
  centrality: 3,
  logScore: 0,
  intro: 1,
  firstSentence: 0,
  leadIndex: 0,
  secondSentence: 0,
  early: 0,
  frequency: 0,
  name: 0,
  acronym: 0,
  oneWord: 0,
  threeWords: -0.7,
  commonWord: 0,
  quoted: 0,
  subject: 0,
  object: 0,
  nominalUse: 0,
  shortName: 0,
  variant: 0,
  leadPhrase: 0,
  fits: 1,
  near: 0.5,
  shareOk: 0.3,
};

/**
 * Preference for a candidate that the writer's headline holds, and more when the headline opens with it: the title
 * then keeps the writer's headline. Not fitted (the editors' sets give the body only), so set by hand. Without a
 * writer's headline, the one the lead's main clause gives stands in at `standIn` of the weight: the title will
 * likely hold the focus then, which Yoast's title check looks for, but it is our guess, not the writer's choice.
 */
export const HEADLINE = { holds: 1.5, opens: 0.8, standIn: 0.3 } as const;

/** The weights of `lang`'s model, or the prior. */
export function weightsOf(lang: LanguagePack): FocusWeights {
  const fitted = lang.focusWeights;
  if (!fitted) return PRIOR;
  const out = { ...PRIOR };
  for (const name of FEATURES) out[name] = fitted[name] ?? 0;
  return out;
}

/** Each feature's contribution to the score. */
export function contributions(features: Features, weights: FocusWeights): Record<FeatureName, number> {
  const out = {} as Record<FeatureName, number>;
  for (const name of FEATURES) out[name] = features[name] * weights[name];
  return out;
}

/** The score: the sum of the contributions. */
export function scoreOf(features: Features, weights: FocusWeights): number {
  let sum = 0;
  for (const name of FEATURES) sum += features[name] * weights[name];
  return sum;
}
