import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // (Temporary files of the whole run in one directory, removed at its end: `tests/global-tmp.ts`.)
    globalSetup: ['tests/global-tmp.ts'],
  },
});
