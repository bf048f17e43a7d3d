import { browserProject } from '@gd-playground/test-config';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      browserProject({
        name: 'browser',
        include: ['src/**/*.test.ts'],
        optimizeDeps: [
          '@gd-playground/core',
          'lit',
          'lit/decorators.js',
          'lit/directives/unsafe-html.js',
          'temml',
          'd3-scale',
          'd3-contour',
          'axe-core',
        ],
      }),
    ],
  },
});
