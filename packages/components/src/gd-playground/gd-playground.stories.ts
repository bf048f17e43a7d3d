import { OPTIMIZER_KINDS, PRESETS } from '@gd-playground/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../define/gd-playground.js';
import {
  attributeArgs,
  attributeArgTypes,
  attributes,
  clickButton,
  darkPage,
  expectControlsForEveryAttribute,
  inShadow,
  shadowQuery,
  shadowText,
  WAIT,
  waitUntil,
} from '../internal/story-helpers.js';
import type { GdPlayground } from './gd-playground.js';
import { PLAYGROUND_PARTS } from './state.js';

/** Stories set attributes as a blogger would write them: name → value (true for a boolean, '' leaves one out). */
type Args = Record<string, string | boolean | undefined>;

/** Lesson A.5's matrix example: X = [[1,2,3],[4,5,6]], targets (14, 32). */
const MATRIX = JSON.stringify({
  features: [
    [1, 2, 3],
    [4, 5, 6],
  ],
  targets: [14, 32],
});
/** Lesson A.9's logistic example: the same X, labels (0, 1). */
const LOGISTIC = JSON.stringify({
  features: [
    [1, 2, 3],
    [4, 5, 6],
  ],
  targets: [0, 1],
});

/** A.5's set-up: no bias, raw features, start w = (2, 2, 2), α = 0.01. */
const A5: Args = {
  data: MATRIX,
  'no-bias': true,
  start: '2,2,2',
  'learning-rate': '0.01',
  standardize: 'false',
};

const options = (values: readonly string[]) => ({ control: 'select' as const, options: ['', ...values] });
const radio = (values: readonly string[]) => ({ control: 'inline-radio' as const, options: ['', ...values] });

const argTypes = attributeArgTypes('gd-playground', {
  preset: options(PRESETS.map((preset) => preset.name)),
  data: { control: 'text', description: 'Points as JSON {"features":[[…]],"targets":[…],"classes"?:[…]}.' },
  model: options(['linear', 'logistic', 'softmax']),
  'no-bias': { control: 'boolean' },
  loss: options(['mse', 'rmse', 'mae', 'huber', 'bce-logits', 'bce', 'cce-logits']),
  convention: radio(['mean', 'half']),
  optimizer: options(OPTIMIZER_KINDS),
  batching: radio(['full', 'mini-batch', 'online']),
  standardize: radio(['true', 'false']),
  'loss-scale': radio(['linear', 'log']),
  'sync-url': { control: 'boolean' },
  // The manifest names these in prose only ("likewise hide-parameter-view, …").
  ...Object.fromEntries(
    PLAYGROUND_PARTS.flatMap((part) => [
      [`hide-${part}`, { control: 'boolean', description: `Hide the ${part.replace(/-/g, ' ')}.` }],
      [`lock-${part}`, { control: 'boolean', description: `Freeze the ${part.replace(/-/g, ' ')}.` }],
    ]),
  ),
});

const meta: Meta<Args> = {
  title: 'Lessons/gd-playground',
  component: 'gd-playground',
  argTypes,
  args: { lang: 'en' },
  // `lang` on a wrapper, as on a course page.
  render: (args) =>
    html`<div lang=${args['lang'] || 'en'} style="max-width: 1100px">
      <gd-playground ${attributes(attributeArgs(args, argTypes))}></gd-playground>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

async function widget(canvasElement: HTMLElement): Promise<GdPlayground> {
  const element = canvasElement.querySelector('gd-playground')!;
  await element.whenReady();
  await element.updateComplete;
  return element;
}

/** One cell of the per-step table: `column` is a `data-column` (parameters, gradient, error, batch, loss, slot-…). */
const cell = (element: GdPlayground, step: number, column: string) =>
  shadowText(element, `tr[data-step="${step}"] [data-column="${column}"]`);

/** The steps the per-step table shows. */
const tableSteps = (element: GdPlayground) =>
  Array.from(element.shadowRoot!.querySelectorAll('tbody tr[data-step]'), (row) =>
    row.getAttribute('data-step'),
  );

const status = (element: GdPlayground) => shadowText(element, '[part="status"]');

/** Picks an option of one of the playground's menus (`optimizer-kind`, `batching-mode`, …). */
async function choose(element: GdPlayground, id: string, value: string): Promise<void> {
  await userEvent.selectOptions(shadowQuery<HTMLSelectElement>(element, `select#${id}`), value);
  await element.whenReady();
}

