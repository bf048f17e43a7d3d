import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../define/gd-playground.js';
import type { GdPlayground } from './gd-playground.js';

/** Stories set attributes as a blogger would write them: name → value (an empty string for a boolean). */
type Args = Record<string, string>;

const MATRIX = JSON.stringify({
  features: [
    [1, 2, 3],
    [4, 5, 6],
  ],
  targets: [14, 32],
});
const LOGISTIC = JSON.stringify({
  features: [
    [1, 2, 3],
    [4, 5, 6],
  ],
  targets: [0, 1],
});

/** Renders a playground with exactly the given attributes (`lang` on a wrapper, as on a course page). */
function render(args: Args) {
  const { lang = '', ...attributes } = args;
  const element = document.createElement('gd-playground');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return html`<div lang=${lang || 'en'} style="max-width: 1100px">${element}</div>`;
}

async function widget(canvasElement: HTMLElement): Promise<GdPlayground> {
  const element = canvasElement.querySelector('gd-playground')!;
  await element.whenReady();
  await element.updateComplete;
  return element;
}

const cell = (element: GdPlayground, step: number, column: string) =>
  (element.shadowRoot!.querySelector(`tr[data-step="${step}"] [data-column="${column}"]`)?.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim();

const meta: Meta<Args> = {
  title: 'Lessons/gd-playground',
  component: 'gd-playground',
  render,
  args: {},
};
export default meta;
type Story = StoryObj<Args>;

/** House prices, linear regression on standardised features, plain gradient descent. Press Step. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    element.shadowRoot!.querySelector<HTMLButtonElement>('#run-step')!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.whenReady();
    await expect(element.session?.current.step).toBe(1);
  },
};

/** Lesson A.2 on raw features: the contours are long thin valleys, and 1e-4 crawls. */
export const HousePrices: Story = {
  args: { preset: 'house-prices', standardize: 'false', 'learning-rate': '0.0001', speed: '20' },
};

/** Lesson A.5, matrix form: w (2, 2, 2) → (2.10, 2.14, 2.18) after one step with α = 0.01. */
export const MatrixStepA5: Story = {
  args: { data: MATRIX, 'no-bias': '', start: '2,2,2', 'learning-rate': '0.01', standardize: 'false' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await element.step(1);
    await expect(cell(element, 1, 'parameters')).toBe('w: 2.1, 2.14, 2.18');
  },
};

/** Lesson A.9: one logistic step with α = 0.1 gives w = (1.95, 1.90, 1.85). */
export const LogisticStepA9: Story = {
  args: {
    data: LOGISTIC,
    model: 'logistic',
    'no-bias': '',
    start: '2,2,2',
    'learning-rate': '0.1',
    standardize: 'false',
  },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await element.step(1);
    await expect(cell(element, 1, 'parameters')).toBe('w: 1.95, 1.9, 1.85');
  },
};

/** Two blobs with logistic regression and mini-batches of 8 (the batch is highlighted). */
export const Blobs: Story = {
  args: { preset: 'blobs', batching: 'mini-batch', 'batch-size': '8', 'learning-rate': '0.5' },
};

/** XOR: no straight line separates it: the loss stalls. */
export const Xor: Story = { args: { preset: 'xor', 'learning-rate': '0.5', speed: '10' } };

/** Three classes with softmax regression and Adam. */
export const Softmax: Story = {
  args: { preset: 'blobs-multi', optimizer: 'adam', 'learning-rate': '0.05', speed: '5' },
};

/** Lesson C.3, the velocity form of momentum: p ← βp + ∇f(w); w ← w − γp. */
export const MomentumVelocity: Story = {
  args: { preset: 'house-prices', optimizer: 'momentum', 'learning-rate': '0.05', momentum: '0.9' },
};

/** Lesson C.3, the heavy-ball form: w ← w − γ∇f(w) + β(w − w_prev). Same path as the velocity form. */
export const MomentumHeavyBall: Story = {
  args: { preset: 'house-prices', optimizer: 'heavy-ball', 'learning-rate': '0.05', momentum: '0.9' },
};

/** A teacher's question: only the learning rate can change. "Which rate converges fastest?" */
export const TeacherQuestion: Story = {
  args: {
    preset: 'linear',
    'lock-data-controls': '',
    'lock-model-controls': '',
    'hide-batching-controls': '',
    'hide-share': '',
    'lock-data-view': '',
    'lock-parameter-view': '',
  },
};

/** Too large a learning rate: the run stops and says why. Press Play. */
export const Diverging: Story = {
  args: { preset: 'house-prices', 'learning-rate': '1.5', speed: '5' },
};

export const Dark: Story = { args: { theme: 'dark', preset: 'moons' } };

export const Turkish: Story = { args: { lang: 'tr', preset: 'house-prices' } };
export const Portuguese: Story = { args: { lang: 'pt', preset: 'blobs' } };
export const Korean: Story = { args: { lang: 'ko', preset: 'blobs-multi' } };

/** Bad attributes: each is explained in the widget, and the last good state is shown. */
export const ErrorState: Story = {
  args: { 'learning-rate': 'fast', optimizer: 'newton', model: 'logistic' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(element.shadowRoot!.querySelectorAll('[part="problems"] [data-attribute]').length).toBe(3);
  },
};
