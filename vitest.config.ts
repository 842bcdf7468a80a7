import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'packages/*/test/**/*.test.ts',
      'packages/*/src/**/*.test.ts',
      'docs/**/*.test.ts',
      'e2e/**/*.test.ts',
    ],
    testTimeout: 30_000,
  },
});