/** House prices, linear regression on standardised features, plain gradient descent: Step, Play, Pause. */
export const Default: Story = {
  play: async (context) => {
    await expectControlsForEveryAttribute('gd-playground', context);
    const element = await widget(context.canvasElement);
    await expect(status(element)).toMatch(/^Step 0 · loss /);
    await clickButton(element, 'Step');
    await waitUntil(() => element.session?.current.step, 1);
    await waitUntil(() => tableSteps(element), ['0', '1']);
    // Play runs frames of steps until Pause.
    const play = await clickButton(element, 'Play');
    await waitFor(() => expect(element.session!.current.step).toBeGreaterThan(3), WAIT);
    await expect(play.getAttribute('aria-pressed')).toBe('true');
    await clickButton(element, 'Pause');
    await waitUntil(() => element.playing, false);
    await expect(play.getAttribute('aria-pressed')).toBe('false');
    await expect(status(element)).toMatch(new RegExp(`^Step ${element.session!.current.step} · loss `));
  },
};

/** Lesson A.2 on raw features: the contours are long thin valleys, and α = 1e-4 crawls. */
export const HousePrices: Story = {
  name: 'A.2 · House prices, raw features',
  args: { preset: 'house-prices', standardize: 'false', 'learning-rate': '0.0001', speed: '20' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    // The normal equation's solution is marked in parameter space.
    const view = shadowQuery(element, 'gd-playground-parameter-view');
    await waitFor(() => expect(shadowText(view, '.solution-label')).toBe('normal equation'), WAIT);
    await expect(shadowText(shadowQuery(element, 'gd-playground-data-view'), '.summary')).toBe(
      '5 points. Fitted line: ŷ = 0·x + 0.',
    );
  },
};

/** Lesson A.2: trained to convergence on standardised features, the fit is the normal equation's y = 5x + 150. */
export const NormalEquation: Story = {
  name: 'A.2 · House prices, trained to the normal equation',
  args: { preset: 'house-prices', 'learning-rate': '0.1' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await clickButton(element, 'Train until converged');
    await waitFor(() => expect(shadowText(element, '.converged')).toMatch(/^Converged at step/), WAIT);
    const view = shadowQuery(element, 'gd-playground-data-view');
    await waitUntil(() => shadowText(view, '.summary'), '5 points. Fitted line: ŷ = 5·x + 150.');
  },
};

/**
 * Lesson A.5, matrix form: one step with α = 0.01 from w = (2, 2, 2): errors (2, 2), gradient
 * (−10, −14, −18), w = (2.10, 2.14, 2.18), MSE 4 → 0.5994. Step back and Reset return to the start.
 */
export const MatrixStepA5: Story = {
  name: 'A.5 · Matrix step w (2,2,2) → (2.10,2.14,2.18)',
  args: A5,
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(cell(element, 0, 'parameters')).toBe('w: 2, 2, 2');
    await expect(cell(element, 0, 'loss')).toBe('4');
    await clickButton(element, 'Step');
    await waitUntil(() => cell(element, 1, 'parameters'), 'w: 2.1, 2.14, 2.18');
    await expect(cell(element, 1, 'error')).toBe('2, 2');
    await expect(cell(element, 1, 'gradient')).toBe('w: -10, -14, -18');
    await expect(cell(element, 1, 'update')).toBe('w: 0.1, 0.14, 0.18');
    await expect(cell(element, 1, 'loss')).toBe('0.5994');
    await clickButton(element, 'Step');
    await waitUntil(() => tableSteps(element), ['0', '1', '2']);
    await clickButton(element, 'Step back');
    await waitUntil(() => tableSteps(element), ['0', '1']);
    await expect(cell(element, 1, 'parameters')).toBe('w: 2.1, 2.14, 2.18');
    await clickButton(element, 'Reset');
    await waitUntil(() => tableSteps(element), ['0']);
    await expect(status(element)).toBe('Step 0 · loss 4');
  },
};

