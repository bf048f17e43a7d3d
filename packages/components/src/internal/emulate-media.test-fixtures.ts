/// <reference types="@vitest/browser-playwright" />
import { cdp } from 'vitest/browser';

/**
 * Real media emulation in the test browser (Chromium's DevTools protocol, as a reader's settings
 * would set them), not a stubbed `matchMedia`: style sheets' `@media` rules follow it too.
 * Call with no features to restore the browser's own values.
 */
export async function emulateMedia(
  features: {
    'prefers-reduced-motion'?: 'reduce' | 'no-preference';
    'prefers-color-scheme'?: 'light' | 'dark';
  } = {},
): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', {
    features: Object.entries(features).map(([name, value]) => ({ name, value })),
  });
}
