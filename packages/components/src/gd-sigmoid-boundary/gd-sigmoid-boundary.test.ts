import { TrainingSession, tf } from '@gd-playground/core';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import '../define/gd-sigmoid-boundary.js';
import {
  checkPageAfterEach,
  clean,
  clickCentre,
  listen,
  mounter,
  shadowText,
  sleep,
} from '../internal/element.test-fixtures.js';
import { describeSchema } from '../internal/schema.test-fixtures.js';
import { buildSessionOptions } from './data.js';
import type { GdSigmoidBoundary, SigmoidProbeDetail, SigmoidStepDetail } from './gd-sigmoid-boundary.js';
import { sigmoid } from './logistic-math.js';

// --- harness: intent-level helpers ------------------------------------------------------------

/** Four points on a line: two of each class, easy to count by hand. */
const FOUR = '[{"x":[-2,-1],"y":0},{"x":[-1,-2],"y":0},{"x":[1,2],"y":1},{"x":[2,1],"y":1}]';

const mount = mounter<GdSigmoidBoundary>('gd-sigmoid-boundary', {
  width: 820,
  settle: async (element) => {
    await element.updateComplete;
    await element.whenSessionReady();
  },
});

const root = (element: GdSigmoidBoundary) => element.shadowRoot!;
const read = shadowText;

/** What the probe panel shows. */
function readProbe(element: GdSigmoidBoundary) {
  return {
    z: read(element, '[data-value="z"]'),
    probability: read(element, '[data-value="probability"]'),
    label: read(element, '[data-value="class"]'),
  };
}

/** Types into a field's exact-value entry and commits it, as a learner does. */
async function typeEntry(element: GdSigmoidBoundary, id: string, text: string): Promise<void> {
  const input = root(element).querySelector<HTMLInputElement>(`#${id}-text`)!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
}

/** Drags a slider to a value (input while moving, change on release). */
async function slide(element: GdSigmoidBoundary, id: string, value: number): Promise<void> {
  const range = root(element).querySelector<HTMLInputElement>(`#${id}-range`)!;
  range.value = String(value);
  range.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  range.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
}

const setWeights = async (element: GdSigmoidBoundary, weights: number[]) => {
  for (const [i, w] of weights.entries()) await typeEntry(element, `w${i + 1}`, String(w));
};
const setThreshold = (element: GdSigmoidBoundary, t: number) => slide(element, 'threshold', t);

async function trainSteps(element: GdSigmoidBoundary, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    root(element).querySelector<HTMLButtonElement>('[data-action="step"]')!.click();
    await sleep(0);
    await element.whenSessionReady();
    // The step button's promise is internal: wait until the step count shows it.
    for (let k = 0; k < 100 && !read(element, '[data-value="step"]').includes(String(i + 1)); k++)
      await sleep(10);
  }
  await element.updateComplete;
}

// --- set-up: tensors must come back to where they were ----------------------------------------

checkPageAfterEach({ settleMs: 30 });

// --- curriculum ------------------------------------------------------------------------------

