// The blogger's one script: elements defined on first sight, their chunks fetched then; nested
// <gd-math> found in shadow roots; no WebGL and no TeX converter unless a page needs them.
import { loadWebGLBackend, ready, tf } from '@gd-playground/core';
import { afterEach, describe, expect, it } from 'vitest';
import { knownTags, load } from './autoloader.js';

const webglRegistered = () =>
  (tf.engine() as unknown as { registryFactory: Record<string, unknown> }).registryFactory.webgl !==
  undefined;
const fetched = (needle: string) =>
  performance.getEntriesByType('resource').filter((entry) => entry.name.includes(needle)).length;
const shadowText = (element: Element) => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('the autoloader', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('knows every element registered in src/define/', () => {
    for (const tag of ['gd-loss-explorer', 'gd-lr-slider', 'gd-math', 'gd-playground', 'gd-sigmoid-boundary'])
      expect(knownTags).toContain(tag);
    expect(knownTags.every((tag) => /^gd-[a-z-]+$/.test(tag))).toBe(true);
  });

  it('defines a tag when it appears, renders its numbers and its nested formulas, without WebGL or a TeX parser', async () => {
    expect(customElements.get('gd-loss-explorer')).toBeUndefined();
    document.body.innerHTML =
      '<gd-loss-explorer truth="10,20,30" predicted="12,18,30" losses="mse,mae"></gd-loss-explorer>';
    await customElements.whenDefined('gd-loss-explorer');
    const explorer = document.querySelector('gd-loss-explorer')!;
    await expect.poll(() => shadowText(explorer), { timeout: 15_000 }).toContain('2.6667');
    // Its formulas are <gd-math> inside its shadow root: defined, shown as MathML, no style attributes.
    await customElements.whenDefined('gd-math');
    const maths = [...explorer.shadowRoot!.querySelectorAll('gd-math')];
    expect(maths.length).toBeGreaterThan(0);
    for (const math of maths) {
      await (math as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(math.shadowRoot!.querySelector('math')).not.toBeNull();
      expect(math.shadowRoot!.querySelectorAll('[style]')).toHaveLength(0);
    }
    expect(fetched('temml')).toBe(0);
    expect(webglRegistered()).toBe(false);
  });

  it('finds tags in shadow roots of elements it loaded, and resolves unknown tags at once', async () => {
    await load('gd-not-ours');
    expect(customElements.get('gd-not-ours')).toBeUndefined();
    document.body.innerHTML = '<gd-lr-slider learning-rate="0.1" start="5"></gd-lr-slider>';
    await customElements.whenDefined('gd-lr-slider');
    const slider = document.querySelector('gd-lr-slider')!;
    await slider.updateComplete;
    await expect
      .poll(() =>
        [...slider.shadowRoot!.querySelectorAll('gd-math')].every((m) => m.shadowRoot?.querySelector('math')),
      )
      .toBe(true);
  });

  it('leaves no tensor behind after mount, train and remove, once the WebGL backend was loaded lazily', async () => {
    expect(webglRegistered()).toBe(false);
    await loadWebGLBackend();
    const report = await ready({ prefer: 'webgl' });
    expect(report.backend).toBe('webgl');
    expect(webglRegistered()).toBe(true);
    const before = tf.memory().numTensors;
    document.body.innerHTML = '<gd-lr-slider learning-rate="0.1" start="5"></gd-lr-slider>';
    await customElements.whenDefined('gd-lr-slider');
    const slider = document.querySelector('gd-lr-slider')!;
    await slider.step(2);
    // CURRICULUM B.1: from w = 5 with α = 0.1, the first steps go to 4.7 and 4.43.
    await expect.poll(() => shadowText(slider)).toContain('4.43');
    slider.remove();
    await expect.poll(() => tf.memory().numTensors).toBe(before);
  });
});
