import { tf } from '@gd-playground/core';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import '../define/gd-network.js';
import {
  checkPageAfterEach,
  clean,
  clickCentre,
  listen,
  mounter,
  shadowText,
  shadowTexts,
  sleep,
} from '../internal/element.test-fixtures.js';
import { describeSchema } from '../internal/schema.test-fixtures.js';
import type { GdNetwork, NetworkProbeDetail, NetworkStepDetail } from './gd-network.js';

// --- harness --------------------------------------------------------------------------------

const mount = mounter<GdNetwork>('gd-network', {
  width: 1100,
  settle: async (element) => {
    await element.whenReady();
    await element.updateComplete;
  },
});

const root = (element: GdNetwork) => element.shadowRoot!;
const read = shadowText;
const click = async (element: GdNetwork, action: string) => {
  root(element).querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!.click();
  await sleep(0);
  await element.whenReady();
  await element.updateComplete;
};
/** The numbers of a MathML column vector in the inference panel. */
const vector = (element: GdNetwork, name: string) => shadowTexts(element, `[data-vector="${name}"] mn`);

checkPageAfterEach({ settleMs: 20 });

// --- curriculum -------------------------------------------------------------------------------

describe('<gd-network>: curriculum', () => {
  // CURRICULUM B.4 writes (0.0900, 0.2447, 0.6652) to four decimals; the forward pass shows every
  // number to four significant digits, so the first reads 0.09003 (exp(1)/(e + e² + e³) = 0.0900306).
  it('B.4/B.6: logits (1, 2, 3) show softmax (0.09003, 0.2447, 0.6652), class 2, in the forward pass', async () => {
    // No hidden layer, three classes: logits = Wᵀx + b; W = 0 and b = (1, 2, 3) give (1, 2, 3) everywhere.
    const element = await mount({ preset: 'blobs', classes: '3', layers: 'none', probe: '0.5,-1' });
    element.setParameters([0, 0, 0, 0, 0, 0, 1, 2, 3]);
    await element.updateComplete;
    expect(vector(element, 'z1')).toEqual(['1.000', '2.000', '3.000']);
    expect(vector(element, 'probabilities')).toEqual(['0.09003', '0.2447', '0.6652']);
    expect(read(element, '[data-value="prediction"]')).toBe('Predicted class: 2 (probability 0.6652)');
  });

  it('preset xor, layers 4, tanh, seed 1 (defaults: 200 points, SGD 0.03, batch 10) shows 100 % test accuracy by step 4,500', async () => {
    const element = await mount({ preset: 'xor', layers: '4', activation: 'tanh', seed: '1' });
    // Core's engine first reaches 100 % at step 4,097 and holds it from step 4,500 on (read every 100 steps).
    let steps = 0;
    while (steps < 4500 && read(element, '[data-value="accuracy"]') !== 'Accuracy 100%') {
      await element.step(100);
      steps += 100;
    }
    expect(read(element, '[data-value="accuracy"]')).toBe('Accuracy 100%');
    expect(steps).toBeLessThanOrEqual(4500);
    expect(steps).toBeGreaterThan(4000);
    // Off-diagonal cells of the matrix are all 0.
    expect(read(element, '[data-cell="0-1"]')).toBe('0');
    expect(read(element, '[data-cell="1-0"]')).toBe('0');
  });

  it('the forward pass shown is a float64 pass over the float32 parameters, right to each shown digit', async () => {
    const element = await mount({
      preset: 'moons',
      layers: '3,2',
      activation: 'relu,tanh',
      probe: '0.37,-0.21',
    });
    await element.step(150);
    const trainer = (element as unknown as { run: { trainer: { parameterVector(): Float32Array } } }).run
      .trainer;
    const p = Array.from(trainer.parameterVector());
    // Layout: per layer W [in][out] row-major, then b.
    const sizes = [2, 3, 2, 2];
    let offset = 0;
    let a = [0.37, -0.21];
    const acts = [(z: number) => Math.max(0, z), Math.tanh, (z: number) => z];
    for (let l = 0; l < 3; l++) {
      const [nIn, nOut] = [sizes[l]!, sizes[l + 1]!];
      const z = Array.from({ length: nOut }, (_, c) => {
        let sum = p[offset + nIn * nOut + c]!;
        for (let j = 0; j < nIn; j++) sum += a[j]! * p[offset + j * nOut + c]!;
        return sum;
      });
      offset += nIn * nOut + nOut;
      a = z.map(acts[l]!);
    }
    const max = Math.max(...a);
    const exp = a.map((z) => Math.exp(z - max));
    const total = exp.reduce((x, y) => x + y, 0);
    const shown = (v: number) =>
      v
        .toLocaleString('en', { minimumSignificantDigits: 4, maximumSignificantDigits: 4 })
        .replace(/^-/, '\u2212');
    expect(vector(element, 'logits')).toEqual(a.map(shown));
    expect(vector(element, 'probabilities')).toEqual(exp.map((e) => shown(e / total)));
  });

  it.each([
    ['en', ['0.5120', '0.6928', '2.000']],
    ['tr', ['0,5120', '0,6928', '2,000']],
  ])(
    '%s: a column keeps its trailing zeros (b = (0.512, 0.6928, 2) reads 0.5120 over 0.6928)',
    async (lang, z) => {
      const element = await mount({ preset: 'blobs', classes: '3', layers: 'none', probe: '0.5,-1' }, lang);
      // W = 0, so z = b; the parameters are float32, and Math.fround(0.512) = 0.51200002… still reads 0.5120.
      const b = [0.512, 0.6928, 2];
      element.setParameters([0, 0, 0, 0, 0, 0, ...b]);
      await element.updateComplete;
      expect(vector(element, 'z1')).toEqual(z);
      expect(vector(element, 'b1')).toEqual(z);
      // The probabilities, from the read-back float32 biases in float64, to four significant digits.
      const exp = b.map((v) => Math.exp(Math.fround(v) - Math.fround(2)));
      const total = exp.reduce((x, y) => x + y, 0);
      const p = exp.map((e) => e / total);
      const four = (v: number) =>
        v.toLocaleString(lang, { minimumSignificantDigits: 4, maximumSignificantDigits: 4 });
      expect(vector(element, 'probabilities')).toEqual(p.map(four));
      // By hand: e^−1.488 = 0.22582, e^−1.3072 = 0.27058, e⁰ = 1; over their sum 1.49640.
      expect(p.map(four)).toEqual(
        lang === 'en' ? ['0.1509', '0.1808', '0.6683'] : ['0,1509', '0,1808', '0,6683'],
      );
      // The same bias reads the same (0.5120) in the graph's readout of output 1.
      const output = [...root(element).querySelectorAll<SVGElement>('.neuron')].at(-3)!;
      output.focus();
      output.dispatchEvent(new FocusEvent('focus'));
      await element.updateComplete;
      expect(read(element, '[data-value="readout"]')).toContain(z[0]!);
    },
  );

  it('zeros init keeps every neuron of a layer identical after 100 steps (the symmetry problem)', async () => {
    const element = await mount({ preset: 'circles', layers: '3', init: 'zeros', probe: '0.3,0.4' });
    await element.step(100);
    const a1 = [...root(element).querySelectorAll('[data-layer="1"] [data-vector="a1"] mn')].map((mn) =>
      clean(mn.textContent),
    );
    expect(a1).toHaveLength(3);
    expect(new Set(a1).size).toBe(1);
  });
});

