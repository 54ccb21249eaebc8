import type { Rule, Span } from '../types.js';

/** Under this many words, Yoast judges the count (1–2) rather than the density. */
const SHORT_TEXT = 100;
/** Within a short text, more than this many words allows two occurrences. */
const SHORT_TEXT_TWO = 50;
/** Yoast never recommends fewer than two occurrences in a longer text. */
const LEAST = 2;

/** Yoast's keyphrase-length adjustment: longer keyphrases count for more (0.7 + words / 3). */
function lengthFactor(words: number): number {
  return 0.7 + words / 3;
}

/**
 * Keyphrase density. Mirrors Yoast's `keyphraseDensity` (without word forms, as in Yoast's free analysis): full
 * matches per sentence (each content word present, counted by the rarest) over all words, multiplied by the
 * keyphrase-length factor, must lie in `keyphraseDensity` [0.5 %, 3 %] (9). Too few is 4, over the maximum -10, over
 * `max + 1` -50 (Yoast's penalties). One occurrence is always too few; two are enough when two is the recommended
 * minimum. Texts under 100 words want 1 (or, over 50 words, 1–2) occurrences.
 */
export const keyphraseDensity: Rule = {
  id: 'keyphrase-density',
  category: 'seo',
  defaultSeverity: 'warn',
  yoastId: 'keyphraseDensity',
  docs: 'The focus keyphrase makes up 0.5–3 % of the words (adjusted for its length).',
  run({ measures, thresholds, t }) {
    const say = t.keyphraseDensity;
    const { min, max } = thresholds.keyphraseDensity;
    const phrase = measures.keyphrase;
    const words = measures.totalWords;
    const range = say.range(min, max);
    if (phrase.content.length === 0 || words === 0) {
      const message = phrase.content.length === 0 ? say.noKeyphrase(range) : say.emptyText(range);
      return { score: -50, actual: say.unmeasurable, expected: range, message };
    }
    const { matches, sentences } = measures;
    let n = 0;
    let firstAt: number | undefined;
    for (let i = 0; i < matches.length; i++) {
      const m = matches[i] ?? 0;
      if (m > 0 && firstAt === undefined) firstAt = i;
      n += m;
    }
    const first = firstAt === undefined ? undefined : sentences[firstAt]?.sentence;
    // The sentences with the keyphrase (any of its forms the matching accepts), for the highlights.
    const marks: Span[] = [];
    for (let i = 0; i < matches.length; i++) {
      const s = sentences[i]?.sentence;
      if (s && (matches[i] ?? 0) > 0) marks.push({ start: s.start, end: s.end });
    }
    const place = { ...(first ? { offset: first.start, end: first.end } : {}), marks };
    const quoted = `“${phrase.text}”`;
    const actual = say.actual(n, words);
    let low: number;
    let high: number;
    let score: number;
    if (words < SHORT_TEXT) {
      low = 1;
      high = words > SHORT_TEXT_TWO ? 2 : 1;
      score = n === 0 ? 4 : n <= high ? 9 : n === high + 1 ? -10 : -50;
    } else {
      const factor = lengthFactor(phrase.content.length);
      const density = (n / words) * 100 * factor;
      low = Math.max(LEAST, Math.ceil((min * words) / (100 * factor)));
      high = Math.max(LEAST, Math.floor((max * words) / (100 * factor)));
      if (n === 0 || density < min || n === 1) score = 4;
      else if (density <= max || (n === 2 && low <= 2)) score = 9;
      else if (density <= thresholds.bands.densityFarOver) score = -10;
      else score = -50;
    }
    const expected = say.expected(low, high);
    const density = t.units.percent((n / words) * 100);
    if (score === 9) return { score, actual, expected, ...place, message: say.good(quoted, n, density, words) };
    return { score, actual, expected, ...place, message: score === 4 ? say.tooFew(quoted, actual, low) : say.tooMany(quoted, actual, high) };
  },
};
