/**
 * The focus model's weights for Indonesian, fitted to editors' headlines (headlines/id-detik, articles whose id
 * starts with 0–a) by `npm run train:focus`; see `src/focus/model.ts`. Generated: do not edit by hand.
 */
export const focusWeights: Readonly<Record<string, number>> = {
  "centrality": -0.329,
  "logScore": 0.629,
  "intro": 0.686,
  "firstSentence": 0.863,
  "leadIndex": 0.669,
  "secondSentence": 0.007,
  "early": 0.465,
  "frequency": 1.671,
  "name": -1.116,
  "acronym": -0.837,
  "oneWord": 1.388,
  "threeWords": -0.843,
  "commonWord": -0.814,
  "quoted": 0.395,
  "subject": 0,
  "shortName": -0.496,
  "variant": -0.158,
  "fits": -0.053,
  "near": 0.503,
  "shareOk": 0.749
};
