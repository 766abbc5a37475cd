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
  },
});
