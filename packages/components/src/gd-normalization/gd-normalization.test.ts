import { tf } from '@gd-playground/core';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../define/gd-normalization.js';
import {
  checkPageAfterEach,
  mounter,
  shadowText,
  shadowTexts,
  sleep,
} from '../internal/element.test-fixtures.js';
import { describeSchema } from '../internal/schema.test-fixtures.js';
import type { GdNormalization, NormalizationStepDetail } from './gd-normalization.js';

// --- harness: intent-level helpers ------------------------------------------------------------

const GOLDEN = '1,2;3,6;5,10;7,14';

const mount = mounter<GdNormalization>('gd-normalization', {
  width: 900,
  settle: (element) => element.whenReady(),
});

const root = (element: GdNormalization) => element.shadowRoot!;
const readAll = shadowTexts;
/** Values shown in a grid (`input` or `output`), in N, C, H, W order. */
const gridValues = (element: GdNormalization, grid: 'input' | 'output') =>
  readAll(element, `#${grid} .cell .value`);
const stat = (element: GdNormalization, value: 'mean' | 'variance') =>
  readAll(element, `.stats [data-value="${value}"]`);
const problem = (element: GdNormalization, attribute: string) =>
  shadowText(element, `[part="problems"] [data-attribute="${attribute}"]`);
const click = async (element: GdNormalization, selector: string) => {
  root(element).querySelector<HTMLElement>(selector)!.click();
  await element.whenReady();
};

checkPageAfterEach({ settleMs: 30 });

// --- curriculum ------------------------------------------------------------------------------

describe('<gd-normalization>: CURRICULUM C.5', () => {
  it('batch norm of four rows: μ = (4, 8), σ² = (5, 20), normalised ±1.3416 and ±0.4472', async () => {
    const element = await mount({ kind: 'batch', data: GOLDEN, 'hide-training': '' });
    expect(stat(element, 'mean')).toEqual(['4', '8']);
    expect(stat(element, 'variance')).toEqual(['5', '20']);
    expect(gridValues(element, 'output')).toEqual([
      '-1.3416',
      '-1.3416',
      '-0.4472',
      '-0.4472',
      '0.4472',
      '0.4472',
      '1.3416',
      '1.3416',
    ]);
    expect(shadowText(element, '[data-note="axes"]')).toContain('over N, H, W');
    // The first cell's arithmetic, every number shown.
    expect(shadowText(element, '[data-value="x-hat"]')).toBe('-1.3416');
    expect(shadowText(element, '[data-formula="mean"]')).toBe('μ= 1+3+5+7 4 =4');
    // Numbers inside <math> are MathML elements (an HTML <mn> would not render).
    expect(root(element).querySelector('[data-formula="mean"] mn')?.namespaceURI).toBe(
      'http://www.w3.org/1998/Math/MathML',
    );
    // Both columns' cells carry their group's letter: A for feature 1, B for feature 2.
    expect(readAll(element, '#input .cell .letter')).toEqual(['A', 'B', 'A', 'B', 'A', 'B', 'A', 'B']);
  });

  it('layer norm of the same rows turns every row into (−1, 1) to four decimals', async () => {
    const element = await mount({ kind: 'layer', data: GOLDEN, 'hide-training': '' });
    expect(gridValues(element, 'output')).toEqual(['-1', '1', '-1', '1', '-1', '1', '-1', '1']);
    expect(stat(element, 'mean')).toEqual(['1.5', '4.5', '7.5', '10.5']);
    expect(readAll(element, '#input .cell .letter')).toEqual(['A', 'A', 'B', 'B', 'C', 'C', 'D', 'D']);
  });

  it('group norm outlines channel groups within each example; instance norm one group per example and channel', async () => {
    const element = await mount({
      kind: 'group',
      groups: '2',
      shape: '2,4,1,1',
      data: '1,2,3,5;2,4,6,10',
      'hide-training': '',
    });
    expect(readAll(element, '#input .cell .letter')).toEqual(['A', 'A', 'B', 'B', 'C', 'C', 'D', 'D']);
    expect(stat(element, 'mean')).toEqual(['1.5', '4', '3', '8']);
    expect(stat(element, 'variance')).toEqual(['0.25', '1', '1', '4']);
    element.setAttribute('kind', 'instance');
    await element.whenReady();
    expect(readAll(element, '#input .cell .letter')).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
    // Each group holds one value: σ² = 0 and x̂ = 0 everywhere.
    expect(new Set(gridValues(element, 'output'))).toEqual(new Set(['0']));
  });

  it('γ and β per channel and ε change the output as y = γ x̂ + β', async () => {
    const element = await mount({ data: GOLDEN, gamma: '2,1', beta: '0.5,0', 'hide-training': '' });
    expect(gridValues(element, 'output').slice(0, 2)).toEqual(['-2.1833', '-1.3416']);
    const beta = root(element).querySelector<HTMLInputElement>('[data-beta="1"]')!;
    beta.value = '3';
    beta.dispatchEvent(new Event('change'));
    await element.whenReady();
    expect(gridValues(element, 'output')[1]).toBe('1.6584');
    const epsilon = root(element).querySelector<HTMLInputElement>('#epsilon')!;
    epsilon.value = '1';
    epsilon.dispatchEvent(new Event('change'));
    await element.whenReady();
    // x̂ = −3/√(5 + 1) = −1.224745, y = 2 · x̂ + 0.5.
    expect(gridValues(element, 'output')[0]).toBe('-1.9495');
  });
});

