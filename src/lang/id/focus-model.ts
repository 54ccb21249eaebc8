/**
 * The focus model's weights for Indonesian, fitted to editors' headlines (headlines/id-detik, articles whose id
 * starts with 0–6) by `npm run train:focus`; see `src/focus/model.ts`. Generated: do not edit by hand.
 */
export const focusWeights: Readonly<Record<string, number>> = {
  "centrality": -0.504,
  "logScore": 0.222,
  "intro": 0.676,
  "firstSentence": 1.333,
  "leadIndex": 0.207,
  "secondSentence": 0.049,
  "early": 0.998,
  "frequency": 1.771,
  "name": -0.676,
  "acronym": 0.051,
  "oneWord": 1.675,
  "threeWords": -0.683,
  "commonWord": -0.604,
  "quoted": 0.267,
  "subject": -0.054,
  "object": -1.386,
  "nominalUse": -0.733,
  "shortName": -0.237,
  "variant": 0.216,
  "leadPhrase": -0.253,
  "fits": -0.809,
  "near": -0.03,
  "shareOk": 1.337,
  "leadHolds": 0.494,
  "leadOpens": -0.335,
  "clauseHolds": 0.679,
  "overused": 0.357
};

/** What a phrase over Yoast's density limit pays in the score (undefined: it comes after every other one). */
export const focusOverusedCost: number | undefined = 3;
