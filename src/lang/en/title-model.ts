/**
 * The title model's weights for en, fitted to editors' headlines (headlines/en-bbc, articles whose id starts with 0–6)
 * by `npm run train:title`; see `src/restructure/title-model.ts`. Generated: do not edit by hand.
 */
export const titleWeights: Readonly<Record<string, number>> = {
  "first": 0.968,
  "second": -0.444,
  "later": -0.512,
  "holdsFocus": 0.801,
  "startsFocus": 0.472,
  "name": -0.137,
  "complete": -0.1,
  "rest": -0.172,
  "chars": -0.302,
  "wide": -0.2,
  "coverage": 0.818,
  "repeats": -0.293,
  "capitalStart": 0.206,
  "quoted": 0.271
};
