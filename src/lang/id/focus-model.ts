/**
 * The focus model's weights for Indonesian, fitted to editors' headlines (headlines/id-detik, articles whose id
 * starts with 0–6) by `npm run train:focus`; see `src/focus/model.ts`. Generated: do not edit by hand.
 */
export const focusWeights: Readonly<Record<string, number>> = {
  "centrality": -0.111,
  "logScore": 0.301,
  "intro": 0.865,
  "firstSentence": 0.987,
  "leadIndex": 0.298,
  "secondSentence": 0.004,
  "early": 0.197,
  "frequency": 1.926,
  "name": -1.223,
  "acronym": -0.698,
  "oneWord": 1.275,
  "threeWords": -0.525,
  "commonWord": -0.559,
  "quoted": 0.68,
  "subject": 0.57,
  "object": -0.236,
  "nominalUse": 0.489,
  "shortName": -0.269,
  "variant": -0.083,
  "leadPhrase": 0.261,
  "fits": -1.079,
  "near": -0.412,
  "shareOk": 1.248
};
