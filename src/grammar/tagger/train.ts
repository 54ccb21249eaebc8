/**
 * Training and measuring a tagger. Deterministic: the same sentences and options give the same model bytes (the
 * shuffle is seeded, features are hashes, weights are kept in first-update order and written sorted).
 */
import { decode, featureBuffer, tokenFeatures, argmax, type Scorer } from './decode.js';
import { sentenceFeatures, type AffixSpec, type SentenceFeatures } from './features.js';
import { decodeModel, encodeModel, type TaggerModel } from './model.js';
import { AveragedPerceptron } from './perceptron.js';
import { UPOS, uposIndex } from './upos.js';
import type { TaggedSentence } from './conllu.js';

export interface TrainOptions {
  epochs: number;
  affixes: AffixSpec;
  /** Seed of the shuffle between epochs. */
  seed?: number;
  /** Quantised weights under this are dropped from the model file (see `encodeModel`). */
  minWeight?: number;
  /** Written into the model header. */
  source?: string;
  /** Called after each epoch with the averaged model so far (for choosing the number of epochs on a dev set). */
  onEpoch?: (epoch: number, model: () => TaggerModel) => void;
}

/** mulberry32: a small seeded generator, so the shuffle is the same on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Prepared {
  features: SentenceFeatures;
  gold: Uint8Array;
}

function prepare(sentences: readonly TaggedSentence[], affixes: AffixSpec): Prepared[] {
  return sentences.map((s) => ({
    features: sentenceFeatures(s.texts, affixes),
    gold: Uint8Array.from(s.tags, (t) => (uposIndex(t) < 0 ? uposIndex('X') : uposIndex(t))),
  }));
}

/** Trains a model; returns the model file's bytes. */
export function train(sentences: readonly TaggedSentence[], options: TrainOptions): Uint8Array {
  const data = prepare(sentences, options.affixes);
  const p = new AveragedPerceptron(UPOS.length);
  const next = random(options.seed ?? 1);
  const order = data.map((_, i) => i);
  const header = { tags: [...UPOS], affixes: options.affixes, source: options.source ?? '' };
  const build = (): Uint8Array => {
    const { hashes, weights } = p.averaged();
    return encodeModel(header, hashes, weights, options.minWeight ?? 1);
  };
  const scores = new Float64Array(UPOS.length);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (const s of order) {
      const { features, gold } = data[s] ?? { features: sentenceFeatures([], {}), gold: new Uint8Array() };
      const buffer = featureBuffer(features);
      let tag1 = -1;
      let tag2 = -1;
      for (let i = 0; i < gold.length; i++) {
        const count = tokenFeatures(features, i, tag1, tag2, buffer);
        scores.fill(0);
        p.score(buffer, count, scores);
        const guess = argmax(scores);
        p.update(buffer, count, gold[i] ?? 0, guess);
        tag2 = tag1;
        tag1 = guess;
      }
    }
    options.onEpoch?.(epoch, () => decodeModel(build()));
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      const t = order[i] ?? 0;
      order[i] = order[j] ?? 0;
      order[j] = t;
    }
  }
  return build();
}

export interface Accuracy {
  correct: number;
  total: number;
}

/** Accuracy of a scorer on the words of tagged sentences (punctuation tokens added as context are not counted). */
export function accuracy(scorer: Scorer, sentences: readonly TaggedSentence[], affixes: AffixSpec): Accuracy {
  let correct = 0;
  let total = 0;
  for (const s of sentences) {
    const tags = decode(sentenceFeatures(s.texts, affixes), scorer);
    for (let i = 0; i < s.tags.length; i++) {
      if (!s.word[i]) continue;
      total++;
      if (UPOS[tags[i] ?? 0] === s.tags[i]) correct++;
    }
  }
  return { correct, total };
}
