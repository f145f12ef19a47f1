import { defineConfig } from 'vitest/config';

// Unit, storage, service and HTTP tests. The database behind them is PGlite unless
// TANDEM_TEST_DATABASE_URL names a PostgreSQL server (see test/support/test-database.ts).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/no-overlapping-queries.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
