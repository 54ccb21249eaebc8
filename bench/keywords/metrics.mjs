/**
 * Evaluation metrics of the keyphrase benchmark. Normalisation follows the standard protocol of the English
 * keyphrase benchmarks (Gallina et al., JCDL 2020): lowercase, strip punctuation, stem every word, compare
 * stemmed phrases exactly, drop duplicates after stemming.
 */
import { stemmer } from 'stemmer';

/**
 * Lowercases, deletes punctuation inside words (`Grammy-winning` → `grammywinning`, as the KPCrowd keys are
 * written), splits on everything else and stems each word with `stem`.
 * @param {string} phrase
 * @param {(word: string) => string} stem
 * @returns {string}
 */
export function normalisePhrase(phrase, stem) {
  return phrase
    .toLowerCase()
    .replace(/(?<=[\p{L}\p{N}])['’\-.](?=[\p{L}\p{N}])/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .map((w) => stem(w))
    .join(' ');
}

/** Porter stemming, as in the standard protocol. */
export const porter = (/** @type {string} */ w) => stemmer(w);

/**
 * Normalised, de-duplicated phrases in rank order.
 * @param {readonly string[]} phrases
 * @param {(word: string) => string} stem
 */
export function uniqueNormalised(phrases, stem) {
  const seen = new Set();
  const out = [];
  for (const p of phrases) {
    const n = normalisePhrase(p, stem);
    if (n === '' || seen.has(n)) continue;
    seen.add(n);
    out.push(n);
  }
  return out;
}

/**
 * Precision, recall and F1 of the top `k` predictions against the gold keys (both already normalised).
 * Precision divides by the number of predictions actually returned (at most `k`).
 * @param {readonly string[]} predicted
 * @param {ReadonlySet<string>} gold
 * @param {number} k
 */
export function f1At(predicted, gold, k) {
  const top = predicted.slice(0, k);
  if (top.length === 0 || gold.size === 0) return 0;
  const hits = top.filter((p) => gold.has(p)).length;
  const p = hits / top.length;
  const r = hits / gold.size;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/**
 * True when the normalised keyword equals one of the top `k` normalised predictions.
 * @param {readonly string[]} predicted
 * @param {string} keyword
 * @param {number} k
 */
export function hitAt(predicted, keyword, k) {
  return predicted.slice(0, k).includes(keyword);
}

/**
 * Share of entities recalled by the top-`k` predictions: an entity counts when it, or its last one or two words,
 * equals a predicted phrase (so `Presiden Prabowo Subianto` is recalled by `Prabowo Subianto` or `Subianto`).
 * Entities and predictions are normalised alike. Returns undefined when there are no entities.
 * @param {readonly string[]} predicted normalised
 * @param {readonly string[]} entities normalised
 * @param {number} k
 */
export function entityRecall(predicted, entities, k) {
  const unique = [...new Set(entities.filter((e) => e !== ''))];
  if (unique.length === 0) return undefined;
  const top = new Set(predicted.slice(0, k));
  let found = 0;
  for (const entity of unique) {
    const words = entity.split(' ');
    const forms = [entity, words.slice(-1).join(' '), words.slice(-2).join(' ')];
    if (forms.some((f) => top.has(f))) found++;
  }
  return found / unique.length;
}

/**
 * Share of phrases that start or end with a stopword. Case-aware like the extractor: an all-capitals word of two
 * or more letters (`AS`, `US`) is an acronym, not a stopword.
 * @param {readonly string[]} phrases as returned (not normalised)
 * @param {ReadonlySet<string>} stopwords lowercased
 */
export function stopwordShare(phrases, stopwords) {
  if (phrases.length === 0) return 0;
  const isStop = (/** @type {string | undefined} */ w) =>
    w !== undefined && !/^\p{Lu}[\p{Lu}\p{N}]+$/u.test(w) && stopwords.has(w.toLowerCase());
  const bad = phrases.filter((p) => {
    const words = p.split(/\s+/u).filter((w) => w !== '');
    return isStop(words[0]) || isStop(words[words.length - 1]);
  }).length;
  return bad / phrases.length;
}

/** @param {readonly number[]} xs */
export const mean = (xs) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
