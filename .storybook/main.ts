import type { StorybookConfig } from '@storybook/web-components-vite';
import { TFJS_DEPS } from '../packages/test-config/index.js';

// Telemetry stays off: this machine has no network, and trying to reach it slows every build.
process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

const config: StorybookConfig = {
  stories: ['../packages/*/src/**/*.stories.@(ts|js)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    // tfjs reaches stories through @gd-playground/core: pre-bundle tfjs so it loads once and the
    // first test run does not reload halfway. Core itself stays linked source, so a rebuilt core is
    // seen at once (a pre-bundled copy went stale when core changed).
    const core = '@gd-playground/components > @gd-playground/core';
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [
        ...(viteConfig.optimizeDeps?.include ?? []),
        ...TFJS_DEPS.map((dep) => `${core} > ${dep}`),
        '@gd-playground/components > temml',
        'lit',
        // The stories' shared render writes the element's tag through lit's static templates.
        'lit/static-html.js',
      ],
    };
    return viteConfig;
  },
};
export default config;
