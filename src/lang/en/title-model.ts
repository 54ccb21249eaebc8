/**
 * The title model's weights for en, fitted to editors' headlines (headlines/en-bbc, articles whose id starts with 0–6)
 * by `npm run train:title`; see `src/restructure/title-model.ts`. Generated: do not edit by hand.
 */
export const titleWeights: Readonly<Record<string, number>> = {
  "first": 0.875,
  "second": -0.411,
  "later": -0.451,
  "holdsFocus": 0.862,
  "startsFocus": -0.08,
  "name": -0.043,
  "complete": 0.117,
  "rest": -0.244,
  "chars": -0.776,
  "wide": -0.217,
  "coverage": 0.884,
  "repeats": -0.343,
  "capitalStart": 0.248
};
