/**
 * The focus model's weights for English, fitted to editors' headlines (headlines/en-bbc, articles whose id
 * starts with 0–6) by `npm run train:focus`; see `src/focus/model.ts`. Generated: do not edit by hand.
 */
export const focusWeights: Readonly<Record<string, number>> = {
  "centrality": -0.211,
  "logScore": 0.008,
  "intro": 0.757,
  "firstSentence": 0.932,
  "leadIndex": 0.17,
  "secondSentence": -0.04,
  "early": 1.839,
  "frequency": 2.431,
  "name": 0.602,
  "acronym": 0.51,
  "oneWord": 1.415,
  "threeWords": -1.479,
  "commonWord": -0.106,
  "quoted": -0.168,
  "subject": 0.562,
  "object": 0.912,
  "nominalUse": 0.542,
  "shortName": 0.111,
  "variant": 0.423,
  "leadPhrase": -0.026,
  "fits": -0.488,
  "near": -0.922,
  "shareOk": 0,
  "leadHolds": 0.208,
  "leadOpens": -0.12,
  "clauseHolds": 0.381,
  "overused": -0.876
};

/** What a phrase over Yoast's density limit pays in the score (undefined: it comes after every other one). */
export const focusOverusedCost: number | undefined = undefined;