describe('<gd-normalization>: training vs evaluation', () => {
  it('folds a batch into the running statistics in PyTorch’s convention, and evaluation mode uses them', async () => {
    const steps: NormalizationStepDetail[] = [];
    const element = await mount({ data: GOLDEN, 'hide-training': '' });
    element.addEventListener('gd-step', (event) =>
      steps.push((event as CustomEvent<NormalizationStepDetail>).detail),
    );
    expect(shadowText(element, '[data-note="convention"]')).toContain('momentum = 0.1');
    await click(element, '#next-batch');
    expect(readAll(element, '[data-value="running-mean"]')).toEqual(['0.4', '0.8']);
    // 0.9 · 1 + 0.1 · (5 · 4/3) and 0.9 · 1 + 0.1 · (20 · 4/3).
    expect(readAll(element, '[data-value="running-variance"]')).toEqual(['1.5667', '3.5667']);
    expect(readAll(element, '[data-value="unbiased"]')).toEqual(['6.6667', '26.6667']);
    expect(steps).toHaveLength(1);
    const step = steps[0] as Extract<NormalizationStepDetail, { source: 'running' }>;
    expect([step.source, step.batch]).toEqual(['running', 2]);
    step.runningMean.forEach((v, c) => {
      expect(v).toBeCloseTo([0.4, 0.8][c] as number, 12);
    });
    step.runningVariance.forEach((v, c) => {
      expect(v).toBeCloseTo(0.9 + ([2, 8][c] as number) / 3, 12);
    });
    // Evaluation mode: the cell's x̂ uses the running mean and variance.
    const evalRadio = root(element).querySelector<HTMLInputElement>('input[name="mode"][value="eval"]')!;
    evalRadio.click();
    await element.whenReady();
    const x = Number(gridValues(element, 'input')[0]);
    const expected = (x - 0.4) / Math.sqrt(0.9 + 2 / 3 + 1e-5);
    expect(shadowText(element, '[data-value="x-hat"]')).toBe((Math.round(expected * 1e4) / 1e4).toString());
    expect(root(element).querySelector('[data-note="eval"]')).not.toBeNull();
  });

  it('a batch of one: batch norm outputs only β (and cannot update), layer norm still gives (−1, 1)', async () => {
    const element = await mount({ data: GOLDEN, 'hide-training': '' });
    await click(element, '#single');
    expect(gridValues(element, 'output')).toEqual(['0', '0']);
    expect(readAll(element, '[data-row="layer"] td')).toEqual(['-1', '1']);
    expect(readAll(element, '[data-row="batch"] td')).toEqual(['0', '0']);
    await click(element, '#next-batch');
    expect(root(element).querySelector('[data-note="refused"]')).not.toBeNull();
    expect(readAll(element, '[data-value="running-mean"]')).toEqual(['0', '0']);
  });
});

