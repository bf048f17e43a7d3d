import type { StorybookConfig } from '@storybook/web-components-vite';

// Telemetry stays off: this machine has no network, and trying to reach it slows every build.
process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

const config: StorybookConfig = {
  stories: ['../packages/*/src/**/*.stories.@(ts|js)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    // tfjs reaches stories through @gd-playground/core: pre-bundle it with its dependencies so tfjs
    // loads once and the first test run does not reload halfway.
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [
        ...(viteConfig.optimizeDeps?.include ?? []),
        '@gd-playground/components > @gd-playground/core',
        '@gd-playground/components > temml',
        'lit',
      ],
    };
    return viteConfig;
  },
};
export default config;
