/**
 * The focus model's weights for English, fitted to editors' headlines (headlines/en-bbc, articles whose id
 * starts with 0–6) by `npm run train:focus`; see `src/focus/model.ts`. Generated: do not edit by hand.
 */
export const focusWeights: Readonly<Record<string, number>> = {
  "centrality": -0.249,
  "logScore": -0.029,
  "intro": 0.712,
  "firstSentence": 0.889,
  "leadIndex": 0.274,
  "secondSentence": -0.122,
  "early": 2.026,
  "frequency": 2.436,
  "name": 0.599,
  "acronym": 0.465,
  "oneWord": 1.483,
  "threeWords": -1.486,
  "commonWord": -0.086,
  "quoted": -0.202,
  "subject": 0.561,
  "object": 0.965,
  "nominalUse": 0.526,
  "shortName": 0.138,
  "variant": 0.595,
  "leadPhrase": 0.008,
  "fits": -0.328,
  "near": -0.722,
  "shareOk": 0,
  "leadHolds": 0.183,
  "leadOpens": -0.27,
  "clauseHolds": 0.326,
  "overused": -0.814
};

/** What a phrase over Yoast's density limit pays in the score (undefined: it comes after every other one). */
export const focusOverusedCost: number | undefined = undefined;
