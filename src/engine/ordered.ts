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

/**
 * Maps `items` through `start` (which must not reject) with at most `window` in flight; yields in input order.
 */
export async function* ordered<T, R>(
  items: AsyncIterable<T> | Iterable<T>,
  start: (item: T) => Promise<R>,
  options: OrderedOptions,
): AsyncGenerator<R> {
  const window = Math.max(1, Math.floor(options.window));
  const inFlight: Promise<R>[] = [];
  for await (const item of items) {
    if (options.signal?.aborted) break;
    inFlight.push(start(item));
    if (inFlight.length >= window) yield await (inFlight.shift() as Promise<R>);
  }
  while (inFlight.length > 0) yield await (inFlight.shift() as Promise<R>);
}
