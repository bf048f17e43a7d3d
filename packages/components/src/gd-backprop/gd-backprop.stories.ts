import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import '../define/gd-backprop.js';
import {
  attributeArgTypes,
  clickButton,
  darkPage,
  expectControlsForEveryAttribute,
  PAGE_ARGS,
  renderInPage,
  type StoryArgs,
  shadowQuery,
  shadowText,
  storyWidget,
  waitUntil,
} from '../internal/story-helpers.js';
import type { GdBackprop } from './gd-backprop.js';

const argTypes = attributeArgTypes('gd-backprop', {
  expression: { control: 'text', description: 'e.g. (a*b + c)*f' },
  values: { control: 'text', description: 'e.g. a=2, b=-3, c=10, f=-2' },
  phase: { control: 'inline-radio', options: ['none', 'forward', 'backward'] },
  preset: { control: 'select', options: ['none', 'neuron', 'logistic-step', 'network'] },
  activation: { control: 'inline-radio', options: ['tanh', 'relu', 'sigmoid'] },
  'learning-rate': { control: 'text' },
  speed: { control: 'text' },
});

/** Curriculum B.2's worked example. */
const B2 = { expression: '(a*b + c)*f', values: 'a=2, b=-3, c=10, f=-2' };

const meta: Meta<StoryArgs> = {
  title: 'Lessons/gd-backprop',
  component: 'gd-backprop',
  argTypes,
  args: {
    ...B2,
    phase: 'backward',
    preset: 'none',
    activation: 'tanh',
    'learning-rate': '0.1',
    speed: '1',
    ...PAGE_ARGS,
  },
  render: renderInPage('gd-backprop', argTypes),
};
export default meta;

type Story = StoryObj<StoryArgs>;

const widget = (canvasElement: HTMLElement) =>
  storyWidget<GdBackprop>(canvasElement, 'gd-backprop', (element) => element.whenSettled());
const grad = (element: GdBackprop, label: string) =>
  shadowText(element, `.node[data-label="${label}"] [data-value="grad"]`);
const value = (element: GdBackprop, label: string) =>
  shadowText(element, `.node[data-label="${label}"] [data-value="value"]`);

/** Curriculum B.2: L = −8, ∂L/∂a = 6, ∂L/∂b = −4, ∂L/∂c = −2, ∂L/∂f = 4. */
export const Default: Story = {
  name: 'B.2 · (a·b + c)·f, backward pass done',
  play: async (context) => {
    await expectControlsForEveryAttribute('gd-backprop', context);
    const element = await widget(context.canvasElement);
    await expect(value(element, 'L')).toBe('−8');
    await expect(['a', 'b', 'c', 'f'].map((label) => grad(element, label))).toEqual(['6', '−4', '−2', '4']);
  },
};

/** From the forward pass, step backward: the chain rule with the numbers. */
export const StepBackward: Story = {
  name: 'B.2 · Stepping the backward pass',
  args: { phase: 'forward' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    for (let i = 0; i < 4; i++) await clickButton(element, 'Step');
    await waitUntil(() => shadowText(element, '.sentence'), '∂L/∂a = ∂L/∂e · ∂e/∂a = −2 · −3 = 6');
  },
};

/** A value used twice: a·b + a. */
export const TwoPaths: Story = {
  name: 'Two paths add up',
  args: { expression: 'a*b + a', values: 'a=3, b=4' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(grad(element, 'a')).toBe('5');
  },
};

export const Neuron: Story = {
  name: 'Preset: neuron σ(w·x + b) with squared error',
  args: { preset: 'neuron', 'learning-rate': '0.5' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(value(element, 'L')).toBe('0.25');
    await expect(grad(element, 'w')).toBe('−0.5');
  },
};

/** Curriculum A.9 as a graph: BCE 6.000003 at w = (2, 2, 2). */
export const LogisticStep: Story = {
  name: 'Preset: A.9 logistic step',
  args: { preset: 'logistic-step' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(shadowText(element, '[data-value="descent"]')).toBe('Steps taken: 0. L = 6.000003');
  },
};

/** The network as modules, with Jacobians; wrong-sign rule on the activation changes training. */
export const Network: Story = {
  name: 'Preset: two-layer network as modules',
  args: { preset: 'network', 'learning-rate': '0.5' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(shadowText(element, '[part="jacobian"] caption')).toBe('Jacobian ∂a/∂h of tanh: 3 × 3');
    const select = shadowQuery<HTMLSelectElement>(element, '#rule');
    select.value = 'wrong-sign';
    select.dispatchEvent(new Event('change'));
    await element.whenSettled();
    await expect(
      shadowText(element, '[part="gradient-check"] tbody tr:first-child [data-value="status"]'),
    ).toBe('✗ differs');
  },
};

export const Dark: Story = {
  name: 'Dark theme',
  args: { theme: 'dark' },
  decorators: [darkPage],
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(getComputedStyle(element).backgroundColor).toBe('rgb(13, 17, 23)');
  },
};

const language = (name: string, lang: string, speed: string): Story => ({
  name,
  args: { lang },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(shadowText(element, 'label[for="speed"]')).toBe(speed);
    await expect(grad(element, 'a')).toBe('6');
  },
});

export const English = language('English (en)', 'en', 'Speed');
export const Turkish = language('Turkish (tr)', 'tr', 'Hız');
export const Portuguese = language('Portuguese (pt)', 'pt', 'Velocidade');
export const Korean = language('Korean (ko)', 'ko', '속도');

/** A parenthesis never closed: the message gives its column; the default graph stays. */
export const BadExpression: Story = {
  name: 'Error: expression that does not parse',
  args: { expression: '(a*b + c' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(shadowText(element, '[part="problems"] [data-attribute="expression"]')).toBe(
      'The “expression” attribute opens a parenthesis at column 1 that is never closed.',
    );
    await expect(value(element, 'L')).toBe('−8');
  },
};
