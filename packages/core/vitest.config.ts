import { browserProject, TFJS_DEPS } from '@gd-playground/test-config';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        // The backends import bare '@tensorflow/tfjs-core', whose `main` is a CommonJS build: point it
        // at the ES modules core imports, so Node runs one copy of tfjs-core, as a browser bundle does.
        resolve: {
          alias: [{ find: /^@tensorflow\/tfjs-core$/, replacement: '@tensorflow/tfjs-core/dist/index.js' }],
        },
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts'],
          exclude: ['src/**/*.browser.test.ts'],
          setupFiles: ['./test/setup-node.ts'],
          // Run tfjs through vite (its files are ES modules in a package Node reads as CommonJS).
          server: { deps: { inline: [/@tensorflow\//] } },
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
