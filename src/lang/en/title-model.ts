/**
 * The title model's weights for en, fitted to editors' headlines (headlines/en-bbc, articles whose id starts with 0–6)
 * by `npm run train:title`; see `src/restructure/title-model.ts`. Generated: do not edit by hand.
 */
export const titleWeights: Readonly<Record<string, number>> = {
  "first": 0.817,
  "second": -0.323,
  "later": -0.481,
  "holdsFocus": 1.092,
  "startsFocus": 0.302,
  "name": -0.095,
  "complete": 0.004,
  "rest": -0.287,
  "chars": -0.594,
  "wide": -0.195,
  "coverage": 0.769,
  "repeats": -0.305,
  "capitalStart": 0.185
};
