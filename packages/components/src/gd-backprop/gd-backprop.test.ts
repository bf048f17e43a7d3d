import { tf } from '@gd-playground/core';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import '../define/gd-backprop.js';
import {
  checkPageAfterEach,
  clean,
  mounter,
  shadowText,
  shadowTexts,
} from '../internal/element.test-fixtures.js';
import { describeSchema } from '../internal/schema.test-fixtures.js';
import type { BackpropChangeDetail, BackpropStepDetail, GdBackprop } from './gd-backprop.js';

// --- harness: intent-level helpers ------------------------------------------------------------

const CURRICULUM = { expression: '(a*b + c)*f', values: 'a=2, b=-3, c=10, f=-2' };

const mount = mounter<GdBackprop>('gd-backprop', {
  width: 900,
  settle: (element) => element.whenSettled(),
});
const root = (element: GdBackprop) => element.shadowRoot!;
const node = (element: GdBackprop, label: string) =>
  root(element).querySelector<HTMLElement>(`.node[data-label="${label}"]`)!;
const gradOf = (element: GdBackprop, label: string) =>
  clean(node(element, label).querySelector('[data-value="grad"]')?.textContent);
const shownValue = (element: GdBackprop, label: string) =>
  clean(node(element, label).querySelector('[data-value="value"]')?.textContent);
const sentences = (element: GdBackprop) => shadowTexts(element, '.sentence');
const click = async (element: GdBackprop, action: string) => {
  root(element).querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!.click();
  await element.updateComplete;
};
const checkRow = (element: GdBackprop, name: string) =>
  root(element).querySelector<HTMLTableRowElement>(`[part="gradient-check"] tr[data-variable="${name}"]`)!;
const cell = (row: Element, key: string) => clean(row.querySelector(`[data-value="${key}"]`)?.textContent);
const key = (target: Element, name: string) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true }));

async function chooseRule(element: GdBackprop, label: string | undefined, rule: string): Promise<void> {
  if (label) {
    node(element, label).click();
    await element.updateComplete;
  }
  const select = root(element).querySelector<HTMLSelectElement>('#rule')!;
  select.value = rule;
  select.dispatchEvent(new Event('change'));
  await element.whenSettled();
}

checkPageAfterEach();

describeSchema('gd-backprop', {
  expression: { good: 'a*b + c', bad: 'a +' },
  values: { good: 'a=1, b=2, c=3, f=4', bad: 'a=x' },
  phase: { good: 'backward', bad: 'sideways' },
  preset: { good: 'neuron', bad: 'perceptron' },
  activation: { good: 'relu', bad: 'swish' },
  'learning-rate': { good: '0.5', bad: '-1' },
  speed: { good: '2', bad: '0' },
});

