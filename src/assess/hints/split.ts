/**
 * Where an over-long sentence can be split: at a clause boundary (a comma, semicolon, colon or dash, or a
 * conjunction) with a verb on both sides, nearest the middle. Without a tagger, at punctuation alone.
 */
import type { Sentence } from '../../document/types.js';
import type { LanguagePack } from '../../lang/types.js';
import { parse } from './relative.js';

/** Words each part keeps at least. */
const MIN_PART = 5;

/** A split point: the index of the word the second sentence starts with. */
export interface SplitHint {
  index: number;
  /** A few words from the split point, as written (`sehingga harga …`). */
  at: string;
  first: number;
  second: number;
}

/** The best split point of a sentence, or undefined when it has none worth suggesting. */
export function splitHint(sentence: Sentence, lang: LanguagePack): SplitHint | undefined {
  let memo = memos.get(lang);
  if (!memo) memos.set(lang, (memo = new Map()));
  if (memo.has(sentence.text)) return memo.get(sentence.text);
  const hint = computeSplit(sentence, lang);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(sentence.text, hint);
  return hint;
}

/** Split points by sentence text, per language (see the memo of `passive.ts`). */
const memos = new WeakMap<LanguagePack, Map<string, SplitHint | undefined>>();
const MEMO_LIMIT = 4096;

function computeSplit(sentence: Sentence, lang: LanguagePack): SplitHint | undefined {
  const words = sentence.words;
  const n = words.length;
  if (n < 2 * MIN_PART) return undefined;
  const parsed = parse(sentence, lang);
  const hasVerb = (from: number, to: number): boolean =>
    !parsed || parsed.grammar.chunks.verbGroups.some((vg) => vg.start >= from && vg.start < to);
  let best: number | undefined;
  for (let k = MIN_PART; k <= n - MIN_PART; k++) {
    const between = sentence.text.slice((words[k - 1]?.end ?? 0) - sentence.start, (words[k]?.start ?? 0) - sentence.start);
    const punct = /[,;:–—]|\s-\s/u.test(between) && !/["“”]/u.test(between);
    const tag = parsed?.tokens[k]?.tag;
    const conjunction = tag === 'CCONJ' || (tag === 'SCONJ' && !parsed?.relative[k]);
    if (!punct && !conjunction) continue;
    if (!hasVerb(0, k) || !hasVerb(k, n)) continue;
    if (best === undefined || Math.abs(k - n / 2) < Math.abs(best - n / 2)) best = k;
  }
  if (best === undefined) return undefined;
  const at = words.slice(best, best + 3).map((w) => w.text).join(' ');
  return { index: best, at: best + 3 < n ? `${at} …` : at, first: best, second: n - best };
}
