import { defineConfig } from 'vitest/config';

// The crash test: starts `tandem serve`, kills it with SIGKILL twenty times and checks nothing
// answered 2xx was lost. Slow (minutes), so it runs on its own: `npm run test:crash`.
export default defineConfig({
  test: {
    include: ['test/crash/**/*.crash.ts'],
    // Twenty server starts on each engine: on a busy machine the embedded one alone can take ten minutes.
    testTimeout: 1_200_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 1,
  },
});
