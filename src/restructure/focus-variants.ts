/**
 * Longer variants of a central word, from the article's own text: the most frequent two-word phrase that contains
 * it ("korupsi" → "kasus korupsi"). A central word repeated too often for a good keyphrase density often has such a
 * variant that searchers type and that the article uses often enough, but not too often.
 */
import type { Sentence } from '../document/types.js';
import type { LanguagePack } from '../lang/types.js';

/** Least occurrences of a variant in the article. */
const MIN_COUNT = 2;

/** Two-word variants of `word` (one content word), most frequent first, as the article writes them. */
export function variantsOf(word: string, sentences: readonly Sentence[], lang: Pick<LanguagePack, 'stopwords'>): string[] {
  const target = word.toLowerCase();
  const counts = new Map<string, { text: string; n: number; first: number }>();
  let position = 0;
  for (const s of sentences) {
    const ws = s.words;
    for (let i = 0; i < ws.length; i++, position++) {
      if (ws[i]!.text.toLowerCase() !== target) continue;
      for (const j of [i - 1, i + 1]) {
        const other = ws[j];
        if (!other || lang.stopwords.has(other.text.toLowerCase()) || !/\p{L}{2}/u.test(other.text)) continue;
        // Both words adjacent in the text, with nothing but a space between them.
        const a = j < i ? other : ws[i]!;
        const b = j < i ? ws[i]! : other;
        if (s.text.slice(a.end - s.start, b.start - s.start) !== ' ') continue;
        const text = `${a.text} ${b.text}`;
        const key = text.toLowerCase();
        const entry = counts.get(key);
        if (entry) entry.n++;
        else counts.set(key, { text, n: 1, first: position });
      }
    }
  }
  return [...counts.values()]
    .filter((e) => e.n >= MIN_COUNT)
    .sort((x, y) => y.n - x.n || x.first - y.first)
    .map((e) => e.text);
}
