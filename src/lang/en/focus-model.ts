/**
 * The focus model's weights for English, fitted to editors' headlines (headlines/en-bbc, articles whose id
 * starts with 0–6) by `npm run train:focus`; see `src/focus/model.ts`. Generated: do not edit by hand.
 */
export const focusWeights: Readonly<Record<string, number>> = {
  "centrality": -0.261,
  "logScore": -0.027,
  "intro": 0.758,
  "firstSentence": 1.035,
  "leadIndex": 0.126,
  "secondSentence": -0.112,
  "early": 2.054,
  "frequency": 2.427,
  "name": 0.593,
  "acronym": 0.46,
  "oneWord": 1.482,
  "threeWords": -1.479,
  "commonWord": -0.078,
  "quoted": -0.224,
  "subject": 0.429,
  "object": 0.803,
  "nominalUse": 0.537,
  "shortName": 0.111,
  "variant": 0.595,
  "leadPhrase": 0.013,
  "fits": -0.333,
  "near": -0.725,
  "shareOk": 0,
  "leadHolds": 0.207,
  "leadOpens": -0.267,
  "clauseHolds": 0.317,
  "overused": -0.81,
  "adjunct": -0.289
};

/** What a phrase over Yoast's density limit pays in the score (undefined: it comes after every other one). */
export const focusOverusedCost: number | undefined = undefined;
