/** Greedy left-to-right decoding: each token gets the best tag given its features and the tags chosen before it. */
import { DYNAMIC_FEATURES, dynamicFeatures, sentenceFeatures, type AffixSpec, type SentenceFeatures } from './features.js';

/** Anything that scores a token's features: a trained model or a perceptron being trained. */
export interface Scorer {
  readonly classes: number;
  /** Frequent words that had one tag in training (nearly always): tagged without scoring. */
  readonly known?: ReadonlyMap<string, number>;
  /** Adds the weights of `features[0..count)` to `scores` (one per class, zeroed by the caller). */
  score(features: Uint32Array, count: number, scores: Float64Array): void;
}

/** Best class of `scores`; the lowest index wins a tie, so decoding is deterministic. */
export function argmax(scores: Float64Array): number {
  let best = 0;
  for (let c = 1; c < scores.length; c++) if ((scores[c] ?? 0) > (scores[best] ?? 0)) best = c;
  return best;
}

/**
 * The features of token `i` (static, then dynamic) in `buffer`, which must be large enough; returns their count.
 */
export function tokenFeatures(f: SentenceFeatures, i: number, tag1: number, tag2: number, buffer: Uint32Array): number {
  const from = f.offsets[i] ?? 0;
  const to = f.offsets[i + 1] ?? 0;
  for (let j = from; j < to; j++) buffer[j - from] = f.hashes[j] ?? 0;
  dynamicFeatures(f, i, tag1, tag2, buffer, to - from);
  return to - from + DYNAMIC_FEATURES;
}

/** A buffer for the features of the longest token of `f`. */
export function featureBuffer(f: SentenceFeatures): Uint32Array {
  let most = 0;
  for (let i = 0; i + 1 < f.offsets.length; i++) most = Math.max(most, (f.offsets[i + 1] ?? 0) - (f.offsets[i] ?? 0));
  return new Uint32Array(most + DYNAMIC_FEATURES);
}

/** Tags a sentence (its token texts and their features) greedily; returns class indices. */
export function decode(texts: readonly string[], f: SentenceFeatures, scorer: Scorer): Uint8Array {
  const n = f.offsets.length - 1;
  const tags = new Uint8Array(n);
  const buffer = featureBuffer(f);
  const scores = new Float64Array(scorer.classes);
  for (let i = 0; i < n; i++) {
    const known = scorer.known?.get(texts[i] ?? '');
    if (known !== undefined) {
      tags[i] = known;
      continue;
    }
    const count = tokenFeatures(f, i, i > 0 ? (tags[i - 1] ?? 0) : -1, i > 1 ? (tags[i - 2] ?? 0) : -1, buffer);
    scores.fill(0);
    scorer.score(buffer, count, scores);
    tags[i] = argmax(scores);
  }
  return tags;
}

/**
 * Tags token texts: computes their features and decodes them, backwards (last token first) when the model was
 * trained that way (`reverse`), so that each token sees the tags chosen for the tokens after it.
 */
export function tagTexts(texts: readonly string[], scorer: Scorer, affixes: AffixSpec, reverse: boolean): Uint8Array {
  const order = reverse ? [...texts].reverse() : texts;
  const tags = decode(order, sentenceFeatures(order, affixes), scorer);
  return reverse ? tags.reverse() : tags;
}
