import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import '../define/gd-normalization.js';
import {
  attributeArgTypes,
  clickButton,
  darkPage,
  expectControlsForEveryAttribute,
  PAGE_ARGS,
  renderInPage,
  type StoryArgs,
  shadow,
  storyWidget,
  waitUntil,
} from '../internal/story-helpers.js';
import type { GdNormalization } from './gd-normalization.js';

const argTypes = attributeArgTypes('gd-normalization', {
  kind: { control: 'inline-radio', options: ['batch', 'layer', 'instance', 'group'] },
  groups: { control: 'text', description: 'Must divide C' },
  shape: { control: 'text', description: 'N,C,H,W, e.g. 4,3,2,2' },
  data: { control: 'text', description: 'Rows, e.g. 1,2;3,6;5,10;7,14' },
  epsilon: { control: 'text' },
  momentum: { control: 'text' },
  gamma: { control: 'text', description: 'One per channel' },
  beta: { control: 'text', description: 'One per channel' },
  mode: { control: 'inline-radio', options: ['train', 'eval'] },
  compare: { control: 'inline-radio', options: ['batch', 'layer'] },
  'learning-rate': { control: 'text' },
  seed: { control: 'text' },
});

/** CURRICULUM C.5's four rows. */
const C5 = '1,2;3,6;5,10;7,14';

const meta: Meta<StoryArgs> = {
  title: 'Lessons/gd-normalization',
  component: 'gd-normalization',
  argTypes,
  args: {
    kind: 'batch',
    groups: '',
    shape: '',
    data: '',
    epsilon: '',
    momentum: '',
    gamma: '',
    beta: '',
    mode: 'train',
    compare: 'batch',
    'learning-rate': '',
    seed: '',
    'hide-running': false,
    'hide-training': false,
    ...PAGE_ARGS,
  },
  render: renderInPage('gd-normalization', argTypes),
};
export default meta;

type Story = StoryObj<StoryArgs>;

const widget = (canvasElement: HTMLElement) =>
  storyWidget<GdNormalization>(canvasElement, 'gd-normalization', (element) => element.whenReady());

const texts = (element: GdNormalization, selector: string) =>
  [...shadow(element).querySelectorAll(selector)].map((node) => (node.textContent ?? '').trim());

/** The default 4 × 3 × 2 × 2 tensor with batch norm; play the training comparison for a moment. */
export const Default: Story = {
  play: async (context) => {
    await expectControlsForEveryAttribute('gd-normalization', context);
    const element = await widget(context.canvasElement);
    await expect(texts(element, '.stats [data-value="mean"]')).toHaveLength(3);
    await clickButton(element, 'Step');
    await waitUntil(() => shadow(element).querySelector('[part="status"]')?.getAttribute('data-step'), '1');
  },
};

/** C.5: batch norm of four rows, μ = (4, 8), σ² = (5, 20), ±1.3416 and ±0.4472. */
export const BatchNormFourRows: Story = {
  args: { kind: 'batch', data: C5, 'hide-training': true },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await waitUntil(() => texts(element, '.stats [data-value="mean"]'), ['4', '8']);
    await expect(texts(element, '.stats [data-value="variance"]')).toEqual(['5', '20']);
    await expect(texts(element, '#output .cell .value').slice(0, 4)).toEqual([
      '-1.3416',
      '-1.3416',
      '-0.4472',
      '-0.4472',
    ]);
  },
};

/** C.5: layer norm of the same rows, every row (−1, 1). */
export const LayerNormFourRows: Story = {
  args: { kind: 'layer', data: C5, 'hide-training': true, 'hide-running': true },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await waitUntil(
      () => texts(element, '#output .cell .value'),
      ['-1', '1', '-1', '1', '-1', '1', '-1', '1'],
    );
  },
};

/** Group norm with two groups of two channels. */
export const GroupNorm: Story = {
  args: { kind: 'group', groups: '2', shape: '2,4,2,2', 'hide-training': true },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await waitUntil(() => texts(element, '.stats [data-value="mean"]').length, 4);
  },
};

/** Evaluation mode after one batch: the running statistics, PyTorch's convention. */
export const EvaluationMode: Story = {
  args: { kind: 'batch', data: C5, mode: 'eval', 'hide-training': true },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await clickButton(element, /Fold this batch in/);
    await waitUntil(() => texts(element, '[data-value="running-mean"]'), ['0.4', '0.8']);
    await expect(texts(element, '[data-value="running-variance"]')).toEqual(['1.5667', '3.5667']);
  },
};

export const Dark: Story = {
  args: { theme: 'dark', kind: 'instance' },
  decorators: [darkPage],
};

export const Turkish: Story = {
  args: { lang: 'tr', data: C5, 'hide-training': true },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await waitUntil(() => (texts(element, '#output .cell .value')[0] ?? '').replace('−', '-'), '-1,3416');
  },
};

export const Portuguese: Story = { args: { lang: 'pt', kind: 'layer', data: C5, 'hide-training': true } };

export const Korean: Story = { args: { lang: 'ko', kind: 'group', groups: '3', 'hide-training': true } };

/** Groups that do not divide C: a message in the widget, the last good state kept. */
export const BadGroups: Story = {
  args: { kind: 'group', groups: '2', 'hide-training': true },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await waitUntil(
      () => shadow(element).querySelector('[part="problems"] [data-attribute="groups"]') !== null,
      true,
    );
    await expect(texts(element, '.stats [data-value="mean"]')).toHaveLength(4);
  },
};
