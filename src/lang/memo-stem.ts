/**
 * A stemmer that remembers its answers: news repeats its words, and stemming is among the costliest steps per
 * word. Bounded, so a long batch does not hold every word it has seen.
 */
export function memoStem(stem: (word: string) => string, max = 50_000): (word: string) => string {
  const cache = new Map<string, string>();
  return (word) => {
    let s = cache.get(word);
    if (s === undefined) {
      s = stem(word);
      if (cache.size > max) cache.clear();
      cache.set(word, s);
    }
    return s;
  };
}
