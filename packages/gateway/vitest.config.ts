import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    conditions: ['@grassroots/source'],
    // One graphql module instance for our code and for yoga/Pothos: otherwise vitest loads the ESM
    // build for our files and the CommonJS one for the libraries, and yoga masks our GraphQLErrors.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  ssr: { resolve: { conditions: ['@grassroots/source'] } },
  test: {
    include: ['test/**/*.test.ts'],
    // Builds nothing itself: gives the run a folder for its seeded templates and removes them at the end.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // A worker runs its files one after another in one process: the gateway, Prisma and the fixture
    // generators are imported once per worker, not once per file (SQLite pass 117 s → 45 s, CPU time
    // 172 s → 82 s). Safe because every file starts its own gateway on its own database and the
    // modules keep no state but memoised, read-only data.
    isolate: false,
    // One worker per core. On 2 shared cores, runs taken in turns: SQLite 65 → 49 s and 103 → 93 s,
    // PostgreSQL 129 → 126 s and 137 → 101 s, from one worker to two.
    maxWorkers: '100%',
  },
});
