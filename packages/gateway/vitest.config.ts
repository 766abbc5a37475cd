import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@grassroots/source'] },
  ssr: { resolve: { conditions: ['@grassroots/source'] } },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
