/**
 * The focus model's weights for Indonesian, fitted to editors' headlines (headlines/id-detik, articles whose id
 * starts with 0–6) by `npm run train:focus`; see `src/focus/model.ts`. Generated: do not edit by hand.
 */
export const focusWeights: Readonly<Record<string, number>> = {
  "centrality": -0.734,
  "logScore": 0.387,
  "intro": 0.607,
  "firstSentence": 1.378,
  "leadIndex": 0.161,
  "secondSentence": 0.017,
  "early": 1.151,
  "frequency": 1.701,
  "name": -0.714,
  "acronym": -0.036,
  "oneWord": 1.77,
  "threeWords": -0.985,
  "commonWord": -0.611,
  "quoted": 0.309,
  "subject": -0.044,
  "object": -1.403,
  "nominalUse": -1.046,
  "shortName": -0.358,
  "variant": 0.167,
  "leadPhrase": -0.454,
  "fits": -0.802,
  "near": -0.133,
  "shareOk": 1.343,
  "leadHolds": 0.464,
  "leadOpens": -0.363,
  "clauseHolds": 0.671,
  "overused": 0.433,
  "adjunct": -0.161
};

/** What a phrase over Yoast's density limit pays in the score (undefined: it comes after every other one). */
export const focusOverusedCost: number | undefined = 3;
