/**
 * Best-first iteration without sorting everything: a binary heap built in linear time, popped only as far as the
 * caller reads. The list needs a handful of keyphrases out of thousands of candidates, so extraction stays linear
 * in the length of the article.
 */

/** Yields `items` in the order of `compare` (negative: `a` first), reading lazily. `items` is reordered. */
export function* bestFirst<T>(items: T[], compare: (a: T, b: T) => number): Generator<T> {
  const heap = items;
  const n0 = heap.length;
  const before = (i: number, j: number): boolean => compare(heap[i] as T, heap[j] as T) < 0;
  const swap = (i: number, j: number): void => {
    const t = heap[i] as T;
    heap[i] = heap[j] as T;
    heap[j] = t;
  };
  const down = (start: number, size: number): void => {
    let i = start;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let best = i;
      if (l < size && before(l, best)) best = l;
      if (r < size && before(r, best)) best = r;
      if (best === i) return;
      swap(i, best);
      i = best;
    }
  };
  for (let i = (n0 >> 1) - 1; i >= 0; i--) down(i, n0);
  for (let size = n0; size > 0; size--) {
    const top = heap[0] as T;
    swap(0, size - 1);
    down(0, size - 1);
    yield top;
  }
}
