import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The browser test runs the gateway in-process from its sources, as the gateway's tests do, with
    // one graphql module instance for its code and its libraries.
    conditions: ['@grassroots/source'],
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  ssr: { resolve: { conditions: ['@grassroots/source'] } },
  test: { include: ['test/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 300_000 },
});