describe('<gd-sigmoid-boundary>: curriculum', () => {
  it('A.8: w = (2.8, −4.5), b = 0.4, x = (1, 1.5) shows z = −3.55, σ ≈ 0.0279, class 0', async () => {
    const element = await mount({ weights: '2.8,-4.5', bias: '0.4', probe: '1,1.5' });
    const probe = readProbe(element);
    expect(probe.z).toBe('−3.55');
    expect(probe.probability).toBe('0.0279');
    expect(probe.label).toContain('class 0');
    expect(probe.label).toContain('0.0279 < 0.5');
  });

  it('A.9: the session the widget builds takes w from (2, 2, 2) to (1.95, 1.90, 1.85) in one step', async () => {
    const data = {
      features: [
        [1, 2, 3],
        [4, 5, 6],
      ],
      labels: [0, 1] as (0 | 1)[],
    };
    for (const bias of [null, 0]) {
      const session = await TrainingSession.create(
        buildSessionOptions({ data, weights: [2, 2, 2], bias, learningRate: 0.1 }),
      );
      const [record] = await session.step(1);
      const w = record!.parameters['w']!;
      expect(w[0]).toBeCloseTo(1.95, 5);
      expect(w[1]).toBeCloseTo(1.9, 5);
      expect(w[2]).toBeCloseTo(1.85, 5);
      // With a bias starting at 0 the weights move the same; b ← 0 − 0.1 · mean(σ(z) − y).
      if (bias === 0)
        expect(record!.parameters['b']![0]).toBeCloseTo(-0.1 * ((sigmoid(12) - 0 + sigmoid(30) - 1) / 2), 5);
      session.dispose();
    }
  });

  it('one training step in the widget is w ← w − (α/n) Σ (σ(z) − y) x on the shown data', async () => {
    const element = await mount({ data: FOUR, weights: '0.5,-0.25', bias: '0.1', 'learning-rate': '0.2' });
    const events = listen(element, ['gd-step']);
    await trainSteps(element, 1);
    const rows = JSON.parse(FOUR) as { x: number[]; y: number }[];
    const errors = rows.map((r) => sigmoid(0.5 * r.x[0]! - 0.25 * r.x[1]! + 0.1) - r.y);
    const expected = [0, 1].map(
      (j) => (j === 0 ? 0.5 : -0.25) - (0.2 / 4) * rows.reduce((s, r, i) => s + errors[i]! * r.x[j]!, 0),
    );
    const expectedB = 0.1 - (0.2 / 4) * errors.reduce((s, e) => s + e, 0);
    const detail = events.last<SigmoidStepDetail>('gd-step');
    expect(detail.step).toBe(1);
    expect(detail.weights[0]).toBeCloseTo(expected[0]!, 5);
    expect(detail.weights[1]).toBeCloseTo(expected[1]!, 5);
    expect(detail.bias).toBeCloseTo(expectedB, 5);
    expect(read(element, '[data-value="step"]')).toBe('Step 1');
    expect(root(element).querySelector<HTMLInputElement>('#w1-text')!.value).toBe(
      String(Number(expected[0]!.toFixed(3))),
    );
  });
});

// --- rendering and interaction -----------------------------------------------------------------