// --- views, keyboard, events --------------------------------------------------------------------

describe('<gd-network>: views and interaction', () => {
  it('every neuron, weight and point is reachable by keyboard (one Tab stop per collection)', async () => {
    const element = await mount({ preset: 'xor', layers: '4,2', size: '40' });
    const neurons = [...root(element).querySelectorAll<HTMLElement>('.neuron')];
    // 2 inputs + 4 + 2 + 2 outputs.
    expect(neurons).toHaveLength(10);
    expect(neurons.filter((n) => n.tabIndex === 0)).toHaveLength(1);
    const visited = new Set<string>();
    neurons[0]!.focus();
    // in1, h1.2, h1.1, h1.2, h1.3, h1.4, h2.2, h2.1, out1, out2.
    for (const key of [
      'ArrowDown',
      'ArrowRight',
      'ArrowUp',
      'ArrowDown',
      'ArrowDown',
      'ArrowDown',
      'ArrowRight',
      'ArrowUp',
      'ArrowRight',
      'ArrowDown',
    ]) {
      visited.add((root(element).activeElement as HTMLElement).dataset['index']!);
      root(element).activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      await element.updateComplete;
      await new Promise(requestAnimationFrame);
    }
    visited.add((root(element).activeElement as HTMLElement).dataset['index']!);
    expect(visited.size).toBe(10);
    expect(read(element, '[data-value="readout"]')).toMatch(/^Output 2: bias/);
    const edges = [...root(element).querySelectorAll<SVGLineElement>('.edge')];
    expect(edges).toHaveLength(2 * 4 + 4 * 2 + 2 * 2);
    expect(edges.filter((e) => e.getAttribute('tabindex') === '0')).toHaveLength(1);
    edges[0]!.focus();
    for (let i = 0; i < edges.length - 1; i++) {
      root(element).activeElement!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }),
      );
      await element.updateComplete;
      await new Promise(requestAnimationFrame);
    }
    expect((root(element).activeElement as SVGElement).dataset['index']).toBe(String(edges.length - 1));
    expect(read(element, '[data-value="readout"]')).toMatch(/^Weight from h2,2 to out2: /);
    const handles = root(element).querySelectorAll('.point-handles .gd-handle');
    expect(handles).toHaveLength(40);
    expect([...handles].filter((h) => h.getAttribute('tabindex') === '0')).toHaveLength(1);
  });

  it('step, epoch, step back and reset move the step count and fire gd-step with losses and accuracy', async () => {
    const element = await mount({ preset: 'circles', size: '100', 'batch-size': '10', 'train-ratio': '0.5' });
    const events = listen(element, ['gd-step']);
    await click(element, 'step');
    expect(events.last<NetworkStepDetail>('gd-step').step).toBe(1);
    await click(element, 'epoch');
    const detail = events.last<NetworkStepDetail>('gd-step');
    // 50 training points, batch 10: one epoch is 5 steps; the first one was already taken.
    expect(detail.step).toBe(5);
    expect(detail.epoch).toBe(1);
    expect(Number.isFinite(detail.trainLoss)).toBe(true);
    expect(Number.isFinite(detail.testLoss)).toBe(true);
    expect(detail.accuracy).toBeGreaterThanOrEqual(0);
    expect(read(element, '[data-value="status"]')).toContain('Step 5 · epoch 1');
    // Training and test loss stand side by side: both to four significant digits, trailing zeros kept.
    const four = (v: number) =>
      v.toLocaleString('en', { minimumSignificantDigits: 4, maximumSignificantDigits: 4 });
    expect(read(element, '[data-value="train-loss"]')).toBe(four(detail.trainLoss));
    expect(read(element, '[data-value="test-loss"]')).toBe(four(detail.testLoss));
    expect(read(element, '[data-value="status"]')).toContain(
      `training loss ${four(detail.trainLoss)} · test loss ${four(detail.testLoss)}`,
    );
    // The loss chart's frame is labelled: its top (the largest loss so far, written like the losses
    // beside it), 0, and the last step.
    const [top, zero, last] = [...root(element).querySelectorAll('.curve-label')].map((label) =>
      clean(label.textContent),
    );
    const { history } = (
      element as unknown as { run: { history: { trainLoss: number; testLoss: number }[] } }
    ).run;
    expect(top).toBe(four(Math.max(...history.flatMap((point) => [point.trainLoss, point.testLoss]))));
    expect([zero, last]).toEqual(['0', '5']);
    await click(element, 'step-back');
    expect(read(element, '[data-value="status"]')).toContain('Step 1 ·');
    await click(element, 'reset');
    expect(read(element, '[data-value="status"]')).toContain('Step 0 ·');
  });

  it('play and pause: training runs by frames and stops at the target accuracy', async () => {
    const element = await mount({
      preset: 'xor',
      layers: '4',
      activation: 'tanh',
      'learning-rate': '0.1',
      speed: '20',
      'target-accuracy': '0.9',
    });
    const events = listen(element, ['gd-settled']);
    element.play();
    for (let i = 0; i < 400 && events.count('gd-settled') === 0; i++)
      await new Promise(requestAnimationFrame);
    expect(events.count('gd-settled')).toBe(1);
    expect(events.last<{ accuracy: number }>('gd-settled').accuracy).toBeGreaterThanOrEqual(0.9);
    expect(root(element).querySelector('[data-action="play"]')!.getAttribute('aria-pressed')).toBe('false');
  });

  it('converge-tolerance: playing stops once the training loss moved less than that over 10 epochs', async () => {
    const element = await mount({
      preset: 'xor',
      layers: '4',
      activation: 'tanh',
      'learning-rate': '0.3',
      speed: '25',
      'converge-tolerance': '0.05',
    });
    // The training loss each time a new epoch is seen, as the element records it.
    const epochLosses: number[] = [];
    let lastEpoch = 0;
    element.addEventListener('gd-step', (event) => {
      const { epoch, trainLoss } = (event as CustomEvent<NetworkStepDetail>).detail;
      if (Math.floor(epoch) !== lastEpoch) {
        epochLosses.push(trainLoss);
        lastEpoch = Math.floor(epoch);
      }
    });
    const events = listen(element, ['gd-settled']);
    element.play();
    for (let i = 0; i < 1500 && events.count('gd-settled') === 0; i++)
      await new Promise(requestAnimationFrame);
    expect(events.count('gd-settled')).toBe(1);
    const settled = events.last<{ reason: string; step: number }>('gd-settled');
    expect(settled.reason).toBe('converged');
    expect(root(element).querySelector('[data-action="play"]')!.getAttribute('aria-pressed')).toBe('false');
    // At the stop the last 11 epoch losses lie within 5 % of the latest; 10 epochs earlier they did not all.
    const spread = (values: number[]) => Math.max(...values) - Math.min(...values);
    const last = epochLosses.at(-1)!;
    expect(epochLosses.length).toBeGreaterThan(10);
    expect(spread(epochLosses.slice(-11))).toBeLessThanOrEqual(0.05 * last);
    expect(spread(epochLosses.slice(0, 11))).toBeGreaterThan(0.05 * epochLosses[10]!);
    expect(read(element, '[part="live"]')).toBe(
      `The training loss settled at step ${settled.step.toLocaleString('en')}: over the last 10 epochs it moved by less than 5% of its value.`,
    );
  });

  it('+ / − buttons change the layers attribute-equivalent property and the graph', async () => {
    const element = await mount({ preset: 'xor', layers: '2' });
    await click(element, 'add-layer');
    expect(element.layers).toEqual([2, 2]);
    root(element).querySelector<HTMLButtonElement>('[data-action="add-neuron"][data-layer="1"]')!.click();
    await element.whenReady();
    await element.updateComplete;
    expect(element.layers).toEqual([3, 2]);
    expect(root(element).querySelectorAll('.neuron')).toHaveLength(2 + 3 + 2 + 2);
    await click(element, 'remove-layer');
    expect(element.layers).toEqual([3]);
  });

  it('clicking the plot probes the network and fires gd-probe; the state string round-trips', async () => {
    const element = await mount({ preset: 'moons', layers: '3', seed: '2' });
    const events = listen(element, ['gd-probe']);
    const svg = root(element).querySelector<SVGSVGElement>('.plot svg')!;
    clickCentre(svg);
    await element.updateComplete;
    const probe = events.last<NetworkProbeDetail>('gd-probe');
    expect(probe.point[0]).toBeCloseTo(0, 1);
    expect(probe.probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    // The forward pass's MathML comes in its own chunk on the first probe: the update waits for it.
    const shown = vector(element, 'probabilities').map(Number);
    expect(shown).toHaveLength(2);
    for (const [k, p] of shown.entries())
      expect(Math.abs(p - probe.probabilities[k]!)).toBeLessThanOrEqual(5e-5);
    expect(element.stateString).toBe('preset=moons&seed=2&layers=3&probe=' + element.probe!.join(','));
    const copy = await mount({ state: element.stateString });
    expect(copy.preset).toBe('moons');
    expect(copy.layers).toEqual([3]);
  });

  it('points: arrow keys move one, Delete removes it, a click in "add" mode adds one of the picked class', async () => {
    const element = await mount({ data: '-1,-1,0\n1,1,1\n-1,1,1\n1,-1,0', 'train-ratio': '0.9' });
    const events = listen(element, ['change']);
    const handle = root(element).querySelector<SVGCircleElement>(
      '.point-handles .gd-handle[data-index="0"]',
    )!;
    handle.focus();
    handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await element.whenReady();
    expect(element.data![0]!.x[0]).toBeGreaterThan(-1);
    expect(element.data![0]!.x[1]).toBe(-1);
    expect(events.count('change')).toBeGreaterThanOrEqual(1);
    root(element)
      .querySelector<SVGCircleElement>('.point-handles .gd-handle[data-index="1"]')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Delete', bubbles: true }));
    await element.whenReady();
    expect(element.data).toHaveLength(3);
    const picker = root(element).querySelector<HTMLSelectElement>('#add-class')!;
    picker.value = '1';
    picker.dispatchEvent(new Event('change'));
    const add = root(element).querySelector<HTMLInputElement>('input[name="click-mode"][value="add"]')!;
    add.checked = true;
    add.dispatchEvent(new Event('change'));
    await element.updateComplete;
    const svg = root(element).querySelector<SVGSVGElement>('.plot svg')!;
    const box = svg.getBoundingClientRect();
    svg.dispatchEvent(
      new MouseEvent('click', { clientX: box.left + 5, clientY: box.top + 5, bubbles: true }),
    );
    await element.whenReady();
    expect(element.data).toHaveLength(4);
    expect(element.data![3]!.y).toBe(1);
    // Top-left corner of the plane: negative x₁, positive x₂.
    expect(element.data![3]!.x[0]).toBeLessThan(0);
    expect(element.data![3]!.x[1]).toBeGreaterThan(0);
    expect(root(element).querySelectorAll('.point')).toHaveLength(4);
  });

  it('sync-url reads the state from the fragment and writes changes back; the backprop button fires gd-backprop-request', async () => {
    const before = location.href;
    history.replaceState(null, '', `#gd-network=${encodeURIComponent('preset=xor&layers=3&seed=4')}`);
    try {
      const element = await mount({ 'sync-url': '', probe: '0.2,0.3' });
      expect(element.preset).toBe('xor');
      expect(element.layers).toEqual([3]);
      expect(element.seed).toBe(4);
      await click(element, 'add-layer');
      expect(decodeURIComponent(location.hash)).toBe(
        '#gd-network=preset=xor&seed=4&layers=3,3&probe=0.2,0.3',
      );
      const events = listen(element, ['gd-backprop-request']);
      await click(element, 'backprop');
      const detail = events.last<{ state: string; point: number[]; label: number }>('gd-backprop-request');
      expect(detail.state).toBe('preset=xor&seed=4&layers=3,3&probe=0.2,0.3');
      expect(detail.point).toEqual([0.2, 0.3]);
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('copy link and copy embed fetch the sharing code on first use and put the state on the clipboard', async () => {
    const element = await mount({ preset: 'xor', layers: '3' });
    const copied: string[] = [];
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (text: string) => {
      copied.push(text);
    });
    await click(element, 'copy-link');
    await vi.waitFor(() => expect(copied).toHaveLength(1));
    expect(decodeURIComponent(new URL(copied[0]!).hash)).toBe('#gd-network=preset=xor&layers=3');
    await click(element, 'copy-embed');
    await vi.waitFor(() => expect(copied).toHaveLength(2));
    expect(copied[1]).toBe('<gd-network state="preset=xor&amp;layers=3"></gd-network>');
  });

  it('hide-* removes parts; lock-data leaves the points without handles; lock-network disables + / −', async () => {
    const element = await mount({
      preset: 'xor',
      layers: '2',
      'hide-inference': '',
      'hide-matrix': '',
      'hide-share': '',
      'lock-data': '',
      'lock-network': '',
    });
    expect(root(element).querySelector('[part="inference"]')).toBeNull();
    expect(root(element).querySelector('[part="matrix"]')).toBeNull();
    expect(root(element).querySelector('[part="share"]')).toBeNull();
    expect(root(element).querySelectorAll('.point-handles .gd-handle')).toHaveLength(0);
    expect(root(element).querySelectorAll('.point').length).toBeGreaterThan(0);
    expect(root(element).querySelector<HTMLButtonElement>('[data-action="add-layer"]')!.disabled).toBe(true);
    element.setAttribute('hide-network', '');
    await element.updateComplete;
    expect(root(element).querySelectorAll('.neuron')).toHaveLength(0);
  });

  it('data: CSV lines become the points; a ragged row is refused by line, keeping the last good data', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await mount({ data: '0,0,0\n1,1,1\n0,1,1\n1,0,0', 'train-ratio': '0.9' });
    expect(root(element).querySelectorAll('.point')).toHaveLength(4);
    element.setAttribute('data', '0,0,0\n1,1,1\n0,1');
    await element.whenReady();
    expect(read(element, '[part="problems"] [data-attribute="data"]')).toContain('Row 3');
    expect(root(element).querySelectorAll('.point')).toHaveLength(4);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

// --- languages, axe, memory ---------------------------------------------------------------------

describe('<gd-network>: languages, accessibility, memory', () => {
  for (const [lang, play] of [
    ['en', 'Play'],
    ['tr', 'Oynat'],
    ['pt', 'Executar'],
    ['ko', '재생'],
  ] as const) {
    it(`speaks ${lang}`, async () => {
      const element = await mount({ preset: 'xor', layers: '2' }, lang);
      expect(read(element, '[data-action="play"]')).toBe(play);
    });
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`axe finds no violations (${theme})`, async () => {
      const element = await mount({ preset: 'spiral', classes: '3', layers: '4,3', probe: '0.2,0.1', theme });
      const result = await axe.run(element);
      expect(result.violations).toEqual([]);
    });
  }

  it('mount → 1,000 steps → remove leaves tf.memory().numTensors where it began', async () => {
    const before = tf.memory().numTensors;
    const element = await mount({ preset: 'spiral', layers: '8,8,8', size: '250', 'train-ratio': '0.5' });
    for (let i = 0; i < 10; i++) await element.step(100);
    expect(read(element, '[data-value="status"]')).toContain('Step 1,000');
    element.remove();
    await sleep(20);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describeSchema('gd-network', {
  preset: { good: 'spiral', bad: 'donut' },
  classes: { good: '3', bad: '7' },
  noise: { good: '0.2', bad: '-1' },
  size: { good: '60', bad: '5' },
  seed: { good: '3', bad: 'x' },
  'train-ratio': { good: '0.7', bad: '1.5' },
  features: { good: 'x1^2,sinx2', bad: 'x3', value: ['x1^2', 'sin(x2)'] },
  layers: { good: '4,2', bad: '4,9' },
  activation: { good: 'relu,tanh', bad: 'swish' },
  output: { good: 'sigmoid', bad: 'tanh' },
  init: { good: 'he', bad: 'ones' },
  l2: { good: '0.001', bad: '2' },
  optimizer: { good: 'adam', bad: 'lbfgs' },
  'learning-rate': { good: '0.1', bad: '0' },
  momentum: { good: '0.5', bad: '1.5' },
  beta1: { good: '0.8', bad: 'x' },
  beta2: { good: '0.99', bad: '2' },
  epsilon: { good: '1e-6', bad: '0' },
  decay: { good: '0.95', bad: '-0.1' },
  'batch-size': { good: 'full', bad: '0', value: 0 },
  speed: { good: '20', bad: '1000' },
  'target-accuracy': { good: '95%', bad: '2', value: 0.95 },
  'converge-tolerance': { good: '1%', bad: '-0.1', value: 0.01 },
  data: { good: '0,0,0\n1,1,1', bad: '0,0,0\n1,1' },
  probe: { good: '0.5,-1', bad: '1,x' },
  state: { good: 'preset=xor&layers=4', bad: 'preset=xor&wings=2', value: { preset: 'xor', layers: [4] } },
});