/** Lesson A.9: one logistic step with α = 0.1 gives w = (1.95, 1.90, 1.85). */
export const LogisticStepA9: Story = {
  name: 'A.9 · Logistic step w → (1.95,1.90,1.85)',
  args: {
    data: LOGISTIC,
    model: 'logistic',
    'no-bias': true,
    start: '2,2,2',
    'learning-rate': '0.1',
    standardize: 'false',
  },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await clickButton(element, 'Step');
    await waitUntil(() => cell(element, 1, 'parameters'), 'w: 1.95, 1.9, 1.85');
    // σ(z) − y: σ(12) − 0 ≈ 1 and σ(30) − 1 ≈ 0, so the gradient is ½ · (1, 2, 3).
    await expect(cell(element, 1, 'gradient')).toBe('w: 0.5, 1, 1.5');
  },
};

/** Lesson A.2: the fitted line y = 5x + 150 predicts 750 for a 120 m² house (the probe writes it out). */
export const ProbeA2: Story = {
  name: 'A.2 · Probe: 120 m² → 750',
  args: { preset: 'house-prices', standardize: 'false', start: '5,150', probe: '120' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await waitUntil(() => shadowText(element, '[data-probe="prediction"]'), 'y^=5·120+150=750');
  },
};

/** Lesson A.4: b = 133, w = (5.1, 6.5) predict 528.5 for x = (75, 2); the matrix lists X next to X·w + b. */
export const ProbeA4: Story = {
  name: 'A.4 · Probe: (75, 2) → 528.5, data as a matrix',
  args: {
    data: JSON.stringify({
      features: [
        [50, 1],
        [60, 2],
        [70, 2],
        [90, 3],
        [100, 3],
      ],
      targets: [394.5, 452, 503, 611.5, 662.5],
      featureNames: ['size (m²)', 'rooms'],
    }),
    start: '5.1,6.5,133',
    probe: '75,2',
    standardize: 'false',
  },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await waitUntil(() => shadowText(element, '[data-probe="prediction"]'), 'y^=5.1·75+6.5·2+133=528.5');
    await expect(shadowText(element, '[data-shapes]')).toBe(
      'X is 5 × 2 (rows are examples, columns are features), w is 2 × 1, and X·w and y are 5 × 1.',
    );
  },
};

/** Lesson A.9 with the probability form of BCE: the ledger shows 6 and 5.65, as the maths gives. */
export const ExactLedgerA9: Story = {
  name: 'A.9 · Exact ledger with loss="bce": 6 → 5.65',
  args: {
    data: LOGISTIC,
    model: 'logistic',
    loss: 'bce',
    'no-bias': true,
    start: '2,2,2',
    'learning-rate': '0.1',
    standardize: 'false',
  },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await clickButton(element, 'Step');
    await waitUntil(() => cell(element, 1, 'loss'), '5.65');
    await expect(cell(element, 1, 'batch-loss')).toBe('6');
  },
};

/**
 * Lesson A.10: full batch uses both rows at every step, online one row, mini-batch `batch-size` rows.
 * Switching the mode in the menu changes the rows of the next step.
 */
export const Batching: Story = {
  name: 'A.10 · Batching: full, online, mini-batch',
  args: { preset: 'house-prices', 'learning-rate': '0.1', seed: '3' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await element.step(1);
    await expect(cell(element, 1, 'batch')).toBe('1, 2, 3, 4, 5');
    await choose(element, 'batching-mode', 'online');
    await element.step(1);
    await waitFor(() => expect(cell(element, 1, 'batch')).toMatch(/^[1-5]$/), WAIT);
    await choose(element, 'batching-mode', 'mini-batch');
    const size = shadowQuery<HTMLInputElement>(element, '#batching-size');
    size.value = '2';
    size.dispatchEvent(new Event('change', { bubbles: true }));
    await element.whenReady();
    await element.step(1);
    await waitFor(() => expect(cell(element, 1, 'batch')).toMatch(/^[1-5], [1-5]$/), WAIT);
  },
};

