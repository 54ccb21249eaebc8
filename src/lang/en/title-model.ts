/**
 * The title model's weights for en, fitted to editors' headlines (headlines/en-bbc, articles whose id starts with 0–6)
 * by `npm run train:title`; see `src/restructure/title-model.ts`. Generated: do not edit by hand.
 */
export const titleWeights: Readonly<Record<string, number>> = {
  "first": 0.945,
  "second": -0.445,
  "later": -0.488,
  "holdsFocus": 0.723,
  "startsFocus": 0.545,
  "name": -0.168,
  "complete": -0.109,
  "rest": -0.174,
  "chars": -0.304,
  "wide": -0.231,
  "coverage": 0.913,
  "repeats": -0.17,
  "capitalStart": 0.222,
  "quoted": 0.29,
  "names": 0.305
};
