import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { jobsFor, JOBS_PER_CORE } from '../../src/engine/jobs.js';

describe('jobsFor', () => {
  it('caps --jobs at a few threads per core (-j 1000 started a thousand threads) and defaults to the cores', () => {
    const cores = Math.max(1, availableParallelism());
    expect(jobsFor(1000)).toBe(JOBS_PER_CORE * cores);
    expect(jobsFor(1)).toBe(1);
    expect(jobsFor(undefined)).toBe(cores);
  });
});
