import { browserProject, TFJS_DEPS } from '@gd-playground/test-config';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      browserProject({
        name: 'browser',
        // build/: the template-literal minifier, checked against what Chromium renders.
        include: ['src/**/*.test.ts', 'build/**/*.test.ts'],
        // Core is linked source, not pre-bundled, so tests see a rebuilt core at once; its tfjs is.
        optimizeDeps: [
          ...TFJS_DEPS.map((dep) => `@gd-playground/core > ${dep}`),
          'lit',
          'lit/decorators.js',
          'lit/directives/unsafe-html.js',
          'lit/directive.js',
          'lit/directives/guard.js',
          'lit/directives/if-defined.js',
          'lit/directives/live.js',
          'lit/directives/style-map.js',
          'temml',
          'd3-scale',
          'd3-contour',
          'axe-core',
        ],
      }),
    ],
  },
});
