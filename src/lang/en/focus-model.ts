/**
 * The focus model's weights for English, fitted to editors' headlines (headlines/en-bbc, articles whose id
 * starts with 0–a) by `npm run train:focus`; see `src/focus/model.ts`. Generated: do not edit by hand.
 */
export const focusWeights: Readonly<Record<string, number>> = {
  "centrality": -0.095,
  "logScore": 0.044,
  "intro": 0.565,
  "firstSentence": 1.015,
  "leadIndex": 0.749,
  "secondSentence": -0.072,
  "early": 1.574,
  "frequency": 2.361,
  "name": 0.26,
  "acronym": 0.49,
  "oneWord": 1.173,
  "threeWords": -0.243,
  "commonWord": -0.388,
  "quoted": 0.184,
  "subject": 0,
  "shortName": 0.436,
  "variant": 0.084,
  "fits": 0.005,
  "near": -0.001,
  "shareOk": 0
};
