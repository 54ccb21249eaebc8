/** Ordered, bounded concurrency: input order out, never more than the window in flight, backpressure, abort. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ordered } from '../../src/engine/ordered.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function collect<T>(gen: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

describe('ordered', () => {
  it('yields results in input order whatever the completion order, with at most `window` in flight', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(6), { maxLength: 40 }), fc.integer({ min: 1, max: 8 }), async (delays, window) => {
        let inFlight = 0;
        let most = 0;
        const start = async (i: number): Promise<number> => {
          inFlight += 1;
          most = Math.max(most, inFlight);
          await sleep(delays[i]!);
          inFlight -= 1;
          return i * 10;
        };
        const out = await collect(ordered(delays.keys(), start, { window }));
        expect(out).toEqual([...delays.keys()].map((i) => i * 10));
        expect(most).toBeLessThanOrEqual(window);
      }),
      { numRuns: 40 },
    );
  });

  it('pulls no more from the source than the window while the consumer holds back', async () => {
    let pulled = 0;
    async function* source(): AsyncGenerator<number> {
      for (let i = 0; i < 1000; i++) {
        pulled += 1;
        yield i;
      }
    }
    const gen = ordered(source(), async (i) => i, { window: 3 });
    const first = await gen.next();
    expect(first.value).toBe(0);
    await sleep(5);
    expect(pulled).toBeLessThanOrEqual(4);
    await gen.return(undefined);
  });

  it('starts nothing new once aborted and still yields what was in flight', async () => {
    const controller = new AbortController();
    const started: number[] = [];
    const start = async (i: number): Promise<number> => {
      started.push(i);
      if (i === 4) controller.abort();
      await sleep(1);
      return i;
    };
    const out = await collect(ordered([...Array(20).keys()], start, { window: 2, signal: controller.signal }));
    expect(out).toEqual(started);
    expect(started.length).toBeLessThan(20);
    expect(out.at(-1)).toBe(4);
  });
});
