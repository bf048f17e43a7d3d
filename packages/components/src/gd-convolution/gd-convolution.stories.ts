import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import '../define/gd-convolution.js';
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
import type { GdConvolution } from './gd-convolution.js';

const argTypes = attributeArgTypes('gd-convolution', {
  input: { control: 'text', description: '1-D "1,2,3"; 2-D rows with ";"; channels with "|"' },
  kernel: { control: 'text', description: 'Same form; output channels with "/"' },
  padding: { control: 'text' },
  stride: { control: 'text' },
  dilation: { control: 'text' },
  mode: { control: 'inline-radio', options: ['cross-correlation', 'convolution'] },
  loss: { control: 'inline-radio', options: ['half-square', 'sum'] },
});

const meta: Meta<StoryArgs> = {
  title: 'Lessons/gd-convolution',
  component: 'gd-convolution',
  argTypes,
  args: {
    input: '1,2,3,4,5',
    kernel: '1,0,-1',
    padding: '0',
    stride: '1',
    dilation: '1',
    mode: 'cross-correlation',
    loss: 'half-square',
    'hide-matrix': false,
    'hide-gradients': false,
    ...PAGE_ARGS,
  },
  render: renderInPage('gd-convolution', argTypes),
};
export default meta;

type Story = StoryObj<StoryArgs>;

const widget = (canvasElement: HTMLElement) =>
  storyWidget<GdConvolution>(canvasElement, 'gd-convolution', (element) => element.updateComplete);

const outputs = (element: GdConvolution) =>
  [...element.shadowRoot!.querySelectorAll('[data-key^="y-0-"]')]
    .map((cell) => cell.textContent?.trim())
    .join(' ');

/** C.7: (1, 2, 3, 4, 5) with (1, 0, −1) gives (−2, −2, −2); stepping writes out each output. */
export const Default: Story = {
  play: async (context) => {
    await expectControlsForEveryAttribute('gd-convolution', context);
    const element = await widget(context.canvasElement);
    await expect(outputs(element)).toBe('−2 −2 −2');
    await clickButton(element, 'Step');
    await waitUntil(() => shadowText(element, '[data-value="products"]'), '2·1 + 3·0 + 4·(−1)');
  },
};

/** C.7 with padding 1: (−2, −2, −2, −2, 4); the last window reads a padding zero. */
export const Padding: Story = {
  name: 'C.7 · Padding 1',
  args: { padding: '1' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(outputs(element)).toBe('−2 −2 −2 −2 4');
    await expect(shadowText(element, '[data-value="size-L"]')).toBe('5');
  },
};

/** C.7 with padding 1 and stride 2: (−2, −2, 4), width 3; the banded rows shift by two. */
export const PaddingStride: Story = {
  name: 'C.7 · Padding 1, stride 2',
  args: { padding: '1', stride: '2' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(outputs(element)).toBe('−2 −2 4');
    await expect(shadowText(element, '[data-value="size-L"]')).toBe('3');
  },
};

/** C.7 in 2-D: the 4 × 4 input 1 … 16 with the vertical-edge kernel gives a 2 × 2 output of −6. */
export const TwoD: Story = {
  name: 'C.7 · 2-D vertical edge',
  args: { input: '1,2,3,4;5,6,7,8;9,10,11,12;13,14,15,16', kernel: '1,0,-1;1,0,-1;1,0,-1' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(outputs(element)).toBe('−6 −6 −6 −6');
    await expect(shadowText(element, '[data-value="shape-output"]')).toBe('(1, 1, 2, 2)');
  },
};

/** A small picture generated in code, blurred by the box kernel. */
export const Picture: Story = {
  name: 'Presets · picture and box blur',
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    const input = shadowQuery<HTMLSelectElement>(element, '#input-preset');
    input.value = 'picture';
    input.dispatchEvent(new Event('change'));
    const kernel = shadowQuery<HTMLSelectElement>(element, '#kernel-preset');
    kernel.value = 'box-blur';
    kernel.dispatchEvent(new Event('change'));
    await waitUntil(() => shadowText(element, '[data-value="shape-input"]'), '(1, 1, 8, 8)');
  },
};

/** Two input channels and two output channels: kernel (C_out, C_in, k) = (2, 2, 2). */
export const Channels: Story = {
  name: 'Channels',
  args: { input: '1,2,3,4|1,1,1,1', kernel: '1,-1|0,1/1,1|1,1' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(shadowText(element, '[data-value="shape-kernel"]')).toBe('(2, 2, 2)');
  },
};

/** True convolution: the kernel flipped, an impulse reproduces it. */
export const TrueConvolution: Story = {
  name: 'True convolution',
  args: { input: '0,0,1,0,0', kernel: '1,2,3', mode: 'convolution' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(outputs(element)).toBe('1 2 3');
  },
};

/** Dark theme, on a dark page. */
export const Dark: Story = {
  name: 'Dark theme',
  args: { theme: 'dark', padding: '1' },
  decorators: [darkPage],
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(getComputedStyle(element).backgroundColor).toBe('rgb(13, 17, 23)');
    await expect(outputs(element)).toBe('−2 −2 −2 −2 4');
  },
};

const language = (name: string, lang: string, label: string): Story => ({
  name,
  args: { lang, input: '1.5,2,3', kernel: '1,1' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(shadowText(element, 'label[for="padding"]')).toBe(label);
    await expect(outputs(element)).toBe(lang === 'tr' || lang === 'pt' ? '3,5 5' : '3.5 5');
  },
});

export const English = language('English (en)', 'en', 'Padding p');
export const Turkish = language('Turkish (tr)', 'tr', 'Dolgu p');
export const Portuguese = language('Portuguese (pt)', 'pt', 'Preenchimento p');
export const Korean = language('Korean (ko)', 'ko', '패딩 p');

/** A ragged input is refused: the message names the attribute, the widget keeps (1, 2, 3, 4, 5). */
export const BadInput: Story = {
  name: 'Error: ragged rows',
  args: { input: '1,2,3;4,5' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(shadowText(element, '[part="problems"] [data-attribute="input"]')).toBe(
      'Row 2 of “input” has 2 numbers but the first row has 3: rows must be equally long.',
    );
    await expect(outputs(element)).toBe('−2 −2 −2');
  },
};
