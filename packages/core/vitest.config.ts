import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@grassroots/source'] },
  ssr: { resolve: { conditions: ['@grassroots/source'] } },
  test: { include: ['src/**/*.test.ts'] },
});
