import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import '../define/gd-loss-explorer.js';
import type { GdLossExplorer } from './gd-loss-explorer.js';

interface Args {
  truth: string;
  predicted: string;
  losses: string;
  delta: number;
  beta: number;
  convention: 'mean' | 'half';
  theme?: 'light' | 'dark';
  lang: string;
  hideChart: boolean;
  hidePlot: boolean;
  hideFormulas: boolean;
  hideMeanError: boolean;
  hideLossPicker: boolean;
}

const meta: Meta<Args> = {
  title: 'Lessons/gd-loss-explorer',
  component: 'gd-loss-explorer',
  args: {
    truth: '10, 20, 30',
    predicted: '12, 18, 30',
    losses: 'mse, rmse, mae',
    delta: 1,
    beta: 1,
    convention: 'mean',
    lang: 'en',
    hideChart: false,
    hidePlot: false,
    hideFormulas: false,
    hideMeanError: false,
    hideLossPicker: false,
  },
  argTypes: {
    truth: { control: 'text', description: 'Truths, comma-separated or JSON.' },
    predicted: { control: 'text', description: 'Predictions, as many as truths.' },
    losses: { control: 'text', description: 'mse, rmse, mae, huber, smooth-l1, bce.' },
    delta: { control: { type: 'number', step: 0.5 }, description: 'Huber δ > 0.' },
    beta: { control: { type: 'number', step: 0.5 }, description: 'Smooth L1 β > 0.' },
    convention: { control: 'inline-radio', options: ['mean', 'half'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    lang: { control: 'inline-radio', options: ['en', 'tr', 'pt', 'ko'] },
    hideChart: { control: 'boolean' },
    hidePlot: { control: 'boolean' },
    hideFormulas: { control: 'boolean' },
    hideMeanError: { control: 'boolean' },
    hideLossPicker: { control: 'boolean' },
  },
  render: (args) =>
    html`<div lang=${args.lang}>
      <gd-loss-explorer
        truth=${args.truth}
        predicted=${args.predicted}
        losses=${args.losses}
        delta=${String(args.delta)}
        beta=${String(args.beta)}
        convention=${args.convention}
        theme=${ifDefined(args.theme)}
        ?hide-chart=${args.hideChart}
        ?hide-plot=${args.hidePlot}
        ?hide-formulas=${args.hideFormulas}
        ?hide-mean-error=${args.hideMeanError}
        ?hide-loss-picker=${args.hideLossPicker}
      ></gd-loss-explorer>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The explorer once Lit has rendered it and core has computed its numbers. */
async function explorer(canvasElement: HTMLElement) {
  const element = canvasElement.querySelector('gd-loss-explorer') as GdLossExplorer;
  await element.updateComplete;
  const root = element.shadowRoot!;
  return {
    element,
    root,
    column: (id: string) =>
      Array.from(root.querySelectorAll(`tbody td[data-loss="${id}"]`), (td) => td.textContent!.trim()),
    total: (id: string) => root.querySelector(`tfoot td[data-total="${id}"]`)?.textContent?.trim(),
  };
}

/** Lesson A.3's first table: MSE 8/3, RMSE ≈ 1.633, MAE 4/3; the signed errors cancel to 0. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const x = await explorer(canvasElement);
    await expect(x.total('mse')).toBe('2.6667');
    await expect(x.total('rmse')).toBe('1.633');
    // Moving the third prediction up with the keyboard breaks the cancellation.
    const handle = x.root.querySelectorAll<SVGCircleElement>('.gd-handle')[2]!;
    handle.focus();
    handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
    await x.element.updateComplete;
    await expect(x.column('mse')).toEqual(['4', '4', '1']);
    await expect(x.total('mean-error')).toBe('0.3333');
  },
};

/** The same table, MSE, RMSE and MAE only (the curriculum's first worked example). */
export const MeanSquaredAndAbsolute: Story = {
  args: { hideChart: true },
  play: async ({ canvasElement }) => {
    const x = await explorer(canvasElement);
    await expect(x.column('mse')).toEqual(['4', '4', '0']);
    await expect(x.column('mae')).toEqual(['2', '2', '0']);
    await expect(x.total('mae')).toBe('1.3333');
  },
};

/** Huber with δ = 4 and Smooth L1 with β = 5 on an outlier: the linear regions keep it in check. */
export const HuberAndSmoothL1: Story = {
  args: { predicted: '15, 18, 40', losses: 'huber, smooth-l1, mse', delta: 4, beta: 5 },
  play: async ({ canvasElement }) => {
    const x = await explorer(canvasElement);
    await expect(x.column('huber')).toEqual(['12', '2', '32']);
    await expect(x.total('huber')).toBe('15.3333');
    await expect(x.column('smooth-l1')).toEqual(['2.5', '0.4', '7.5']);
    await expect(x.total('smooth-l1')).toBe('3.4667');
    // Typing δ = 10 makes every row quadratic: Huber becomes half the MSE.
    const typed = x.root.querySelector<HTMLInputElement>('[data-parameter="delta"] input.typed')!;
    typed.value = '10';
    typed.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await x.element.updateComplete;
    await expect(x.column('huber')).toEqual(['12.5', '2', '50']);
  },
};

/** Binary cross-entropy on probabilities: signed terms −0.105, −0.357, −0.357 and BCE ≈ 0.27. */
export const BinaryCrossEntropy: Story = {
  args: { truth: '1, 1, 0', predicted: '0.9, 0.7, 0.3', losses: 'bce' },
  play: async ({ canvasElement }) => {
    const x = await explorer(canvasElement);
    await expect(x.column('bce')).toEqual(['-0.105', '-0.357', '-0.357']);
    await expect(x.total('bce')).toBe('0.2729');
  },
};

/** Dark theme. */
export const Dark: Story = {
  args: { predicted: '15, 18, 40', losses: 'mse, mae, huber', delta: 4, theme: 'dark' },
  play: async ({ canvasElement }) => {
    const x = await explorer(canvasElement);
    await expect(x.element.getAttribute('theme')).toBe('dark');
    await expect(x.total('huber')).toBe('15.3333');
  },
};

/** Turkish: decimal comma. */
export const Turkish: Story = {
  args: { lang: 'tr' },
  play: async ({ canvasElement }) => {
    const x = await explorer(canvasElement);
    await expect(x.total('mse')).toBe('2,6667');
    await expect(x.root.querySelector('thead')!.textContent).toContain('Gerçek y');
  },
};

/** Portuguese: decimal comma. */
export const Portuguese: Story = {
  args: { lang: 'pt', predicted: '15, 18, 40', losses: 'huber, smooth-l1', delta: 4, beta: 5 },
  play: async ({ canvasElement }) => {
    const x = await explorer(canvasElement);
    await expect(x.total('smooth-l1')).toBe('3,4667');
    await expect(x.root.querySelector('thead')!.textContent).toContain('Previsão ŷ');
  },
};

/** Korean. */
export const Korean: Story = {
  args: { lang: 'ko', truth: '1, 1, 0', predicted: '0.9, 0.7, 0.3', losses: 'bce, mse' },
  play: async ({ canvasElement }) => {
    const x = await explorer(canvasElement);
    await expect(x.total('bce')).toBe('0.2729');
    await expect(x.root.querySelector('thead')!.textContent).toContain('실제값 y');
  },
};

/** A typo in an attribute: a localised message, and the last valid state is kept. */
export const BadAttribute: Story = {
  args: { predicted: '12, 18', losses: 'mse, hubber' },
  play: async ({ canvasElement }) => {
    const x = await explorer(canvasElement);
    const problems = Array.from(x.root.querySelectorAll('[part="problems"] [data-attribute]'), (p) =>
      p.getAttribute('data-attribute'),
    );
    await expect(problems.sort()).toEqual(['losses', 'predicted']);
    await expect(x.total('mse')).toBe('2.6667');
  },
};
