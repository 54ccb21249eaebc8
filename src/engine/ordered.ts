/**
 * Ordered, bounded concurrency: start work for items as they come, at most `window` at a time, and yield the
 * results in input order. Memory holds `window` results at most, whatever the number of items (backpressure: the
 * source is not pulled while the window is full and the consumer has not taken the oldest result).
 */

/** Bounds of `ordered`. */
export interface OrderedOptions {
  /** Most tasks in flight (≥ 1). */
  window: number;
  /** When aborted, no new item is started; those in flight are still yielded. */
  signal?: AbortSignal;
}

/** The source's next item, or `aborted` as soon as `signal` is (the listener is removed either way). */
async function nextOrAbort<T>(source: AsyncIterator<T> | Iterator<T>, signal: AbortSignal | undefined): Promise<IteratorResult<T> | 'aborted'> {
  if (!signal) return source.next();
  let onAbort: () => void = () => undefined;
  const aborted = new Promise<'aborted'>((resolve) => {
    onAbort = () => resolve('aborted');
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([source.next(), aborted]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

/**
 * Maps `items` through `start` (which must not reject) with at most `window` in flight; yields in input order. An
 * abort also stops waiting for the next item (a JSON Lines stream on a quiet stdin).
 */
export async function* ordered<T, R>(
  items: AsyncIterable<T> | Iterable<T>,
  start: (item: T) => Promise<R>,
  options: OrderedOptions,
): AsyncGenerator<R> {
  const window = Math.max(1, Math.floor(options.window));
  const inFlight: Promise<R>[] = [];
  const source: AsyncIterator<T> | Iterator<T> = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]();
  try {
    for (;;) {
      if (options.signal?.aborted) break;
      const next = Symbol.asyncIterator in items ? await nextOrAbort(source, options.signal) : await source.next();
      if (next === 'aborted' || next.done) break;
      inFlight.push(start(next.value));
      if (inFlight.length >= window) yield await (inFlight.shift() as Promise<R>);
    }
  } finally {
    // A source still busy with the item an abort cut short would hold `return` until that item came: let it go.
    const closing = source.return?.();
    if (!options.signal?.aborted) await closing;
    else void Promise.resolve(closing).catch(() => undefined);
  }
  while (inFlight.length > 0) yield await (inFlight.shift() as Promise<R>);
}
