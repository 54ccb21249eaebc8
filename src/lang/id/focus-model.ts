/**
 * The focus model's weights for Indonesian, fitted to editors' headlines (headlines/id-detik, articles whose id
 * starts with 0–6) by `npm run train:focus`; see `src/focus/model.ts`. Generated: do not edit by hand.
 */
export const focusWeights: Readonly<Record<string, number>> = {
  "centrality": -0.163,
  "logScore": 0.302,
  "intro": 0.831,
  "firstSentence": 1.059,
  "leadIndex": 0.545,
  "secondSentence": 0.109,
  "early": 0.144,
  "frequency": 1.897,
  "name": -1.249,
  "acronym": -0.78,
  "oneWord": 1.347,
  "threeWords": -0.662,
  "commonWord": -0.707,
  "quoted": 0.704,
  "subject": 0.085,
  "object": -0.356,
  "nominalUse": -0.517,
  "shortName": -0.246,
  "variant": -0.029,
  "leadPhrase": 0.386,
  "fits": -1.124,
  "near": -0.418,
  "shareOk": 1.203
};