describe('<gd-backprop> curriculum B.2 golden values, read from the rendered graph', () => {
  it('phase="backward": L = −8, ∂L/∂a = 6, ∂L/∂b = −4, ∂L/∂c = −2, ∂L/∂f = 4', async () => {
    const element = await mount({ ...CURRICULUM, phase: 'backward' });
    expect(shownValue(element, 'L')).toBe('−8');
    expect(shownValue(element, 'e')).toBe('−6');
    expect(shownValue(element, 'd')).toBe('4');
    expect(['a', 'b', 'c', 'f', 'e', 'd', 'L'].map((label) => gradOf(element, label))).toEqual([
      '6',
      '−4',
      '−2',
      '4',
      '−2',
      '−2',
      '1',
    ]);
    // Edges carry their local derivatives: ∂e/∂a = b = −3, ∂e/∂b = a = 2.
    expect(shadowText(element, '[data-edge="0-2-0"]')).toBe('−3');
    expect(shadowText(element, '[data-edge="1-2-1"]')).toBe('2');
  });

  it('the gradient check agrees with central differences and tfjs autodiff, in green', async () => {
    const element = await mount({ ...CURRICULUM, phase: 'backward' });
    for (const [name, grad] of [
      ['a', '6'],
      ['b', '−4'],
      ['c', '−2'],
      ['f', '4'],
    ]) {
      const row = checkRow(element, name!);
      expect(row.className).toBe('ok');
      expect(cell(row, 'backprop')).toBe(grad);
      expect(cell(row, 'numeric')).toBe(grad);
      expect(cell(row, 'tfjs')).toBe(grad);
      expect(cell(row, 'status')).toBe('✓ agrees');
    }
  });

  it('steps forward node by node, then backward with the chain rule in numbers, firing gd-step', async () => {
    const element = await mount({ ...CURRICULUM, phase: 'none' });
    const events: BackpropStepDetail[] = [];
    element.addEventListener('gd-step', (e) => events.push((e as CustomEvent<BackpropStepDetail>).detail));
    expect(shownValue(element, 'e')).toBe('—');
    for (let i = 0; i < 3; i++) await click(element, 'step');
    expect(sentences(element)).toEqual(['e = a · b = 2 · −3 = −6']);
    expect(shownValue(element, 'e')).toBe('−6');
    expect(events.map((d) => `${d.pass}:${d.node}`)).toEqual(['forward:a', 'forward:b', 'forward:e']);
    for (let i = 0; i < 4; i++) await click(element, 'step');
    expect(gradOf(element, 'a')).toBe('—');
    await click(element, 'step'); // seed ∂L/∂L = 1
    expect(sentences(element)).toEqual(['The backward pass starts at the output: ∂L/∂L = 1.']);
    await click(element, 'step'); // L = d·f
    expect(sentences(element)).toEqual([
      '∂L/∂d = ∂L/∂L · ∂L/∂d = 1 · −2 = −2',
      '∂L/∂f = ∂L/∂L · ∂L/∂f = 1 · 4 = 4',
    ]);
    await click(element, 'step'); // d = e + c
    await click(element, 'step'); // e = a·b
    expect(sentences(element)).toEqual([
      '∂L/∂a = ∂L/∂e · ∂e/∂a = −2 · −3 = 6',
      '∂L/∂b = ∂L/∂e · ∂e/∂b = −2 · 2 = −4',
    ]);
    expect(events.at(-1)).toMatchObject({ node: 'e', pass: 'backward', position: 11, total: 11, grad: -2 });
    expect(shadowText(element, '[data-value="position"]')).toBe('Step 11 of 11: backward pass');
    await click(element, 'back');
    expect(gradOf(element, 'a')).toBe('—');
    await click(element, 'reset');
    expect(shownValue(element, 'L')).toBe('—');
    expect(events).toHaveLength(11);
  });

  it('a value used twice: the two paths add up, and the sentence says so', async () => {
    const element = await mount({ expression: 'a*b + a', values: 'a=3, b=4', phase: 'backward' });
    expect(gradOf(element, 'a')).toBe('5');
    await click(element, 'back');
    await click(element, 'step');
    expect(sentences(element)[0]).toBe(
      '∂L/∂a = ∂L/∂e · ∂e/∂a = 1 · 4 = 4; a feeds more than one node, so the paths add up: ∂L/∂a = 1 + 4 = 5',
    );
  });
});

