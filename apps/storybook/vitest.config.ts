import { fileURLToPath } from 'node:url';
import { browserProject } from '@gd-playground/test-config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { defineConfig } from 'vitest/config';

const configDir = fileURLToPath(new URL('../../.storybook', import.meta.url));

// Runs every story as a test (render + play function) in the same headless Chromium as the unit tests.
export default defineConfig({
  test: {
    projects: [
      {
        ...browserProject({
          name: 'storybook',
          include: [],
        }),
        plugins: [storybookTest({ configDir })],
      },
    ],
  },
});
