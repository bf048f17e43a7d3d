import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import '../define/gd-network.js';
import {
  attributeArgs,
  attributeArgTypes,
  attributes,
  darkPage,
  expectControlsForEveryAttribute,
  shadowText,
  waitUntil,
} from '../internal/story-helpers.js';
import type { GdNetwork } from './gd-network.js';

/** Args are the attributes as a course page writes them ('' leaves one out), plus the page's `lang`. */
type Args = Record<string, string | boolean | undefined>;

const argTypes = attributeArgTypes('gd-network', {
  preset: { control: 'select', options: ['circles', 'xor', 'moons', 'spiral', 'blobs', 'regression'] },
  classes: { control: 'select', options: ['2', '3', '4', '5'] },
  layers: { control: 'text', description: 'Hidden sizes, e.g. 4,2; none for no hidden layer' },
  activation: { control: 'text', description: 'relu, tanh, sigmoid, linear; one or one per layer' },
  output: { control: 'select', options: ['auto', 'softmax', 'sigmoid', 'linear'] },
  init: { control: 'select', options: ['zeros', 'random', 'xavier', 'he'] },
  optimizer: { control: 'select', options: ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam'] },
  data: { control: 'text', description: 'CSV lines x1,x2,class or JSON rows' },
  probe: { control: 'text', description: 'e.g. 0.5,-1' },
  state: { control: 'text', description: 'preset=xor&layers=4&…' },
});

const meta: Meta<Args> = {
  title: 'Lessons/gd-network',
  component: 'gd-network',
  argTypes,
  args: { preset: 'circles', layers: '4,2', activation: 'tanh', theme: '', lang: '' },
  render: (args) =>
    html`<div lang=${args['lang'] || nothing}>
      <gd-network ${attributes(attributeArgs(args, argTypes))}></gd-network>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

async function widget(canvasElement: HTMLElement): Promise<GdNetwork> {
  const element = canvasElement.querySelector('gd-network')!;
  await element.whenReady();
  await element.updateComplete;
  return element;
}

/** TensorFlow Playground's start: circles, 4-2, tanh. Controls for every attribute. */
export const Default: Story = {
  play: async (context) => {
    await expectControlsForEveryAttribute('gd-network', context);
    const element = await widget(context.canvasElement);
    await expect(element.shadowRoot!.querySelectorAll('.neuron')).toHaveLength(2 + 4 + 2 + 2);
  },
};

/** B.1: XOR needs a hidden layer; 4 tanh neurons separate it. */
export const Xor: Story = {
  name: 'XOR (layers 4, tanh)',
  args: { preset: 'xor', layers: '4', activation: 'tanh', seed: '1' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    for (let i = 0; i < 45 && shadowText(element, '[data-value="accuracy"]') !== 'Accuracy 100%'; i++)
      await element.step(100);
    await expect(shadowText(element, '[data-value="accuracy"]')).toBe('Accuracy 100%');
  },
};

/** Three spiral arms: a deeper ReLU network. */
export const Spiral: Story = {
  args: {
    preset: 'spiral',
    classes: '3',
    layers: '8,8,8',
    activation: 'relu',
    optimizer: 'adam',
    'learning-rate': '0.01',
  },
};

/** B.5: with zeros init every neuron of a layer stays the same. */
export const ZerosInit: Story = {
  name: 'Zeros init (symmetry)',
  args: { preset: 'circles', layers: '3', init: 'zeros', probe: '0.3,0.4' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await element.step(100);
    const a1 = [...element.shadowRoot!.querySelectorAll('[data-vector="a1"] mn')].map((mn) => mn.textContent);
    await expect(new Set(a1).size).toBe(1);
  },
};

/** A 1-D regression curve with a linear output and MSE. */
export const Regression: Story = {
  name: '1-D regression',
  args: { preset: 'regression', layers: '6,6', activation: 'tanh', probe: '1' },
};

/** B.4/B.6: logits (1, 2, 3) written out with their softmax. */
export const SoftmaxGolden: Story = {
  name: 'Softmax of (1, 2, 3)',
  args: { preset: 'blobs', classes: '3', layers: 'none', probe: '0.5,-1' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    element.setParameters([0, 0, 0, 0, 0, 0, 1, 2, 3]);
    await element.updateComplete;
    await expect(shadowText(element, '[data-value="prediction"]')).toBe(
      'Predicted class: 2 (probability 0.6652)',
    );
  },
};

export const Dark: Story = {
  name: 'Dark theme',
  args: { preset: 'moons', layers: '4,2', theme: 'dark' },
  decorators: [darkPage],
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(getComputedStyle(element).backgroundColor).toBe('rgb(13, 17, 23)');
  },
};

const language = (name: string, lang: string, play: string): Story => ({
  name,
  args: { preset: 'xor', layers: '4', lang },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(shadowText(element, '[data-action="play"]')).toBe(play);
  },
});

export const English = language('English (en)', 'en', 'Play');
export const Turkish = language('Turkish (tr)', 'tr', 'Oynat');
export const Portuguese = language('Portuguese (pt)', 'pt', 'Executar');
export const Korean = language('Korean (ko)', 'ko', '재생');

/** Seven hidden layers are refused: the message names the attribute, the network keeps 4,2. */
export const BadLayers: Story = {
  name: 'Error: too many layers',
  args: { layers: '4,4,4,4,4,4,4' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await waitUntil(
      () => shadowText(element, '[part="problems"] [data-attribute="layers"]'),
      'The “layers” attribute allows at most 6 hidden layers, but “4,4,4,4,4,4,4” has 7.',
    );
    await expect(element.layers).toEqual([4, 2]);
  },
};
