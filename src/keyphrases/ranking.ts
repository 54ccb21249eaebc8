/**
 * Ranking: a weighted sum of the candidate's features in log space, higher is better. The default weights were
 * set on English news (500N-KPCrowd), a language pack overrides those that differ in its language (the Indonesian
 * pack's were set on id-news); see `bench/keywords.mjs`. Values were tuned by coordinate search and then rounded
 * where neighbouring values score about the same.
 */
import type { LanguagePack } from '../lang/types.js';
import { MAX_LENGTH, type Features } from './features.js';

/** Weights of the ranking. */
export interface RankingWeights {
  /** Per natural log of the count. */
  count: number;
  /**
   * Per natural log of the share of occurrences that are the candidate's own, not part of a longer name (see
   * `Features.own`): at the count's weight, a word counts only its own mentions.
   */
  own: number;
  /** Added when the candidate occurs once. */
  once: number;
  /** Per `-ln(2 + index of the first sentence)`: early mentions matter in news. */
  position: number;
  /** Added when the candidate occurs in the lead sentence. */
  lead: number;
  /** Added when the candidate occurs in a heading. */
  heading: number;
  /** Per share of occurrences written as a name. */
  proper: number;
  /** Added for an acronym that recurs (`ACRONYM_FULL` times or more; a share of it below). */
  acronym: number;
  /** Added when capitalised only at sentence starts. */
  caselessOnly: number;
  /** Per character of the longest word (capped at `MAX_LENGTH`), over `MAX_LENGTH`. */
  length: number;
  /** Per share of edge words that are common everyday words. */
  common: number;
  /** Added to a phrase of two words. */
  words2: number;
  /** Added to a phrase of three words. */
  words3: number;
  /** Added to a phrase of four words. */
  words4: number;
  /** Per interior function word. */
  innerStop: number;
  /** Per natural log of the number of blocks it occurs in. */
  blocks: number;
  /** Per share of edge words that are verb forms. */
  verb: number;
  /** Added to a lone modifier (`digital`). */
  modifier: number;
  /** Per share of occurrences inside a longer name. */
  inName: number;
  /** Per unit of cohesion of a phrase. */
  cohesion: number;
  /** Per unit of binding into a longer phrase. */
  bound: number;
}

/**
 * The default weights, set on English news; a language pack overrides those that differ in its language
 * (`keyphraseWeights`).
 */
export const defaultWeights: RankingWeights = {
  count: 1.25,
  own: 0,
  once: -0.25,
  position: 0.5,
  lead: 0,
  heading: 0,
  proper: 0,
  acronym: 0.3,
  caselessOnly: -1.5,
  length: 3.5,
  common: -1.2,
  words2: -2,
  words3: -2.5,
  words4: -3,
  innerStop: -2,
  blocks: 0,
  verb: -1,
  modifier: 0,
  inName: -1,
  cohesion: 0,
  bound: -0.5,
};

/**
 * The weights for a language: the defaults, with the language pack's overrides (`keyphraseWeights`) where it
 * has any. Unknown names are ignored.
 */
export function weightsFor(lang: LanguagePack, base: RankingWeights = defaultWeights): RankingWeights {
  const overrides = lang.keyphraseWeights;
  if (!overrides) return base;
  const out: RankingWeights = { ...base };
  for (const name of Object.keys(base) as (keyof RankingWeights)[]) {
    const value = overrides[name];
    if (typeof value === 'number' && Number.isFinite(value)) out[name] = value;
  }
  return out;
}

/** An acronym gets its full bonus from this many occurrences on: one mention of `ERNIE` is not a topic. */
const ACRONYM_FULL = 3;

/** The raw score of a candidate (any real number; higher is better). */
export function rawScore(f: Features, w: RankingWeights = defaultWeights): number {
  return (
    w.count * Math.log(f.count) +
    w.own * Math.log(f.own / f.count) +
    (f.count === 1 ? w.once : 0) +
    w.position * -Math.log(2 + f.firstSentence) +
    (f.lead ? w.lead : 0) +
    (f.inHeading > 0 ? w.heading : 0) +
    w.proper * f.proper +
    (f.acronym ? (w.acronym * Math.min(f.count, ACRONYM_FULL)) / ACRONYM_FULL : 0) +
    (f.caselessOnly ? w.caselessOnly : 0) +
    (w.length * f.length) / MAX_LENGTH +
    w.common * f.common +
    (f.words === 2 ? w.words2 : f.words === 3 ? w.words3 : f.words >= 4 ? w.words4 : 0) +
    w.innerStop * f.innerStops +
    w.blocks * Math.log(f.blocks) +
    w.verb * f.verb +
    (f.modifier ? w.modifier : 0) +
    w.inName * f.inName +
    w.cohesion * f.cohesion +
    w.bound * f.bound
  );
}