/** Two blobs with logistic regression and mini-batches of 8 (the batch is highlighted). */
export const Blobs: Story = {
  name: 'Blobs, mini-batches of 8',
  args: { preset: 'blobs', batching: 'mini-batch', 'batch-size': '8', 'learning-rate': '0.5' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await element.step(1);
    await expect(cell(element, 1, 'batch').split(', ')).toHaveLength(8);
  },
};

/** XOR: no straight line separates it: the loss stalls. */
export const Xor: Story = { name: 'XOR', args: { preset: 'xor', 'learning-rate': '0.5', speed: '10' } };

/** Three classes with softmax regression and Adam. */
export const Softmax: Story = {
  name: 'Softmax, three classes',
  args: { preset: 'blobs-multi', optimizer: 'adam', 'learning-rate': '0.05', speed: '5' },
};

/** C.3 on A.5's data: p ← βp + ∇f(w); w ← w − γp. Two steps: w = (2.1936, 2.2786, 2.3636). */
export const MomentumVelocity: Story = {
  name: 'C.3 · Momentum, velocity form',
  args: { ...A5, optimizer: 'momentum', momentum: '0.9' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await element.step(2);
    await expect(cell(element, 1, 'slot-velocity')).toBe('w: -10, -14, -18');
    await expect(cell(element, 2, 'slot-velocity')).toBe('w: -9.36, -13.86, -18.36');
    await expect(cell(element, 2, 'parameters')).toBe('w: 2.1936, 2.2786, 2.3636');
  },
};

/** C.3, the heavy-ball form w ← w − γ∇f(w) + β(w − w_prev): the same path as the velocity form. */
export const MomentumHeavyBall: Story = {
  name: 'C.3 · Momentum, heavy-ball form',
  args: { ...A5, optimizer: 'heavy-ball', momentum: '0.9' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await element.step(2);
    await expect(cell(element, 2, 'parameters')).toBe('w: 2.1936, 2.2786, 2.3636');
  },
};

/** C.4: Adam's first step moves every weight by α whatever the gradient's size: w = (2.01, 2.01, 2.01). */
export const Adam: Story = {
  name: 'C.4 · Adam',
  args: A5,
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    // The learner switches from plain gradient descent to Adam in the menu.
    await choose(element, 'optimizer-kind', 'adam');
    await waitFor(() => expect(shadowText(element, '.step-table thead')).toContain('First moment m'), WAIT);
    await clickButton(element, 'Step');
    await waitUntil(() => cell(element, 1, 'parameters'), 'w: 2.01, 2.01, 2.01');
    await expect(cell(element, 1, 'slot-m')).toBe('w: -1, -1.4, -1.8');
  },
};

/** C.4: RMSprop with ρ = 0.9 scales the first step by 1/√0.1: w = 2 + 0.01 · 3.1623 = 2.0316. */
export const RmsProp: Story = {
  name: 'C.4 · RMSprop',
  args: { ...A5, optimizer: 'rmsprop', decay: '0.9' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await element.step(1);
    await expect(cell(element, 1, 'parameters')).toBe('w: 2.0316, 2.0316, 2.0316');
    await expect(cell(element, 1, 'slot-meanSquare')).toBe('w: 10, 19.6, 32.4');
  },
};

/** A teacher's question: only the learning rate can change. "Which rate converges fastest?" */
export const TeacherQuestion: Story = {
  name: 'Teacher question: only α can change',
  args: {
    preset: 'linear',
    'lock-data-controls': true,
    'lock-model-controls': true,
    'hide-batching-controls': true,
    'hide-share': true,
    'lock-data-view': true,
    'lock-parameter-view': true,
  },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(element.shadowRoot!.querySelector('[part="batching-controls"]')).toBeNull();
    await expect(element.shadowRoot!.querySelector('[part="share"]')).toBeNull();
    await expect(shadowQuery<HTMLFieldSetElement>(element, '[part="model-controls"]').disabled).toBe(true);
    await expect(shadowQuery<HTMLFieldSetElement>(element, '[part="optimizer-controls"]').disabled).toBe(
      false,
    );
  },
};

