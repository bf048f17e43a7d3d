// The shared vitest browser set-up. Plain JavaScript on purpose: vite loads config files with
// Node, and Node 20 cannot import TypeScript from a linked workspace package.
import { playwright } from '@vitest/browser-playwright';
import { ensureChromium, findChromium, REGISTRY_BROWSER } from './browser.js';

export { describeChromium, ensureChromium, findChromium, REGISTRY_BROWSER } from './browser.js';

/**
 * Chromium flags for headless tests on machines without a GPU or network.
 * SwiftShader gives WebGL 2 in software; never add --disable-software-rasterizer, which removes WebGL.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];

/**
 * tfjs pieces to pre-bundle together. Core imports tfjs piecewise (its custom module: `dist/base`
 * plus one deep import per kernel and gradient, see core's src/tf-kernels.ts), so every deep import
 * must be pre-bundled with the rest: one left out loads a second copy of tfjs-core ("Cannot evaluate
 * flag 'DEBUG'") or makes vite reload mid-run when it discovers it. Globs cover every kernel file,
 * so adding a kernel to core's list needs no change here.
 */
export const TFJS_DEPS = [
  '@tensorflow/tfjs-core',
  '@tensorflow/tfjs-core/dist/base',
  '@tensorflow/tfjs-core/dist/base_side_effects',
  '@tensorflow/tfjs-core/dist/gradients/*_grad.js',
  '@tensorflow/tfjs-backend-cpu/dist/base',
  '@tensorflow/tfjs-backend-cpu/dist/kernels/*.js',
  '@tensorflow/tfjs-backend-webgl/dist/base',
  '@tensorflow/tfjs-backend-webgl/dist/kernels/*.js',
];

/**
 * Path of the Chromium to drive: $CHROME_PATH, else the system one, else the headless Chromium from
 * the npm registry (fetched into <repo>/.cache/browser the first time it is needed; `npm test` does
 * that once up front and says so). Every browser launch in the repo goes through this function.
 */
export function chromiumPath() {
  const browser = findChromium();
  if (browser) return browser.path;
  console.error(
    `No system Chromium: fetching ${REGISTRY_BROWSER.name} ${REGISTRY_BROWSER.version} from the npm registry…`,
  );
  return ensureChromium().path;
}

/** Playwright provider bound to chromiumPath() with the project's flags. */
export function chromiumProvider() {
  return playwright({ launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS } });
}

/**
 * A vitest project that runs in headless Chromium.
 * @param {{ name?: string, include: string[], exclude?: string[], setupFiles?: string[], optimizeDeps?: string[] }} options
 */
export function browserProject({
  name = 'browser',
  include,
  exclude = [],
  setupFiles = [],
  optimizeDeps = [],
}) {
  return {
    extends: true,
    // Pre-bundle the heavy dependencies so the first run after a lockfile change does not reload mid-run.
    optimizeDeps: { include: optimizeDeps },
    test: {
      name,
      include,
      exclude,
      setupFiles,
      // In CI turbo runs every package's tests at once on 2 cores (load average 13–16): the slowest
      // browser test, <gd-network> playing until it converges, took 17 s there, 5 s on a quiet machine.
      // A limit, not a measurement: a hang still fails.
      testTimeout: 60_000,
      browser: {
        enabled: true,
        headless: true,
        screenshotFailures: false,
        provider: chromiumProvider(),
        instances: [{ browser: 'chromium' }],
      },
    },
  };
}
