/**
 * The title model's weights for en, fitted to editors' headlines (headlines/en-bbc, articles whose id starts with 0–6)
 * by `npm run train:title`; see `src/restructure/title-model.ts`. Generated: do not edit by hand.
 */
export const titleWeights: Readonly<Record<string, number>> = {
  "first": 0.841,
  "second": -0.368,
  "later": -0.46,
  "holdsFocus": 1.16,
  "startsFocus": 0.114,
  "name": -0.07,
  "complete": 0.173,
  "rest": -0.346,
  "chars": -0.611,
  "wide": -0.232,
  "coverage": 0.683,
  "repeats": -0.344,
  "capitalStart": 0.222
};
