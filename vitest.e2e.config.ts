import { defineConfig } from 'vitest/config';

// Browser journeys: one Tandem server on a fresh embedded database with the demo organisation,
// driven by headless Chromium. Run `npm run build:web` first.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/support/e2e-global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
  },
});
