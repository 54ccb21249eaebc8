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
  leadHolds: 0.45,
  leadOpens: 0.24,
  clauseHolds: 0,
  overused: 0,
  adjunct: 0,
};

/**
 * Preference for a candidate that the writer's headline holds, and more when the headline opens with it: the title
 * then keeps the writer's headline. Not fitted (the editors' sets give the body only), so set by hand. The
 * headlines the lead's main clauses give are features instead (`leadHolds`, `leadOpens`, `clauseHolds`), fitted.
 */
export const HEADLINE = { holds: 1.5, opens: 0.8 } as const;

/**
 * The price of Yoast's worst density verdict ("way over the maximum", which sinks its SEO score), taken off a phrase
 * written that often (`overused`); undefined: such a phrase comes after every other one. Editors' headlines name
 * such a phrase more often than any other in Indonesian news (it is what the story is about), so there it competes
 * at a price; in English news it gains nothing, and on a blog it is the blog's own subject (`Rust`), so there it
 * does not. The price is language data chosen by `npm run train:focus` (`focusOverusedCost`).
 */
export function overusedCost(lang: LanguagePack): number | undefined {
  return lang.focusOverusedCost;
}

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
