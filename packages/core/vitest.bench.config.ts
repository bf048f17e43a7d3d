import { browserProject, TFJS_DEPS } from '@gd-playground/test-config';
import { defineConfig } from 'vitest/config';

// `pnpm bench`: measurements in headless Chromium that print tables. No timing assertions anywhere.
export default defineConfig({
  test: {
    projects: [
      {
        ...browserProject({ name: 'bench', include: ['bench/**/*.bench.ts'], optimizeDeps: TFJS_DEPS }),
      },
    ],
  },
});
