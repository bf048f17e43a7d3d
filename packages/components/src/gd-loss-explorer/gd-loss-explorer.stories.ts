import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent } from 'storybook/test';
import '../define/gd-loss-explorer.js';
import {
  attributeArgs,
  attributeArgTypes,
  attributes,
  darkPage,
  expectControlsForEveryAttribute,
  shadowText,
  typeInto,
  waitUntil,
} from '../internal/story-helpers.js';
import type { GdLossExplorer } from './gd-loss-explorer.js';

/** Args are the attributes as a course page writes them, plus the `lang` of the page around the widget. */
type Args = Record<string, string | number | boolean | undefined>;

const argTypes = attributeArgTypes('gd-loss-explorer', {
  truth: { control: 'text', description: 'Truths, comma-separated or JSON.' },
  predicted: { control: 'text', description: 'Predictions, as many as truths.' },
  losses: { control: 'text', description: 'mse, rmse, mae, huber, smooth-l1, bce.' },
  delta: { control: { type: 'number', step: 0.5 }, description: 'Huber δ > 0.' },
  beta: { control: { type: 'number', step: 0.5 }, description: 'Smooth L1 β > 0.' },
  convention: { control: 'inline-radio', options: ['mean', 'half'] },
});

const meta: Meta<Args> = {
  title: 'Lessons/gd-loss-explorer',
  component: 'gd-loss-explorer',
  argTypes,
  args: {
    truth: '10, 20, 30',
    predicted: '12, 18, 30',
    losses: 'mse, rmse, mae',
    delta: 1,
    beta: 1,
    convention: 'mean',
    theme: '',
    lang: 'en',
    'hide-chart': false,
    'hide-plot': false,
    'hide-formulas': false,
    'hide-mean-error': false,
    'hide-loss-picker': false,
  },
  render: (args) =>
    html`<div lang=${args['lang'] || nothing}>
      <gd-loss-explorer ${attributes(attributeArgs(args, argTypes))}></gd-loss-explorer>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The explorer once Lit has rendered it and core has computed its numbers. */
async function explorer(canvasElement: HTMLElement) {
  const element = canvasElement.querySelector('gd-loss-explorer') as GdLossExplorer;
  await element.updateComplete;
  const root = element.shadowRoot!;
  const column = (id: string) =>
    Array.from(root.querySelectorAll(`tbody td[data-loss="${id}"]`), (td) => td.textContent!.trim());
  const total = (id: string) => shadowText(element, `tfoot td[data-total="${id}"]`);
  return {
    element,
    root,
    column,
    total,
    /** The input of one row's truth or prediction (rows counted from 1). */
    cell: (row: number, name: 'truth' | 'predicted') =>
      root.querySelector<HTMLInputElement>(`tr[data-row="${row - 1}"] input[data-column="${name}"]`)!,
    /** Waits until the column's totals read as given (the numbers come from core asynchronously). */
    totalBecomes: (id: string, expected: string) => waitUntil(() => total(id), expected),
    columnBecomes: (id: string, expected: string[]) => waitUntil(() => column(id), expected),
  };
}

/** Lesson A.3's first table: MSE 8/3, RMSE ≈ 1.633, MAE 4/3; the signed errors cancel to 0. */
export const Default: Story = {
  play: async (context) => {
    await expectControlsForEveryAttribute('gd-loss-explorer', context);
    const x = await explorer(context.canvasElement);
    await expect(x.total('mse')).toBe('2.6667');
    await expect(x.total('rmse')).toBe('1.633');
    await expect(x.total('mean-error')).toBe('0');
    // Moving the third prediction up with the keyboard breaks the cancellation.
    const handle = x.root.querySelectorAll<SVGCircleElement>('.gd-handle')[2]!;
    handle.focus();
    handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
    await x.columnBecomes('mse', ['4', '4', '1']);
    await x.totalBecomes('mean-error', '0.3333');
  },
};

/** A.3, first example: per row MSE 4, 4, 0 and MAE 2, 2, 0. Typing a prediction updates every total. */
export const MeanSquaredAndAbsolute: Story = {
  name: 'A.3 · MSE, RMSE and MAE',
  args: { 'hide-chart': true },
  play: async ({ canvasElement }) => {
    const x = await explorer(canvasElement);
    await expect(x.column('mse')).toEqual(['4', '4', '0']);
    await expect(x.column('mae')).toEqual(['2', '2', '0']);
    await expect(x.total('mae')).toBe('1.3333');
    // The learner types 33 as the third prediction: row 3 is off by 3, so MSE = (4 + 4 + 9) / 3.
    await typeInto(x.cell(3, 'predicted'), '33');
    await x.columnBecomes('mse', ['4', '4', '9']);
    await x.totalBecomes('mse', '5.6667');
    await x.totalBecomes('mae', '2.3333');
    // Unticking MAE in the picker removes its column.
    await userEvent.click(x.root.querySelector<HTMLInputElement>('input[name="loss"][value="mae"]')!);
    await waitUntil(() => x.root.querySelector('tfoot td[data-total="mae"]'), null);
  },
};

/** Huber with δ = 4 and Smooth L1 with β = 5 on an outlier: the linear regions keep it in check. */
export const HuberAndSmoothL1: Story = {
  name: 'A.3 · Huber δ = 4 and Smooth L1 β = 5',
  args: { predicted: '15, 18, 40', losses: 'huber, smooth-l1, mse', delta: 4, beta: 5 },
  play: async ({ canvasElement }) => {
    const x = await explorer(canvasElement);
    await expect(x.column('huber')).toEqual(['12', '2', '32']);
    await expect(x.total('huber')).toBe('15.3333');
    await expect(x.column('smooth-l1')).toEqual(['2.5', '0.4', '7.5']);
    await expect(x.total('smooth-l1')).toBe('3.4667');
    // Typing δ = 10 makes every row quadratic: Huber becomes half the squared error.
    await typeInto(x.root.querySelector<HTMLInputElement>('[data-parameter="delta"] input.typed')!, '10');
    await x.columnBecomes('huber', ['12.5', '2', '50']);
  },
};

/** Binary cross-entropy on probabilities: signed terms −0.105, −0.357, −0.357 and BCE ≈ 0.27. */
export const BinaryCrossEntropy: Story = {
  name: 'A.3 · Binary cross-entropy',
  args: { truth: '1, 1, 0', predicted: '0.9, 0.7, 0.3', losses: 'bce' },
  play: async ({ canvasElement }) => {
    const x = await explorer(canvasElement);
    await expect(x.column('bce')).toEqual(['-0.105', '-0.357', '-0.357']);
    await expect(x.total('bce')).toBe('0.2729');
    // Relabelling the third row as a positive: p = 0.3 for a true 1 costs ln 0.3 ≈ −1.204.
    await typeInto(x.cell(3, 'truth'), '1');
    await x.columnBecomes('bce', ['-0.105', '-0.357', '-1.204']);
    await x.totalBecomes('bce', '0.5553');
  },
};

/** Dark theme, on a dark page. */
export const Dark: Story = {
  name: 'Dark theme',
  args: { predicted: '15, 18, 40', losses: 'mse, mae, huber', delta: 4, theme: 'dark' },
  decorators: [darkPage],
  play: async ({ canvasElement }) => {
    const x = await explorer(canvasElement);
    await expect(getComputedStyle(x.element).backgroundColor).toBe('rgb(13, 17, 23)');
    await expect(x.total('huber')).toBe('15.3333');
  },
};

/** English. */
export const English: Story = {
  name: 'English (en)',
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const x = await explorer(canvasElement);
    await expect(x.total('mse')).toBe('2.6667');
    await expect(shadowText(x.element, 'thead')).toContain('Prediction ŷ');
  },
};

/** Turkish: decimal comma. */
export const Turkish: Story = {
  name: 'Turkish (tr)',
  args: { lang: 'tr' },
  play: async ({ canvasElement }) => {
    const x = await explorer(canvasElement);
    await expect(x.total('mse')).toBe('2,6667');
    await expect(shadowText(x.element, 'thead')).toContain('Gerçek y');
  },
};

/** Portuguese: decimal comma. */
export const Portuguese: Story = {
  name: 'Portuguese (pt)',
  args: { lang: 'pt', predicted: '15, 18, 40', losses: 'huber, smooth-l1', delta: 4, beta: 5 },
  play: async ({ canvasElement }) => {
    const x = await explorer(canvasElement);
    await expect(x.total('smooth-l1')).toBe('3,4667');
    await expect(shadowText(x.element, 'thead')).toContain('Previsão ŷ');
  },
};

/** Korean. */
export const Korean: Story = {
  name: 'Korean (ko)',
  args: { lang: 'ko', truth: '1, 1, 0', predicted: '0.9, 0.7, 0.3', losses: 'bce, mse' },
  play: async ({ canvasElement }) => {
    const x = await explorer(canvasElement);
    await expect(x.total('bce')).toBe('0.2729');
    await expect(shadowText(x.element, 'thead')).toContain('실제값 y');
  },
};

/** A typo in an attribute: a localised message, and the last valid state is kept. */
export const BadAttribute: Story = {
  name: 'Error: bad attributes',
  args: { predicted: '12, 18', losses: 'mse, hubber' },
  play: async ({ canvasElement }) => {
    const x = await explorer(canvasElement);
    const problems = Array.from(x.root.querySelectorAll('[part="problems"] [data-attribute]'), (p) =>
      p.getAttribute('data-attribute'),
    );
    await expect(problems.sort()).toEqual(['losses', 'predicted']);
    await expect(shadowText(x.element, '[part="problems"] [data-attribute="losses"]')).toBe(
      'The “losses” attribute does not know “hubber”. Choose from: mse, rmse, mae, huber, smooth-l1, bce.',
    );
    await expect(x.total('mse')).toBe('2.6667');
  },
};