/** Too large a learning rate: the run stops and says why. */
export const Diverging: Story = {
  name: 'Diverging (α = 1.5)',
  args: { preset: 'house-prices', 'learning-rate': '1.5', speed: '5' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await clickButton(element, 'Play');
    await waitFor(() => expect(shadowText(element, '[part="alert"]')).toMatch(/^Stopped at step \d+:/), WAIT);
    await expect(inShadow(element).getByRole('button', { name: 'Play' })).toBeDisabled();
  },
};

/** Dark theme, on a dark page. */
export const Dark: Story = {
  name: 'Dark theme',
  args: { theme: 'dark', preset: 'moons' },
  decorators: [darkPage],
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(getComputedStyle(element).backgroundColor).toBe('rgb(13, 17, 23)');
    await expect(shadowQuery(element, 'gd-playground-data-view').getAttribute('theme')).toBe('dark');
  },
};

/** English, on A.5's matrix step. */
export const English: Story = {
  name: 'English (en)',
  args: { ...A5, lang: 'en' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await clickButton(element, 'Step');
    await waitUntil(() => cell(element, 1, 'parameters'), 'w: 2.1, 2.14, 2.18');
    await expect(status(element)).toBe('Step 1 · loss 0.5994');
  },
};

/** Turkish: decimal commas, and lists separated by semicolons. */
export const Turkish: Story = {
  name: 'Turkish (tr)',
  args: { ...A5, lang: 'tr' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await clickButton(element, 'Bir adım');
    await waitUntil(() => cell(element, 1, 'parameters'), 'w: 2,1; 2,14; 2,18');
    await expect(status(element)).toBe('Adım 1 · kayıp 0,5994');
  },
};

/** Portuguese, on two blobs. */
export const Portuguese: Story = {
  name: 'Portuguese (pt)',
  args: { lang: 'pt', preset: 'blobs' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await clickButton(element, 'Um passo');
    await waitFor(() => expect(status(element)).toMatch(/^Passo 1 · perda 0,\d+$/), WAIT);
    await expect(shadowText(element, '.step-table thead')).toContain('Novos parâmetros');
  },
};

/** Korean, on three classes. */
export const Korean: Story = {
  name: 'Korean (ko)',
  args: { lang: 'ko', preset: 'blobs-multi' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await clickButton(element, '한 단계');
    await waitUntil(() => tableSteps(element), ['0', '1']);
    await expect(shadowText(element, '.step-table thead')).toContain('새 매개변수');
  },
};

/** Bad attributes: each is explained in the widget, and the last good state is shown. */
export const ErrorState: Story = {
  name: 'Error: bad attributes',
  args: { 'learning-rate': 'fast', optimizer: 'newton', model: 'logistic' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    const problems = Array.from(
      element.shadowRoot!.querySelectorAll('[part="problems"] [data-attribute]'),
      (p) => p.getAttribute('data-attribute'),
    );
    await expect(problems.sort()).toEqual(['learning-rate', 'model', 'optimizer']);
    await expect(shadowText(element, '[part="problems"] [data-attribute="learning-rate"]')).toBe(
      'The “learning-rate” attribute needs a number, but got “fast”.',
    );
    await expect(shadowText(element, '[part="problems"] [data-attribute="model"]')).toBe(
      'The “model” attribute is “logistic”: logistic regression needs targets of 0 or 1 (two classes), and these data are not two classes.',
    );
    // Every placeholder filled in.
    await expect(shadowText(element, '[part="problems"]')).not.toMatch(/\{\w+\}/);
    // The last good state: house prices, plain gradient descent.
    await expect(shadowQuery<HTMLSelectElement>(element, 'select#optimizer-kind').value).toBe('sgd');
  },
};