describe('<gd-normalization>: keyboard, languages, accessibility', () => {
  it('the input grid is one Tab stop; arrows move the selection and its arithmetic', async () => {
    const element = await mount({ data: GOLDEN, 'hide-training': '' });
    const stops = root(element).querySelectorAll('#input [tabindex="0"]');
    expect(stops).toHaveLength(1);
    const first = stops[0] as HTMLElement;
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await element.whenReady();
    await sleep(40);
    const selected = root(element).querySelector<HTMLElement>('#input [tabindex="0"]')!;
    expect(selected.dataset.k).toBe('2');
    expect(root(element).activeElement).toBe(selected);
    expect(shadowText(element, '[data-value="x-hat"]')).toBe('-0.4472');
    selected.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await element.whenReady();
    expect(root(element).querySelector<HTMLElement>('#input [tabindex="0"]')!.dataset.k).toBe('3');
    expect(shadowText(element, '#arith-title')).toContain('feature 2');
  });

  it.each([
    ['tr', 'her kanal için', '−1,3416'],
    ['pt', 'por canal', '-1,3416'],
    ['ko', '채널마다', '-1.3416'],
    ['en', 'for each channel', '-1.3416'],
  ])('speaks %s with its number format', async (lang, phrase, first) => {
    const element = await mount({ data: GOLDEN, 'hide-training': '' }, lang);
    expect(shadowText(element, '[data-note="axes"]')).toContain(phrase);
    expect(gridValues(element, 'output')[0]?.replace('−', '-')).toBe(first.replace('−', '-'));
  });

  it.each(['light', 'dark'])('has no axe violations in the %s theme', async (theme) => {
    const element = await mount({ theme, kind: 'group', groups: '3' });
    const result = await axe.run(element);
    expect(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
    ).toEqual([]);
  });
});

describe('<gd-normalization>: bad input', () => {
  it('data that does not match the shape: a message naming it, the last good tensor kept, one warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await mount({ data: GOLDEN, 'hide-training': '' });
    element.setAttribute('shape', '4,3,2,2');
    await element.whenReady();
    expect(problem(element, 'data')).toBe(
      'The “data” attribute has 4 rows of 2 values, but the shape 4, 3, 2, 2 needs 4 rows of 12.',
    );
    expect(stat(element, 'mean')).toEqual(['4', '8']);
    expect(warn).toHaveBeenCalledTimes(1);
    element.removeAttribute('shape');
    await element.whenReady();
    expect(problem(element, 'data')).toBe('');
  });

  it('groups that do not divide C, and a non-number: messages, last good state, one warning each', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await mount({ kind: 'group', groups: '3', 'hide-training': '' });
    expect(stat(element, 'mean')).toHaveLength(12);
    element.setAttribute('groups', '2');
    await element.whenReady();
    expect(problem(element, 'groups')).toContain('does not divide the 3 channels');
    expect(stat(element, 'mean')).toHaveLength(12);
    element.setAttribute('data', '1,2;3,x');
    await element.whenReady();
    expect(problem(element, 'data')).toContain('Row 2');
    expect(warn).toHaveBeenCalledTimes(2);
  });
});

