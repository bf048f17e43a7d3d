import { browserProject, TFJS_DEPS } from '@gd-playground/test-config';
import { defineConfig } from 'vitest/config';

// `pnpm exec vitest run --config bench/vitest.config.ts`: the playground's frame-time bench in
// headless Chromium. It prints tables and writes bench-results/playground.md; no timing assertions.
// BENCH_ONLY=bench/<file> runs one bench file.
export default defineConfig({
  test: {
    projects: [
      browserProject({
        name: 'bench',
        include: [process.env.BENCH_ONLY ?? 'bench/**/*.bench.ts'],
        optimizeDeps: [
          ...TFJS_DEPS.map((dep) => `@gd-playground/core > ${dep}`),
          'lit',
          'lit/decorators.js',
          'temml',
          'd3-scale',
          'd3-contour',
        ],
      }),
    ],
  },
});