describe('<gd-sigmoid-boundary>: views and interaction', () => {
  it('two-feature view: heat map, boundary line with two keyboard handles, summary with equation and counts', async () => {
    const element = await mount({ data: FOUR, weights: '1,1' });
    expect(root(element).querySelector('canvas')).not.toBeNull();
    expect(root(element).querySelectorAll('.point-0')).toHaveLength(2);
    expect(root(element).querySelectorAll('.point-1')).toHaveLength(2);
    const svg = root(element).querySelector('svg[role="group"]')!;
    expect(svg.getAttribute('aria-label')).toContain('decision boundary');
    const summary = read(element, '#chart-summary');
    expect(summary).toContain('1 x₁ + 1 x₂ + 0 = 0');
    expect(summary).toContain('2 points of class 0 and 2 of class 1');
    const handles = root(element).querySelectorAll<SVGCircleElement>('.gd-handle');
    expect(handles).toHaveLength(2);
    // Keyboard: move handle 1 up; the line must still pass through handle 2.
    const events = listen(element, ['input', 'change']);
    const second = { cx: handles[1]!.getAttribute('cx'), cy: handles[1]!.getAttribute('cy') };
    handles[0]!.focus();
    handles[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
    await element.updateComplete;
    expect(element.weights).not.toEqual([1, 1]);
    const after = root(element).querySelectorAll<SVGCircleElement>('.gd-handle');
    expect(after[1]!.getAttribute('cx')).toBe(second.cx);
    expect(after[1]!.getAttribute('cy')).toBe(second.cy);
    expect(events.count('input')).toBe(1);
    expect(events.count('change')).toBe(1);
    expect(root(element).activeElement).toBe(after[0]);
  });

  it('one-feature view: sigmoid curve, threshold line, boundary at x = (logit(t) − b)/w as a keyboard slider', async () => {
    const data = '[{"x":-2,"y":0},{"x":-1,"y":0},{"x":1,"y":1},{"x":2,"y":1}]';
    const element = await mount({ features: '1', data, weights: '2', bias: '1', 'hide-heatmap': '' });
    expect(root(element).querySelector('path.curve')).not.toBeNull();
    expect(root(element).querySelector('.threshold-line')).not.toBeNull();
    expect(read(element, '#chart-summary')).toContain('x = −0.5');
    const handle = root(element).querySelector<SVGCircleElement>('.gd-handle')!;
    expect(handle.getAttribute('role')).toBe('slider');
    expect(handle.getAttribute('aria-valuenow')).toBe('-0.5');
    const events = listen(element, ['input', 'change']);
    handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await element.updateComplete;
    // The boundary moved right by one step (0.1), so b = −w·x = −2 · (−0.4) = 0.8.
    expect(element.bias).toBeCloseTo(0.8, 10);
    expect(read(element, '#chart-summary')).toContain('x = −0.4');
    expect(events.count('input')).toBe(1);
    expect(events.count('change')).toBe(1);
  });

  it('the threshold slider moves the boundary and re-counts the confusion matrix; 0/0 shows “—” with a reason', async () => {
    const element = await mount({ data: FOUR, weights: '1,1' });
    expect(read(element, '[data-cell="tp"]')).toMatch(/^2/);
    expect(read(element, '[data-cell="tn"]')).toMatch(/^2/);
    expect(read(element, '[data-value="accuracy"]')).toBe('100%');
    const events = listen(element, ['input', 'change', 'gd-threshold-change']);
    await setThreshold(element, 0.99);
    // z = ±3 for every point: σ(3) = 0.953 < 0.99, nothing is predicted as class 1.
    expect(element.threshold).toBe(0.99);
    expect(read(element, '[data-cell="tp"]')).toMatch(/^0/);
    expect(read(element, '[data-cell="fn"]')).toMatch(/^2/);
    expect(read(element, '[data-value="precision"]')).toBe('—');
    expect(read(element, '[data-note="precision"]')).toContain('0/0');
    expect(read(element, '[data-value="recall"]')).toBe('0%');
    expect(read(element, 'caption')).toBe('Confusion matrix at threshold 0.99');
    expect(events.count('gd-threshold-change')).toBe(2);
    expect(events.last<{ threshold: number }>('gd-threshold-change').threshold).toBe(0.99);
    expect(events.count('input')).toBe(1);
    expect(events.count('change')).toBe(1);
    const table = root(element).querySelector('table')!;
    expect(table.querySelectorAll('th[scope="col"]')).toHaveLength(2);
    expect(table.querySelectorAll('th[scope="row"]')).toHaveLength(2);
  });

  it('typed entries set weights and bias; a non-number is flagged and ignored', async () => {
    const element = await mount({ data: FOUR });
    const events = listen(element, ['input', 'change']);
    await setWeights(element, [2.8, -4.5]);
    await typeEntry(element, 'bias', '0,4');
    expect(element.weights).toEqual([2.8, -4.5]);
    expect(element.bias).toBe(0.4);
    expect(events.count('change')).toBe(3);
    expect(events.count('input')).toBe(0);
    await typeEntry(element, 'bias', 'abc');
    expect(element.bias).toBe(0.4);
    expect(root(element).querySelector('#bias-text')!.getAttribute('aria-invalid')).toBe('true');
    expect(read(element, '#bias-error')).toContain('Not a number');
    expect(events.count('change')).toBe(3);
  });

  it('clicking the chart moves the probe and fires gd-probe; typed probe coordinates do too', async () => {
    const element = await mount({ data: FOUR, weights: '2.8,-4.5', bias: '0.4' });
    const events = listen(element, ['gd-probe', 'change']);
    const svg = root(element).querySelector<SVGSVGElement>('svg[role="group"]')!;
    clickCentre(svg);
    await element.updateComplete;
    expect(events.count('gd-probe')).toBe(1);
    expect(element.probe).toHaveLength(2);
    const input = root(element).querySelectorAll<HTMLInputElement>('.probe-inputs input');
    input[0]!.value = '1';
    input[0]!.dispatchEvent(new Event('change'));
    input[1]!.value = '1.5';
    input[1]!.dispatchEvent(new Event('change'));
    await element.updateComplete;
    const detail = events.last<SigmoidProbeDetail>('gd-probe');
    expect(detail.x).toEqual([1, 1.5]);
    expect(detail.z).toBeCloseTo(-3.55, 10);
    expect(detail.probability).toBeCloseTo(0.0279, 4);
    expect(detail.label).toBe(0);
    expect(readProbe(element).z).toBe('−3.55');
  });

  it('programmatic property changes re-render but fire no events', async () => {
    const element = await mount({ data: FOUR });
    const events = listen(element, ['input', 'change', 'gd-threshold-change', 'gd-probe', 'gd-step']);
    element.weights = [2.8, -4.5];
    element.bias = 0.4;
    element.threshold = 0.3;
    element.probe = [1, 1.5];
    element.learningRate = 0.1;
    await element.updateComplete;
    await element.whenSessionReady();
    expect(readProbe(element).z).toBe('−3.55');
    expect(read(element, 'caption')).toContain('0.3');
    expect(events.seen).toHaveLength(0);
  });

  it('play trains on animation frames, narrates in the live region, and pause stops it', async () => {
    const element = await mount({ data: FOUR, weights: '0,0', 'steps-per-frame': '5' });
    const events = listen(element, ['gd-step']);
    root(element).querySelector<HTMLButtonElement>('[data-action="play"]')!.click();
    await vi.waitFor(() => expect(events.count('gd-step')).toBeGreaterThanOrEqual(3), { timeout: 10_000 });
    await vi.waitFor(
      () => expect(read(element, '[part="live"]')).toMatch(/^Step \d+: loss 0\.\d+, accuracy 100%$/),
      {
        timeout: 10_000,
      },
    );
    root(element).querySelector<HTMLButtonElement>('[data-action="play"]')!.click();
    await element.updateComplete;
    expect(events.last<SigmoidStepDetail>('gd-step').step % 5).toBe(0);
    expect(element.weights![0]).toBeGreaterThan(0);
    // A frame already reading back when Pause was pressed may still report its steps: let it land.
    await sleep(100);
    const stopped = events.count('gd-step');
    await sleep(100);
    expect(events.count('gd-step')).toBe(stopped);
    // Reset goes back to step 0 and the starting weights.
    root(element).querySelector<HTMLButtonElement>('[data-action="reset"]')!.click();
    await element.whenSessionReady();
    await sleep(20);
    await element.updateComplete;
    expect(element.weights).toEqual([0, 0]);
    expect(read(element, '[data-value="step"]')).toBe('Step 0');
    expect(read(element, '[data-value="loss"]')).toBe('0.6931');
  });

  it('a huge learning rate diverges: gd-diverged fires and training stops', async () => {
    const data = '[{"x":[1e3,1e3],"y":0},{"x":[-1e3,-1e3],"y":1}]';
    const element = await mount({ data, weights: '1,1', 'learning-rate': '1e6' });
    const events = listen(element, ['gd-diverged', 'gd-converged']);
    element.play();
    for (let i = 0; i < 100 && events.seen.length === 0; i++) await sleep(20);
    element.pause();
    // Either outcome is reported as an event; the run must not go on silently.
    expect(events.seen.length).toBeGreaterThan(0);
  });
});

// --- data sources, attributes, languages, bad input ------------------------------------------

describe('<gd-sigmoid-boundary>: data, attributes and languages', () => {
  it('reads data from a child script, from the data property, and from a seeded preset', async () => {
    const element = document.createElement('gd-sigmoid-boundary');
    element.innerHTML = `<script type="application/json">${FOUR}</script>`;
    document.body.append(element);
    await element.updateComplete;
    expect(root(element).querySelectorAll('.point-0, .point-1')).toHaveLength(4);
    element.data = [
      { x: [0, 0], y: 0 },
      { x: [1, 1], y: 1 },
      { x: [2, 2], y: 1 },
    ];
    await element.updateComplete;
    expect(read(element, '#chart-summary')).toContain('1 points of class 0 and 2 of class 1');
    element.remove();
    const a = await mount({ preset: 'moons', seed: '3' });
    const b = await mount({ preset: 'moons', seed: '3' });
    const points = (el: GdSigmoidBoundary) =>
      Array.from(root(el).querySelectorAll('.points > *'), (node) => node.outerHTML).join('');
    expect(root(a).querySelectorAll('.points > *')).toHaveLength(40);
    // Both widgets settle to the same width a frame after mounting; the same seed then draws the same points.
    await vi.waitFor(() => expect(points(a)).toBe(points(b)), { timeout: 10_000 });
  });

  it('hide-* attributes remove their parts', async () => {
    const element = await mount({
      'hide-heatmap': '',
      'hide-training': '',
      'hide-probe': '',
      'hide-matrix': '',
    });
    for (const part of ['training', 'probe', 'matrix'])
      expect(root(element).querySelector(`[part="${part}"]`)).toBeNull();
    expect(root(element).querySelector('canvas')).toBeNull();
    expect(root(element).querySelector('[part="model"]')).not.toBeNull();
  });

  it.each([
    ['tr', 'Eşik', '−3,55', '0,0279'],
    ['pt', 'Limiar', '−3,55', '0,0279'],
    ['ko', '임계값', '−3.55', '0.0279'],
    ['en', 'Threshold', '−3.55', '0.0279'],
  ])('speaks %s (label %s, z = %s, σ = %s)', async (lang, label, z, p) => {
    const element = await mount({ weights: '2.8,-4.5', bias: '0.4', probe: '1,1.5' }, lang);
    expect(read(element, 'label[for="threshold-range"]')).toBe(label);
    expect(readProbe(element).z).toBe(z);
    expect(readProbe(element).probability).toBe(p);
  });

  it('follows a lang change on the element live, re-rendering in place', async () => {
    const element = await mount({ weights: '2.8,-4.5', bias: '0.4', probe: '1,1.5' });
    const panel = root(element).querySelector('[part="probe"]');
    element.setAttribute('lang', 'pt');
    await sleep(0);
    await element.updateComplete;
    expect(read(element, 'legend')).toBe('Modelo');
    expect(readProbe(element).z).toBe('−3,55');
    expect(root(element).querySelector('[part="probe"]')).toBe(panel);
  });

  it.each([
    ['threshold', '1.5', 'out-of-range', (el: GdSigmoidBoundary) => expect(el.threshold).toBe(0.5)],
    ['threshold', 'abc', 'not-a-number', (el: GdSigmoidBoundary) => expect(el.threshold).toBe(0.5)],
    [
      'weights',
      '1,2,3',
      'length-mismatch',
      (el: GdSigmoidBoundary) => expect(el.weights).toEqual([2.8, -4.5]),
    ],
    ['weights', '1,x', 'not-a-list', (el: GdSigmoidBoundary) => expect(el.weights).toEqual([2.8, -4.5])],
    ['bias', 'NaN', 'not-a-number', (el: GdSigmoidBoundary) => expect(el.bias).toBe(0.4)],
    ['learning-rate', '0', 'not-positive', (el: GdSigmoidBoundary) => expect(el.learningRate).toBe(0.5)],
    ['learning-rate', '-1', 'not-positive', (el: GdSigmoidBoundary) => expect(el.learningRate).toBe(0.5)],
    ['probe', '1', 'length-mismatch', (el: GdSigmoidBoundary) => expect(el.probe).toEqual([1, 1.5])],
    ['features', '3', 'unknown-option', (el: GdSigmoidBoundary) => expect(el.features).toBe(2)],
    [
      'data',
      '{oops',
      'not-json',
      (el: GdSigmoidBoundary) => expect(read(el, '#chart-summary')).toContain('2 points of class 0'),
    ],
    [
      'data',
      '[]',
      'empty',
      (el: GdSigmoidBoundary) => expect(read(el, '#chart-summary')).toContain('2 of class 1'),
    ],
    [
      'data',
      '[{"x":[1,2],"y":2}]',
      'not-binary',
      (el: GdSigmoidBoundary) => expect(root(el).querySelectorAll('.point-1')).toHaveLength(2),
    ],
    [
      'data',
      '[{"x":[1],"y":1}]',
      'length-mismatch',
      (el: GdSigmoidBoundary) => expect(root(el).querySelectorAll('.point-0')).toHaveLength(2),
    ],
    ['preset', 'spiral', 'unknown-option', (el: GdSigmoidBoundary) => expect(el.preset).toBe('blobs')],
  ])('bad %s="%s": %s message, one warning, last good state kept', async (attribute, value, code, kept) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await mount({ data: FOUR, weights: '2.8,-4.5', bias: '0.4', probe: '1,1.5' });
    element.setAttribute(attribute, value);
    await element.updateComplete;
    const problem = root(element).querySelector(`[part="problems"] [data-attribute="${attribute}"]`);
    expect(problem?.getAttribute('data-code')).toBe(code);
    expect(clean(problem?.textContent)).toContain(`“${attribute}”`);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain(`“${attribute}”`);
    kept(element);
    // The widget still works: the A.8 probe is still there (unless the probe itself was refused).
    expect(readProbe(element).z).toBe('−3.55');
    // A good value clears the message.
    element.removeAttribute(attribute);
    await element.updateComplete;
    expect(root(element).querySelector('[part="problems"]')).toBeNull();
  });

  it('shows a bad value message in the widget language', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await mount({ threshold: '2' }, 'tr');
    expect(read(element, '[part="problems"] [data-attribute="threshold"]')).toContain('arasında olmalı');
  });

  it('programmatic bad values are refused the same way', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await mount({ data: FOUR });
    element.threshold = 0;
    element.weights = [1];
    await element.updateComplete;
    expect(element.threshold).toBe(0.5);
    expect(element.weights).toEqual([1, 1]);
    expect(root(element).querySelectorAll('[part="problems"] [data-attribute]')).toHaveLength(2);
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it.each(['light', 'dark'])('has no axe violations in the %s theme', async (theme) => {
    const element = await mount({ theme, weights: '2.8,-4.5', bias: '0.4', probe: '1,1.5' });
    const result = await axe.run(element);
    expect(result.violations).toEqual([]);
    const oneFeature = await mount({ theme, features: '1', weights: '2', probe: '0.5', threshold: '0.99' });
    const second = await axe.run(oneFeature);
    expect(second.violations).toEqual([]);
  });

  it('mount → train → remove leaves no tensors behind, and survives a reconnect', async () => {
    const before = tf.memory().numTensors;
    const element = await mount({ data: FOUR, weights: '0.5,0.5' });
    await trainSteps(element, 3);
    const parent = element.parentElement!;
    element.remove();
    await sleep(20);
    expect(tf.memory().numTensors).toBe(before);
    parent.append(element);
    await element.whenSessionReady();
    await element.step(2);
    expect(element.weights).not.toEqual([0.5, 0.5]);
    element.remove();
    await sleep(20);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('restarting and rebuilding cause no Lit change-in-update warning', async () => {
    const warn = vi.spyOn(console, 'warn');
    const element = await mount({ data: FOUR, weights: '0.5,0.5' });
    await trainSteps(element, 2);
    element.setAttribute('weights', '1,-1'); // restart from new weights
    await element.whenSessionReady();
    element.setAttribute('learning-rate', '0.2');
    await element.whenSessionReady();
    await trainSteps(element, 1);
    expect(warn.mock.calls.map((call) => String(call[0])).filter((text) => /update/i.test(text))).toEqual([]);
    warn.mockRestore();
  });
});

// --- the attribute schema: every attribute parses, reports, keeps the last good value, restores ----

describeSchema('gd-sigmoid-boundary', {
  features: { good: '1', bad: '3' },
  weights: { good: '2,-3', bad: '2,x' },
  bias: { good: '0.4', bad: 'abc' },
  threshold: { good: '0.3', bad: '1.5' },
  'learning-rate': { good: '0.2', bad: '0' },
  probe: { good: '1,1.5', bad: '1,x' },
  data: { good: FOUR, bad: '{oops' },
  preset: { good: 'moons', bad: 'spiral' },
  seed: { good: '3', bad: 'x' },
  'steps-per-frame': { good: '5', bad: '500' },
});