describe('<gd-normalization>: effect on training', () => {
  it('steps both networks together (gd-step), resets, and leaves no tensors after remove', async () => {
    const before = tf.memory().numTensors;
    const element = await mount({ data: GOLDEN });
    const steps: NormalizationStepDetail[] = [];
    element.addEventListener('gd-step', (event) =>
      steps.push((event as CustomEvent<NormalizationStepDetail>).detail),
    );
    await click(element, '#step');
    await click(element, '#step');
    expect(steps.map((s) => s.source === 'training' && s.step)).toEqual([1, 2]);
    const last = steps[1] as Extract<NormalizationStepDetail, { source: 'training' }>;
    expect(Number.isFinite(last.normalizedLoss)).toBe(true);
    expect(shadowText(element, '[part="status"]')).toContain('Step 2 of 300');
    // Play for a while, then pause: more steps, the two curves drawn.
    await click(element, '#play');
    await vi.waitFor(() => expect(steps.length).toBeGreaterThan(6), { timeout: 10_000 });
    await click(element, '#play');
    expect(root(element).querySelectorAll('.curve path.line')).toHaveLength(2);
    const resets: unknown[] = [];
    element.addEventListener('gd-reset', (event) => resets.push((event as CustomEvent).detail));
    await click(element, '#reset');
    expect(resets).toEqual([{ step: 0 }]);
    expect(shadowText(element, '[part="status"]')).toContain('Step 0 of 300');
    element.remove();
    await sleep(30);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('<gd-normalization>: playing', () => {
  it('pause then play at once keeps playing, every step announced once and in order', async () => {
    const element = await mount({ data: GOLDEN });
    const steps: number[] = [];
    element.addEventListener('gd-step', (event) => {
      const detail = (event as CustomEvent<NormalizationStepDetail>).detail;
      if (detail.source === 'training') steps.push(detail.step);
    });
    const play = root(element).querySelector<HTMLButtonElement>('#play')!;
    play.click();
    await vi.waitFor(() => expect(steps.length).toBeGreaterThan(2), { timeout: 20_000 });
    play.click();
    await element.updateComplete;
    play.click();
    const seen = steps.length;
    await vi.waitFor(() => expect(steps.length).toBeGreaterThan(seen + 3), { timeout: 20_000 });
    play.click();
    await element.whenReady();
    expect(steps).toEqual(steps.map((_, i) => i + 1));
    expect(root(element).querySelector('[part="status"]')?.getAttribute('data-step')).toBe(
      String(steps.length),
    );
  });
});

describe('<gd-normalization>: the loss curves by keyboard', () => {
  const lossText = (v: number) =>
    Number.isFinite(v) ? new Intl.NumberFormat('en', { maximumSignificantDigits: 4 }).format(v) : 'diverged';

  it('each curve is one Tab stop; arrows, Page keys, Home and End move its point along the curve, the step and loss read out', async () => {
    const element = await mount({ data: GOLDEN });
    const steps: Extract<NormalizationStepDetail, { source: 'training' }>[] = [];
    element.addEventListener('gd-step', (event) => {
      const detail = (event as CustomEvent<NormalizationStepDetail>).detail;
      if (detail.source === 'training') steps.push(detail);
    });
    for (let i = 0; i < 12; i++) await click(element, '#step');
    expect(steps).toHaveLength(12);
    // One keyboard stop per curve, nothing else focusable in the charts.
    expect(
      [...root(element).querySelectorAll('.curve [tabindex]')].map((n) => n.getAttribute('tabindex')),
    ).toEqual(['0', '0']);
    const point = (which: string) => root(element).querySelector<SVGElement>(`.curve .point.${which}`)!;
    const readout = (which: string) => shadowText(element, `.readout[data-curve="${which}"]`);
    // Following the latest step until a key moves it.
    expect(point('plain').getAttribute('aria-valuenow')).toBe('12');
    expect(readout('plain')).toBe(`Step 12: loss ${lossText(steps[11]!.plainLoss)}`);
    // Tab from the Reset button reaches the plain curve's point, then the normalised one's.
    root(element).querySelector<HTMLElement>('#reset')!.focus();
    await userEvent.keyboard('{Tab}');
    expect(root(element).activeElement).toBe(point('plain'));
    expect(point('plain').matches(':focus-visible')).toBe(true);
    await userEvent.keyboard('{Home}');
    await element.whenReady();
    expect(point('plain').getAttribute('aria-valuenow')).toBe('0');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowLeft}');
    await element.whenReady();
    expect(root(element).activeElement).toBe(point('plain'));
    expect(point('plain').getAttribute('aria-valuenow')).toBe('2');
    expect(point('plain').getAttribute('aria-valuetext')).toBe(
      `Step 2: loss ${lossText(steps[1]!.plainLoss)}`,
    );
    // Both points share the step: the two losses side by side at step 2.
    expect(readout('normalized')).toBe(`Step 2: loss ${lossText(steps[1]!.normalizedLoss)}`);
    await userEvent.keyboard('{PageUp}');
    await element.whenReady();
    expect(point('plain').getAttribute('aria-valuenow')).toBe('12');
    await userEvent.keyboard('{Tab}');
    expect(root(element).activeElement).toBe(point('normalized'));
    await userEvent.keyboard('{PageDown}{ArrowDown}');
    await element.whenReady();
    expect(point('normalized').getAttribute('aria-valuenow')).toBe('1');
    expect(readout('normalized')).toBe(`Step 1: loss ${lossText(steps[0]!.normalizedLoss)}`);
    // The point sits on the drawn curve: its centre is the path's vertex for that step.
    const vertices = point('normalized').ownerSVGElement!.querySelector('path.line')!.getAttribute('d')!;
    const second = vertices.split(/[ML]/).filter(Boolean)[1]!.split(',').map(Number);
    expect(Number(point('normalized').getAttribute('cx'))).toBeCloseTo(second[0]!, 0);
    expect(Number(point('normalized').getAttribute('cy'))).toBeCloseTo(second[1]!, 0);
    await userEvent.keyboard('{End}');
    await element.whenReady();
    expect(point('normalized').getAttribute('aria-valuenow')).toBe('12');
    const result = await axe.run(element);
    expect(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
    ).toEqual([]);
  });

  it('in evaluation mode the batch-norm curve shows the loss with the running statistics', async () => {
    const element = await mount({ data: GOLDEN, mode: 'eval' });
    const steps: Extract<NormalizationStepDetail, { source: 'training' }>[] = [];
    element.addEventListener('gd-step', (event) => {
      const detail = (event as CustomEvent<NormalizationStepDetail>).detail;
      if (detail.source === 'training') steps.push(detail);
    });
    for (let i = 0; i < 3; i++) await click(element, '#step');
    const last = steps[2]!;
    // After three batches the running statistics still lag: the two modes give different losses.
    expect(lossText(last.normalizedEvalLoss)).not.toBe(lossText(last.normalizedLoss));
    expect(shadowText(element, '.curve[data-curve="normalized"] figcaption')).toBe(
      'With batch norm, evaluation mode (running statistics)',
    );
    expect(shadowText(element, '.readout[data-curve="normalized"]')).toBe(
      `Step 3: loss ${lossText(last.normalizedEvalLoss)}`,
    );
    expect(shadowText(element, '[part="status"]')).toContain(`with: ${lossText(last.normalizedEvalLoss)}`);
  });
});

describeSchema(
  'gd-normalization',
  {
    kind: { good: 'layer', bad: 'weight' },
    groups: { good: '3', bad: '1.5' },
    shape: { good: '2,3,1,2', bad: '2,3,1' },
    data: { good: '1,2;3,4', bad: '1,2;3,four' },
    epsilon: { good: '0.001', bad: '-1' },
    momentum: { good: '0.2', bad: '1.5' },
    gamma: { good: '1,2,3', bad: '1,x' },
    beta: { good: '0,1,0', bad: 'b' },
    mode: { good: 'eval', bad: 'test' },
    compare: { good: 'layer', bad: 'group' },
    'learning-rate': { good: '0.05', bad: '0' },
    seed: { good: '7', bad: 'seven' },
  },
  { base: { 'hide-training': '' } },
);
