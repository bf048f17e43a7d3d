import type { BrowserProviderOption } from 'vitest/node';

export {
  describeChromium,
  ensureChromium,
  findChromium,
  REGISTRY_BROWSER,
} from './browser.js';

export declare const CHROMIUM_ARGS: string[];
export declare const TFJS_DEPS: string[];
export declare function chromiumPath(): string;
export declare function chromiumProvider(): BrowserProviderOption;
export declare function browserProject(options: {
  name?: string;
  include: string[];
  exclude?: string[];
  setupFiles?: string[];
  optimizeDeps?: string[];
  // biome-ignore lint/suspicious/noExplicitAny: a vitest project config object
}): any;
