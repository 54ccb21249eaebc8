/**
 * Training and measuring a tagger. Deterministic: the same sentences and options give the same model bytes (the
 * shuffle is seeded, features are hashes, weights are kept in first-update order and written sorted).
 */
import { featureBuffer, tokenFeatures, argmax, tagTexts } from './decode.js';
import { FEATURE_SET, sentenceFeatures, type AffixSpec, type SentenceFeatures } from './features.js';
import { decodeModel, encodeModel, type TaggerModel } from './model.js';
import { AveragedPerceptron } from './perceptron.js';
import { UPOS, uposIndex } from './upos.js';
import type { TaggedSentence } from './conllu.js';

export interface TrainOptions {
  epochs: number;
  affixes: AffixSpec;
  /** Read sentences backwards, last token first (see `tagTexts`). */
  reverse?: boolean;
  /** Seed of the shuffle between epochs. */
  seed?: number;
  /** Weights smaller than this (in perceptron updates) are dropped from the model file (see `encodeModel`). */
  minWeight?: number;
  /** Written into the model header. */
  source?: string;
  /** A word seen at least `knownCount` times with one tag at least `knownShare` of them is tagged without scoring. */
  knownCount?: number;
  knownShare?: number;
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

const reversed = (s: TaggedSentence): TaggedSentence => ({
  texts: [...s.texts].reverse(),
  tags: [...s.tags].reverse(),
  word: [...s.word].reverse(),
});

interface Prepared {
  texts: readonly string[];
  features: SentenceFeatures;
  gold: Uint8Array;
}

/** The frequent words that (nearly) always have the same tag, by tag; deterministic order (sorted). */
export function knownWords(sentences: readonly TaggedSentence[], minCount: number, minShare: number): Record<string, string[]> {
  const counts = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    s.texts.forEach((text, i) => {
      const tag = s.tags[i] ?? 'X';
      let byTag = counts.get(text);
      if (!byTag) counts.set(text, (byTag = new Map()));
      byTag.set(tag, (byTag.get(tag) ?? 0) + 1);
    });
  }
  const out: Record<string, string[]> = {};
  for (const [text, byTag] of counts) {
    let total = 0;
    let best = '';
    let most = 0;
    for (const [tag, n] of byTag) {
      total += n;
      if (n > most || (n === most && tag < best)) [best, most] = [tag, n];
    }
    if (total >= minCount && most / total >= minShare) (out[best] ??= []).push(text);
  }
  for (const list of Object.values(out)) list.sort();
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function prepare(sentences: readonly TaggedSentence[], affixes: AffixSpec): Prepared[] {
  return sentences.map((s) => ({
    texts: s.texts,
    features: sentenceFeatures(s.texts, affixes),
    gold: Uint8Array.from(s.tags, (t) => (uposIndex(t) < 0 ? uposIndex('X') : uposIndex(t))),
  }));
}

/** Trains a model; returns the model file's bytes. */
export function train(sentences: readonly TaggedSentence[], options: TrainOptions): Uint8Array {
  const reverse = options.reverse ?? false;
  const data = prepare(reverse ? sentences.map(reversed) : sentences, options.affixes);
  const p = new AveragedPerceptron(UPOS.length);
  const next = random(options.seed ?? 1);
  const order = data.map((_, i) => i);
  const known = knownWords(sentences, options.knownCount ?? 20, options.knownShare ?? 0.97);
  const header = { tags: [...UPOS], featureSet: FEATURE_SET, affixes: options.affixes, known, reverse, source: options.source ?? '' };
  p.known = new Map(Object.entries(known).flatMap(([tag, words]) => words.map((w): [string, number] => [w, uposIndex(tag)])));
  const build = (): Uint8Array => {
    const { hashes, weights } = p.averaged();
    return encodeModel(header, hashes, weights, options.minWeight ?? 0);
  };
  const scores = new Float64Array(UPOS.length);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (const s of order) {
      const { texts, features, gold } = data[s] ?? { texts: [], features: sentenceFeatures([], {}), gold: new Uint8Array() };
      const buffer = featureBuffer(features);
      let tag1 = -1;
      let tag2 = -1;
      for (let i = 0; i < gold.length; i++) {
        const fixed = p.known.get(texts[i] ?? '');
        if (fixed !== undefined) {
          tag2 = tag1;
          tag1 = fixed;
          continue;
        }
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
export function accuracy(model: TaggerModel, sentences: readonly TaggedSentence[]): Accuracy {
  let correct = 0;
  let total = 0;
  for (const s of sentences) {
    const tags = tagTexts(s.texts, model, model.header.affixes, model.header.reverse);
    for (let i = 0; i < s.tags.length; i++) {
      if (!s.word[i]) continue;
      total++;
      if (UPOS[tags[i] ?? 0] === s.tags[i]) correct++;
    }
  }
  return { correct, total };
}
