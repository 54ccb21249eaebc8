/**
 * The focus model's weights for Indonesian, fitted to editors' headlines (headlines/id-detik, articles whose id
 * starts with 0–6) by `npm run train:focus`; see `src/focus/model.ts`. Generated: do not edit by hand.
 */
export const focusWeights: Readonly<Record<string, number>> = {
  "centrality": -0.726,
  "logScore": 0.394,
  "intro": 0.596,
  "firstSentence": 1.293,
  "leadIndex": 0.259,
  "secondSentence": 0.006,
  "early": 1.138,
  "frequency": 1.694,
  "name": -0.72,
  "acronym": -0.048,
  "oneWord": 1.785,
  "threeWords": -0.979,
  "commonWord": -0.619,
  "quoted": 0.317,
  "subject": 0.009,
  "object": -1.319,
  "nominalUse": -1.034,
  "shortName": -0.347,
  "variant": 0.15,
  "leadPhrase": -0.45,
  "fits": -0.805,
  "near": -0.13,
  "shareOk": 1.372,
  "leadHolds": 0.438,
  "leadOpens": -0.353,
  "clauseHolds": 0.691,
  "overused": 0.438
};

/** What a phrase over Yoast's density limit pays in the score (undefined: it comes after every other one). */
export const focusOverusedCost: number | undefined = 3;
