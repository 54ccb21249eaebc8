/**
 * The title model's weights for id, fitted to editors' headlines (headlines/id-detik, articles whose id starts with 0–6)
 * by `npm run train:title`; see `src/restructure/title-model.ts`. Generated: do not edit by hand.
 */
export const titleWeights: Readonly<Record<string, number>> = {
  "first": 0.276,
  "second": 0.063,
  "later": -0.327,
  "holdsFocus": 1.092,
  "startsFocus": -0.043,
  "name": 0.462,
  "complete": 0.264,
  "rest": 0.995,
  "chars": -0.109,
  "wide": -0.218,
  "coverage": 1.225,
  "repeats": -0.155,
  "capitalStart": -0.13,
  "quoted": 0.511,
  "names": 0.044
};