describe('<gd-backprop> custom backward rules', () => {
  it('wrong sign at e: ∂L/∂a becomes −6 and the check turns red; tfjs (tf.customGrad) agrees with the graph', async () => {
    const element = await mount({ ...CURRICULUM, phase: 'backward' });
    await chooseRule(element, 'e', 'wrong-sign');
    expect(gradOf(element, 'a')).toBe('−6');
    expect(gradOf(element, 'c')).toBe('−2');
    const a = checkRow(element, 'a');
    expect(a.className).toBe('bad');
    expect(cell(a, 'tfjs')).toBe('−6');
    expect(cell(a, 'numeric')).toBe('6');
    expect(cell(a, 'relative')).toBe('2');
    expect(cell(a, 'status')).toBe('✗ differs');
    expect(checkRow(element, 'c').className).toBe('ok');
    expect(node(element, 'e').classList.contains('overridden')).toBe(true);
  });

  it('a typed formula; a formula that does not parse says where', async () => {
    const element = await mount({ ...CURRICULUM, phase: 'backward' });
    await chooseRule(element, 'e', 'formula');
    const input = root(element).querySelector<HTMLInputElement>('#formula')!;
    input.value = '2*x';
    input.dispatchEvent(new Event('change'));
    await element.whenSettled();
    // ∂L/∂a = ∂L/∂e · 2a = −2 · 4 = −8.
    expect(gradOf(element, 'a')).toBe('−8');
    input.value = '2*';
    input.dispatchEvent(new Event('change'));
    await element.whenSettled();
    expect(shadowText(element, '#formula-problem')).toBe('The formula cannot be read at column 3.');
  });

  it('network preset: Jacobian shapes, ∂L/∂W = g xᵀ, the check by parameter and training with and without the rule', async () => {
    const element = await mount({ preset: 'network', 'learning-rate': '0.5' });
    const caption = () => shadowText(element, '[part="jacobian"] caption');
    expect(caption()).toBe('Jacobian ∂a/∂h of tanh: 3 × 3');
    root(element).querySelector<HTMLButtonElement>('[data-module="linear1"]')!.click();
    await element.updateComplete;
    expect(caption()).toBe('Jacobian ∂h/∂x of Linear 1: 3 × 2');
    expect(shadowText(element, '[part="weight-gradient"] caption')).toBe(
      '∂L/∂W = g xᵀ: 3 × 2, the same shape as W',
    );
    key(root(element).querySelector('[data-module="linear1"]')!, 'End');
    await element.updateComplete;
    expect(caption()).toBe('Jacobian ∂L/∂p of Cross-entropy: 1 × 3');
    const rows = () =>
      [...root(element).querySelectorAll('[part="gradient-check"] tbody tr')].map((r) => r.className);
    expect(rows()).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
    expect(root(element).querySelectorAll('[data-value="loss-custom"]')).toHaveLength(0);
    await chooseRule(element, undefined, 'wrong-sign');
    expect(rows()).toEqual(['bad', 'bad', 'ok', 'ok', 'bad']);
    const plain = shadowTexts(element, '[data-value="loss-true"]');
    const custom = shadowTexts(element, '[data-value="loss-custom"]');
    expect(custom[0]).toBe(plain[0]);
    expect(custom.at(-1)).not.toBe(plain.at(-1));
  });
});

describe('<gd-backprop> presets', () => {
  it('neuron: L = (σ(w·x + b) − y)² = 0.25, ∂L/∂w = −0.5, ∂L/∂b = −0.25; a gradient step lowers L', async () => {
    const element = await mount({ preset: 'neuron', phase: 'backward', 'learning-rate': '0.5' });
    expect(shownValue(element, 'L')).toBe('0.25');
    expect(gradOf(element, 'w')).toBe('−0.5');
    expect(gradOf(element, 'b')).toBe('−0.25');
    const changes: BackpropChangeDetail[] = [];
    element.addEventListener('gd-change', (e) =>
      changes.push((e as CustomEvent<BackpropChangeDetail>).detail),
    );
    await click(element, 'descend');
    expect(changes[0]?.values).toMatchObject({ w: 0.75, b: -0.875, x: 2, y: 1 });
    expect(changes[0]!.loss).toBeLessThan(0.25);
  });

  it('logistic-step (A.9): BCE 6.000003, one step with α = 0.1 gives w = (1.95, 1.9, 1.85)', async () => {
    const element = await mount({ preset: 'logistic-step', phase: 'backward' });
    expect(shadowText(element, '[data-value="descent"]')).toBe('Steps taken: 0. L = 6.000003');
    await click(element, 'descend');
    const inputs = ['w1', 'w2', 'w3'].map(
      (name) => root(element).querySelector<HTMLInputElement>(`input[data-variable="${name}"]`)!.value,
    );
    expect(inputs.map((v) => Number(v).toFixed(4))).toEqual(['1.9500', '1.9000', '1.8500']);
    expect(shadowText(element, '[data-value="descent"]')).toBe('Steps taken: 1. L = 5.650008');
  });
});

