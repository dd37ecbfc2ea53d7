import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Native SQLite and child processes are happiest in forked workers.
    pool: 'forks',
    testTimeout: 30_000,
    // Browser tests poll for the page to settle; on a loaded 2-core CI machine that can take a few
    // seconds (10 s seen under full load). A longer wait does not weaken any assertion, it only stops
    // timing flakes.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 60_000,
    reporters: ['default'],
  },
});
