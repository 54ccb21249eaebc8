/**
 * The focus model's weights for English, fitted to editors' headlines (headlines/en-bbc, articles whose id
 * starts with 0–6) by `npm run train:focus`; see `src/focus/model.ts`. Generated: do not edit by hand.
 */
export const focusWeights: Readonly<Record<string, number>> = {
  "centrality": -0.164,
  "logScore": 0.015,
  "intro": 0.876,
  "firstSentence": 0.885,
  "leadIndex": 0.24,
  "secondSentence": 0.084,
  "early": 1.914,
  "frequency": 2.416,
  "name": 0.647,
  "acronym": 0.507,
  "oneWord": 1.39,
  "threeWords": -0.767,
  "commonWord": 0.049,
  "quoted": 0.056,
  "subject": 0.582,
  "object": 0.782,
  "nominalUse": 0.057,
  "shortName": 0.192,
  "variant": 0.444,
  "leadPhrase": 0.022,
  "fits": -0.32,
  "near": -0.659,
  "shareOk": 0
};
