/**
 * The title model's weights for id, fitted to editors' headlines (headlines/id-detik, articles whose id starts with 0–6)
 * by `npm run train:title`; see `src/restructure/title-model.ts`. Generated: do not edit by hand.
 */
export const titleWeights: Readonly<Record<string, number>> = {
  "first": 0.296,
  "second": 0.106,
  "later": -0.39,
  "holdsFocus": 1.117,
  "startsFocus": -0.223,
  "name": 0.312,
  "complete": 0.347,
  "rest": 1.011,
  "chars": -0.128,
  "wide": -0.098,
  "coverage": 1.196,
  "repeats": -0.254,
  "capitalStart": 0.021,
  "quoted": 0.305
};
