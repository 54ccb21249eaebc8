/**
 * The out-of-memory path of the bounded pool (issue 18): a file whose worker runs out of its heap fails alone with
 * one line, and the files around it, on the same worker, are still checked. The heap is made small here (the CLI's
 * is 56 MB, then 640 MB for a retry) so that an article of a few megabytes is enough to run out of it.
 */
import { describe, expect, it } from 'vitest';
import { BoundedPool } from '../../src/engine/bounded.js';
import { builtEngineFile } from '../../src/engine/built.js';
import { failedCheck, toPlainCheck, type PlainCheckResult } from '../../src/engine/cache.js';
import type { CheckTask } from '../../src/engine/check.js';
import { fixture } from '../check/helpers.js';

const entry = builtEngineFile('bounded-entry.cjs');

function task(path: string, text: string): CheckTask {
  return { path, bytes: new TextEncoder().encode(text), settings: { site: false } };
}

describe.skipIf(entry === null)('a worker out of memory', () => {
  it('fails that file alone with one line; the others are checked', async () => {
    const pool = new BoundedPool<CheckTask, PlainCheckResult>({
      entry: entry ?? '',
      module: 'check',
      threads: 1,
      perWorker: 2,
      budget: { timeoutMs: 0, heapMb: 40, retryHeapMb: 0 },
      failed: (t, reason) => toPlainCheck(failedCheck(t.path, reason, 'io', 'budget')),
      interrupted: (t) => toPlainCheck(failedCheck(t.path, 'interrupted', 'io')),
    });
    const paragraph = `${fixture('article.txt').replace(/\s+/g, ' ').trim()}\n\n`;
    const huge = paragraph.repeat(Math.ceil((6 * 1024 * 1024) / paragraph.length));
    try {
      const results = await Promise.all([task('a.txt', fixture('article.txt')), task('huge.txt', huge), task('b.txt', fixture('article.txt'))].map((t) => pool.run(t)));
      expect(results.map((r) => r.failure)).toEqual([null, 'io', null]);
      expect(results[1]?.messages.map((m) => m.reason)).toEqual(['needs more than 40 MB of memory; not processed']);
      expect(results[2]?.report.score).toEqual(results[0]?.report.score);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
