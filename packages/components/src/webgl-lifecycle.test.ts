// Every element that makes tensors, on a page where the WebGL backend was loaded lazily and is the
// current backend when the element appears: the autoloader defines it, it trains (a value from
// the curriculum or a closed form shows the training really ran), it is removed, and the tensor
// count is back where it began. The elements' own suites run the same cycle on the cpu backend.
import { loadWebGLBackend, ready, tf } from '@gd-playground/core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import './autoloader.js';
import { shadowText, shadowTexts, sleep } from './internal/element.test-fixtures.js';

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Mounts `markup` through the autoloader and waits for the element to be defined. */
async function mount<T extends HTMLElement>(tag: string, markup: string): Promise<T> {
  document.body.innerHTML = markup;
  await customElements.whenDefined(tag);
  const element = document.querySelector(tag) as T;
  await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return element;
}

/** Elements step through their own timers and events: shown values are polled for up to this long. */
const POLL = { timeout: 10_000 };

const click = (element: Element, selector: string) =>
  element.shadowRoot!.querySelector<HTMLElement>(selector)!.click();

describe('mount → train → remove after the WebGL backend was loaded lazily', () => {
  let before = 0;

  beforeAll(async () => {
    await loadWebGLBackend();
  });

  // Each element starts on a page whose current backend is WebGL; its own ready() then applies
  // the backend policy, as on a page where another widget had asked for WebGL.
  const startOnWebGL = async () => {
    const report = await ready({ prefer: 'webgl' });
    expect(report.backend).toBe('webgl');
    expect(tf.getBackend()).toBe('webgl');
    before = tf.memory().numTensors;
  };

  afterEach(async () => {
    document.body.innerHTML = '';
    await sleep(50);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('<gd-playground>: CURRICULUM A.9, one step takes w from (2, 2, 2) to (1.95, 1.9, 1.85)', async () => {
    await startOnWebGL();
    type Playground = HTMLElement & {
      whenReady(): Promise<void>;
      step(count?: number): Promise<void>;
      session?: { current: { parameters: Record<string, number[]> } };
    };
    const data = JSON.stringify({
      features: [
        [1, 2, 3],
        [4, 5, 6],
      ],
      targets: [0, 1],
    });
    const element = await mount<Playground>(
      'gd-playground',
      `<gd-playground model="logistic" no-bias start="2,2,2" learning-rate="0.1" standardize="false" data='${data}'></gd-playground>`,
    );
    await element.whenReady();
    await element.step(1);
    const w = element.session!.current.parameters.w!;
    [1.95, 1.9, 1.85].forEach((expected, i) => {
      expect(w[i]).toBeCloseTo(expected, 5);
    });
  });

  it('<gd-loss-explorer>: MSE of (10, 20, 30) against (12, 18, 30) is 2.6667', async () => {
    await startOnWebGL();
    const element = await mount(
      'gd-loss-explorer',
      '<gd-loss-explorer truth="10,20,30" predicted="12,18,30" losses="mse,mae"></gd-loss-explorer>',
    );
    await expect.poll(() => element.shadowRoot?.textContent ?? '', POLL).toContain('2.6667');
  });

  it('<gd-sigmoid-boundary>: one step is w ← w − (α/n) Σ (σ(z) − y) x', async () => {
    await startOnWebGL();
    type Sigmoid = HTMLElement & {
      whenSessionReady(): Promise<void>;
      step(count?: number): Promise<void>;
      weights: number[];
      bias: number;
    };
    const rows = [
      { x: [-2, -1], y: 0 },
      { x: [-1, -2], y: 0 },
      { x: [1, 2], y: 1 },
      { x: [2, 1], y: 1 },
    ];
    const element = await mount<Sigmoid>(
      'gd-sigmoid-boundary',
      `<gd-sigmoid-boundary data='${JSON.stringify(rows)}' weights="0.5,-0.25" bias="0.1" learning-rate="0.2"></gd-sigmoid-boundary>`,
    );
    await element.whenSessionReady();
    await element.step(1);
    const errors = rows.map((r) => sigmoid(0.5 * r.x[0]! - 0.25 * r.x[1]! + 0.1) - r.y);
    [0.5, -0.25].forEach((start, j) => {
      const expected = start - (0.2 / 4) * rows.reduce((s, r, i) => s + errors[i]! * r.x[j]!, 0);
      expect(element.weights[j]).toBeCloseTo(expected, 5);
    });
    expect(element.bias).toBeCloseTo(0.1 - (0.2 / 4) * errors.reduce((s, e) => s + e, 0), 5);
  });

  it('<gd-network>: 200 steps on the spiral, counted in its status', async () => {
    await startOnWebGL();
    type Network = HTMLElement & { whenReady(): Promise<void>; step(count?: number): Promise<void> };
    const element = await mount<Network>(
      'gd-network',
      '<gd-network preset="spiral" layers="8,8" size="200" train-ratio="0.5"></gd-network>',
    );
    await element.whenReady();
    await element.step(100);
    await element.step(100);
    expect(shadowText(element, '[data-value="status"]')).toContain('Step 200');
  });

  it('<gd-normalization>: CURRICULUM C.5 (±1.3416, ±0.4472), then two training steps', async () => {
    await startOnWebGL();
    type Normalization = HTMLElement & { whenReady(): Promise<void> };
    const element = await mount<Normalization>(
      'gd-normalization',
      '<gd-normalization kind="batch" data="1,2;3,6;5,10;7,14"></gd-normalization>',
    );
    await element.whenReady();
    expect(shadowTexts(element, '#output .cell .value').slice(0, 4)).toEqual([
      '-1.3416',
      '-1.3416',
      '-0.4472',
      '-0.4472',
    ]);
    for (let i = 0; i < 2; i++) {
      click(element, '#step');
      await element.whenReady();
    }
    await expect
      .poll(() => /Step \d+ of 300/.exec(shadowText(element, '[part="status"]'))?.[0], POLL)
      .toBe('Step 2 of 300');
  });

  it('<gd-mri>: three iterations of the reconstruction', async () => {
    await startOnWebGL();
    type Mri = HTMLElement & { ready(): Promise<void>; step(): Promise<void>; reconstructionError: number };
    const element = await mount<Mri>('gd-mri', '<gd-mri size="64"></gd-mri>');
    await element.ready();
    const start = element.reconstructionError;
    for (let i = 0; i < 3; i++) await element.step();
    await expect.poll(() => shadowText(element, '.iteration'), POLL).toBe('Iteration 3');
    expect(element.reconstructionError).not.toBe(start);
    expect(Number.isFinite(element.reconstructionError)).toBe(true);
  });

  it('<gd-backprop>: CURRICULUM B.2, ∂L/∂a = 6, ∂L/∂b = −4, ∂L/∂c = −2, ∂L/∂f = 4 from tfjs autodiff too', async () => {
    await startOnWebGL();
    type Backprop = HTMLElement & { whenSettled(): Promise<void> };
    const element = await mount<Backprop>(
      'gd-backprop',
      '<gd-backprop expression="(a*b + c)*f" values="a=2, b=-3, c=10, f=-2" phase="backward"></gd-backprop>',
    );
    await element.whenSettled();
    for (const [name, grad] of [
      ['a', '6'],
      ['b', '−4'],
      ['c', '−2'],
      ['f', '4'],
    ]) {
      const row = `[part="gradient-check"] tr[data-variable="${name}"] [data-value="tfjs"]`;
      await expect.poll(() => shadowText(element, row), POLL).toBe(grad);
    }
  });

  it('<gd-convolution>: y[0] = −2 (CURRICULUM), and tf.grad through tfjs convolution agrees (largest difference 0)', async () => {
    await startOnWebGL();
    const element = await mount('gd-convolution', '<gd-convolution></gd-convolution>');
    expect(shadowText(element, '[data-value="sum"]')).toBe('−2');
    await expect
      .poll(() => shadowText(element, '[data-value="autodiff"]'), POLL)
      .toMatch(/largest difference 0\b/);
  });
});