describe('<gd-backprop> keyboard, editing, languages, bad input, accessibility, tensors', () => {
  it('one Tab stop; arrows move between nodes, Home and End to the ends; Enter edits an input in place', async () => {
    const element = await mount({ ...CURRICULUM, phase: 'backward' });
    const tabStops = [...root(element).querySelectorAll('.node')].filter(
      (n) => n.getAttribute('tabindex') === '0',
    );
    expect(tabStops.map((n) => n.getAttribute('data-label'))).toEqual(['a']);
    node(element, 'a').focus();
    key(node(element, 'a'), 'ArrowDown');
    await element.updateComplete;
    expect(root(element).activeElement?.getAttribute('data-label')).toBe('b');
    key(node(element, 'b'), 'ArrowRight');
    await element.updateComplete;
    expect(root(element).activeElement?.getAttribute('data-label')).toMatch(/^[ec]$/);
    key(root(element).activeElement!, 'End');
    await element.updateComplete;
    expect(root(element).activeElement?.getAttribute('data-label')).toBe('L');
    key(node(element, 'L'), 'ArrowLeft');
    await element.updateComplete;
    expect(root(element).activeElement?.getAttribute('data-label')).toMatch(/^[df]$/);
    key(root(element).activeElement!, 'Home');
    await element.updateComplete;
    key(node(element, 'a'), 'Enter');
    await element.updateComplete;
    const input = root(element).activeElement as HTMLInputElement;
    expect(input.dataset['variable']).toBe('a');
    input.value = '3';
    key(input, 'Enter');
    await element.whenSettled();
    // (3·−3 + 10)·−2 = −2; ∂L/∂a = b·f = 6 still.
    expect(shownValue(element, 'L')).toBe('−2');
    expect(root(element).activeElement?.getAttribute('data-label')).toBe('a');
  });

  it('speaks four languages, with locale numbers in the sentences', async () => {
    const expected = {
      en: ['Speed', 'Step 11 of 11: backward pass'],
      tr: ['Hız', 'Adım 11 / 11: geri geçiş'],
      pt: ['Velocidade', 'Passo 11 de 11: passagem para trás'],
      ko: ['속도', '11단계 중 11단계: 역방향 패스'],
    };
    for (const [lang, [speed, status]] of Object.entries(expected)) {
      const element = await mount({ expression: 'a*b', values: 'a=0.5, b=-3', phase: 'backward' }, lang);
      expect(shadowText(element, 'label[for="speed"]')).toBe(speed);
      expect(gradOf(element, 'b')).toBe(lang === 'tr' || lang === 'pt' ? '0,5' : '0.5');
      void status;
    }
    const element = await mount({ ...CURRICULUM, phase: 'backward' }, 'tr');
    expect(shadowText(element, '[data-value="position"]')).toBe('Adım 11 / 11: geri geçiş');
  });

  it('an expression that does not parse says where, keeps the last good graph and warns once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await mount({ ...CURRICULUM, phase: 'backward' });
    element.setAttribute('expression', '(a*b + c');
    await element.whenSettled();
    expect(shadowText(element, '[part="problems"] [data-attribute="expression"]')).toBe(
      'The “expression” attribute opens a parenthesis at column 1 that is never closed.',
    );
    expect(shownValue(element, 'L')).toBe('−8');
    expect(gradOf(element, 'a')).toBe('6');
    element.setAttribute('expression', 'a*b + c*f + g');
    await element.whenSettled();
    expect(shadowText(element, '[part="problems"] [data-attribute="values"]')).toBe(
      'The “values” attribute gives no value for “g”, which the expression uses.',
    );
    expect(shownValue(element, 'L')).toBe('−8');
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it.each(['light', 'dark'])('has no axe violations in the %s theme', async (theme) => {
    const element = await mount({ ...CURRICULUM, phase: 'backward', theme });
    node(element, 'e').click();
    await element.updateComplete;
    expect((await axe.run(element)).violations).toEqual([]);
    const network = await mount({ preset: 'network', theme });
    expect((await axe.run(network)).violations).toEqual([]);
  });

  it('mount → step → remove leaves no tensors behind', async () => {
    const before = tf.memory().numTensors;
    const element = await mount({ ...CURRICULUM, phase: 'forward' });
    for (let i = 0; i < 4; i++) await click(element, 'step');
    await chooseRule(element, 'e', 'clipped');
    const network = await mount({ preset: 'network' });
    await chooseRule(network, undefined, 'straight-through');
    element.remove();
    network.remove();
    expect(tf.memory().numTensors).toBe(before);
  });
});
