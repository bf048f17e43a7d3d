/**
 * Strict CSP in real Chromium: under `style-src 'self'` a `style` attribute written from markup (or
 * with setAttribute) is refused and reported; the CSSOM is not. The policy is added as a `<meta>`
 * for this file's page only, and every `securitypolicyviolation` is recorded.
 */
import { ready, tf } from '@gd-playground/core';
import { beforeAll, describe, expect, it } from 'vitest';
import '../define/gd-lr-slider.js';
import { foreign, strictStylePolicy } from '../internal/csp.test-fixtures.js';
import type { GdLrSlider } from './gd-lr-slider.js';

describe('<gd-lr-slider> under a strict Content-Security-Policy', () => {
  const violations = strictStylePolicy();
  beforeAll(async () => {
    await ready();
  });

  it('the policy is in force: a style attribute from markup is reported and not applied', async () => {
    const probe = document.createElement('div');
    probe.innerHTML = '<span style="left: 10%">x</span>';
    document.body.append(probe);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(violations.map((v) => v.sample)).toEqual(['left: 10%']);
    expect(probe.querySelector('span')!.style.left).toBe('');
    probe.remove();
    violations.length = 0;
  });

  it('renders, steps and rescales with no violation of its own; the band and decade labels are placed through the CSSOM', async () => {
    const tensors = tf.memory().numTensors;
    const element = document.createElement('gd-lr-slider') as GdLrSlider;
    element.setAttribute('min', '0.0001');
    element.setAttribute('max', '1');
    document.body.append(element);
    await element.whenReady();
    await element.step(3);
    element.setAttribute('max', '10');
    await element.whenReady();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(violations.filter((v) => !foreign(v)).map((v) => `${v.directive}: ${v.sample}`)).toEqual([]);
    const labels = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.decades span')];
    expect(labels.map((label) => label.style.getPropertyValue('--_at'))).toEqual([
      '0.00%',
      '20.00%',
      '40.00%',
      '60.00%',
      '80.00%',
      '100.00%',
    ]);
    // Applied, not refused: 0.01 sits 40 % along the decades' box.
    const box = element.shadowRoot!.querySelector<HTMLElement>('.decades')!.getBoundingClientRect();
    const left = Number.parseFloat(getComputedStyle(labels[2]!).left);
    expect(left / box.width).toBeCloseTo(0.4, 2);
    const band = element.shadowRoot!.querySelector<HTMLElement>('[part="band"]')!;
    expect(getComputedStyle(band).backgroundImage).toMatch(/^linear-gradient/);
    element.remove();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(tf.memory().numTensors).toBe(tensors);
  });
});
