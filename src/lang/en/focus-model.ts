/**
 * The focus model's weights for English, fitted to editors' headlines (headlines/en-bbc, articles whose id
 * starts with 0–6) by `npm run train:focus`; see `src/focus/model.ts`. Generated: do not edit by hand.
 */
export const focusWeights: Readonly<Record<string, number>> = {
  "centrality": -0.172,
  "logScore": 0.003,
  "intro": 0.735,
  "firstSentence": 0.979,
  "leadIndex": 0.212,
  "secondSentence": 0.042,
  "early": 1.833,
  "frequency": 2.51,
  "name": 0.616,
  "acronym": 0.44,
  "oneWord": 1.419,
  "threeWords": -1.227,
  "commonWord": -0.096,
  "quoted": -0.129,
  "subject": 0.612,
  "object": 1.094,
  "nominalUse": 0.49,
  "shortName": 0.139,
  "variant": 0.347,
  "leadPhrase": -0.048,
  "fits": -0.713,
  "near": -1.102,
  "shareOk": 0
};
