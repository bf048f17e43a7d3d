/**
 * Strict CSP in real Chromium: under `style-src 'self'` the playground's own markup (layout, panels,
 * run and settings controls, share panel, step table, rule, loss curve and parameter view) writes
 * no `style` attribute. Known foreign sources are listed in `internal/csp.test-fixtures.ts`.
 */
import { describe, expect, it } from 'vitest';
import '../define/gd-playground.js';
import { foreign, strictStylePolicy } from '../internal/csp.test-fixtures.js';
import { eachTestLeavesNoTensors, mount, part } from './harness.test-fixtures.js';

describe('<gd-playground> under a strict Content-Security-Policy', () => {
  eachTestLeavesNoTensors();
  const violations = strictStylePolicy();

  it('mounts, steps, scrubs and switches data with no violation of its own', async () => {
    const element = await mount({ preset: 'blobs', size: '20' });
    await element.step(3);
    element.showStep(1);
    await element.updateComplete;
    element.setAttribute('preset', 'linear');
    await element.whenReady();
    await element.step(2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(part(element, 'parameter-view')).not.toBeNull();
    expect(violations.filter((v) => !foreign(v)).map((v) => `${v.directive}: ${v.sample}`)).toEqual([]);
  });
});
