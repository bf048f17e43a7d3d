export type ChromiumSource = 'CHROME_PATH' | 'system' | 'registry';
export interface FoundChromium {
  path: string;
  source: ChromiumSource;
}
export declare const REGISTRY_BROWSER: { name: string; version: string };
export declare const registryBrowserExecutable: string;
export declare function findChromium(): FoundChromium | undefined;
export declare function fetchRegistryBrowser(): string;
export declare function ensureChromium(): FoundChromium & { fetched: boolean };
export declare function describeChromium(browser: FoundChromium): string;
