/**
 * The bounded slice of the fuzzing suite that `npm test` runs (`npm run fuzz` runs ≥ 10,000 cases at full size
 * through the workers and their budgets): random text, Markdown, front matter and the hostile shapes of issue 18,
 * small, through the rewrite and the check in this thread. Neither may throw or fail with an internal error, and a
 * failure is one line.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import checkTask from '../../src/engine/check.js';
import { runTask } from '../../src/engine/task.js';
import { fuzzCase } from './arbitraries.js';

const SCALE = 0.02;
const RUNS = 40;

describe('fuzz (bounded slice)', () => {
  it('the rewrite never throws nor fails with an internal error', () => {
    fc.assert(
      fc.property(fuzzCase(SCALE), ({ path, text }) => {
        const format = path.endsWith('.md') ? 'markdown' : 'auto';
        const result = runTask({ path, text, rewrite: { format, ...(format === 'markdown' ? { path } : {}) }, output: null });
        expect(['done', 'failed', 'skipped']).toContain(result.status);
        expect(result.report.error ?? '').not.toMatch(/internal error|\n/);
        if (result.status === 'done') expect(result.report.markdown.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS, seed: 18 },
    );
  });

  it('the check never throws nor fails with an internal error', () => {
    fc.assert(
      fc.property(fuzzCase(SCALE), ({ path, text }) => {
        const result = checkTask({ path, bytes: new TextEncoder().encode(text), settings: {} });
        expect(result.report.error ?? '').not.toMatch(/internal error|\n/);
        for (const m of result.messages) expect(m.ruleId).not.toBe('internal');
      }),
      { numRuns: RUNS, seed: 18 },
    );
  });
});
