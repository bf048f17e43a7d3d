import { browserProject, TFJS_DEPS } from '@gd-playground/test-config';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts'],
          exclude: ['src/**/*.browser.test.ts'],
          setupFiles: ['./test/setup-node.ts'],
          // Long runs (10,000 steps) share 2 cores with Chromium and turbo's other tasks.
          testTimeout: 60_000,
        },
      },
      browserProject({
        name: 'browser',
        // The golden suites (curriculum values) run on both backends; browser-only tests add to them.
        include: ['src/**/*.golden.test.ts', 'src/**/*.browser.test.ts'],
        setupFiles: ['./test/setup-browser.ts'],
        optimizeDeps: TFJS_DEPS,
      }),
    ],
  },
});
