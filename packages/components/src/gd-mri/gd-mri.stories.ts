import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import '../define/gd-mri.js';
import {
  attributeArgTypes,
  darkPage,
  expectControlsForEveryAttribute,
  PAGE_ARGS,
  renderInPage,
  type StoryArgs,
  shadowText,
  storyWidget,
  waitUntil,
} from '../internal/story-helpers.js';
import type { GdMri } from './gd-mri.js';

const argTypes = attributeArgTypes('gd-mri', {
  size: { control: 'text', description: '64 to 256' },
  mask: { control: 'select', options: ['full', 'equispaced', 'random', 'variable-density'] },
  acceleration: { control: 'text', description: '2 to 8' },
  center: { control: 'text' },
  seed: { control: 'text' },
  'step-size': { control: 'text' },
  lambda: { control: 'text' },
  epsilon: { control: 'text' },
  regularizer: { control: 'inline-radio', options: ['tv', 'tikhonov'] },
  'data-consistency': { control: 'inline-radio', options: ['false', 'true'] },
});

const meta: Meta<StoryArgs> = {
  title: 'Lessons/gd-mri',
  component: 'gd-mri',
  argTypes,
  args: {
    size: '128',
    mask: 'random',
    acceleration: '4',
    center: '0.08',
    seed: '1',
    'step-size': '0.35',
    lambda: '0.002',
    epsilon: '0.01',
    regularizer: 'tv',
    'data-consistency': 'false',
    ...PAGE_ARGS,
  },
  render: renderInPage('gd-mri', argTypes),
};
export default meta;

type Story = StoryObj<StoryArgs>;

const widget = (canvasElement: HTMLElement) =>
  storyWidget<GdMri>(canvasElement, 'gd-mri', async (element) => {
    await element.ready();
    await element.updateComplete;
  });

/** Lesson C.6: R = 4, random lines, seed 1: 32 of 128 lines; gradient descent beats zero filling. */
export const Default: Story = {
  play: async (context) => {
    await expectControlsForEveryAttribute('gd-mri', context);
    const element = await widget(context.canvasElement);
    await expect(shadowText(element, '.saving')).toBe('R = 4: 32 of 128 lines, a quarter of the time.');
    for (let k = 0; k < 100 && element.reconstructionError >= element.zeroFilledError; k++)
      await element.step();
    await expect(element.reconstructionError).toBeLessThan(element.zeroFilledError);
  },
};

/** Eightfold equispaced sampling with Tikhonov: ghost copies that a smooth prior barely removes. */
export const EquispacedTikhonov: Story = {
  name: 'C.6 · R = 8, equispaced, Tikhonov',
  args: {
    acceleration: '8',
    mask: 'equispaced',
    center: '0.04',
    size: '96',
    regularizer: 'tikhonov',
    lambda: '0.05',
  },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(shadowText(element, '.saving')).toBe('R = 8: 12 of 96 lines, an eighth of the time.');
  },
};

/** Fully sampled: the zero-filled image is the original. */
export const Full: Story = {
  args: { mask: 'full', size: '64' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(element.zeroFilledError).toBeLessThan(1e-4);
  },
};

export const Dark: Story = { args: { theme: 'dark', size: '64' }, decorators: [darkPage] };

export const Turkish: Story = {
  args: { lang: 'tr', size: '64' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await waitUntil(
      () => shadowText(element, '.saving'),
      'R = 4: 64 satırın 16 tanesi, sürenin dörtte biri.',
    );
  },
};
export const Portuguese: Story = { args: { lang: 'pt', size: '64' } };
export const Korean: Story = { args: { lang: 'ko', size: '64' } };

/** R = 9 is out of range: a message naming the attribute, the last good R (4) kept. */
export const BadAcceleration: Story = {
  args: { acceleration: '9', size: '64' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(shadowText(element, '[part="problems"]')).toContain('acceleration');
    await expect(element.acceleration).toBe(4);
  },
};
