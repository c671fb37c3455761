import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'tests/unit/**/*.test.ts',
      'tests/content/**/*.test.ts',
      'tests/components/**/*.test.tsx',
      'tests/integration/**/*.test.ts',
    ],
  },
});
