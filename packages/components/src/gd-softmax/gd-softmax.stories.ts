import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import '../define/gd-softmax.js';
import {
  attributeArgTypes,
  darkPage,
  expectControlsForEveryAttribute,
  PAGE_ARGS,
  renderInPage,
  type StoryArgs,
  shadowQuery,
  storyWidget,
  typeInto,
  waitUntil,
} from '../internal/story-helpers.js';
import type { GdSoftmax } from './gd-softmax.js';

const argTypes = attributeArgTypes('gd-softmax', {
  logits: { control: 'text', description: 'Comma-separated, 2 to 10' },
  target: { control: 'text', description: 'Class counted from 0; empty for none' },
  temperature: { control: 'text' },
});

const meta: Meta<StoryArgs> = {
  title: 'Lessons/gd-softmax',
  component: 'gd-softmax',
  argTypes,
  args: { logits: '1,2,3', target: '2', temperature: '1', ...PAGE_ARGS },
  render: renderInPage('gd-softmax', argTypes),
};
export default meta;

type Story = StoryObj<StoryArgs>;

const widget = (canvasElement: HTMLElement) =>
  storyWidget<GdSoftmax>(canvasElement, 'gd-softmax', (element) => element.updateComplete);

const column = (element: GdSoftmax, scope: string, key: string) =>
  [...element.shadowRoot!.querySelectorAll(`${scope} [data-value="${key}"]`)].map((c) =>
    (c.textContent ?? '').trim(),
  );

/** Curriculum B.4: softmax(1, 2, 3), its cross-entropy for class 2 and the gradient p − y. */
export const Default: Story = {
  name: 'B.4 · Softmax of (1, 2, 3), target 2',
  play: async (context) => {
    await expectControlsForEveryAttribute('gd-softmax', context);
    const element = await widget(context.canvasElement);
    await expect(column(element, '[part="table"]', 'p')).toEqual(['0.0900', '0.2447', '0.6652']);
    await expect(column(element, '[part="table"]', 'gradient')).toEqual(['0.0900', '0.2447', '−0.3348']);
    await expect(column(element, '', 'loss')[0]).toContain('0.4076');
  },
};

/** Curriculum B.4 stability: the naive float32 form overflows, the stable one does not. */
export const Overflow: Story = {
  name: 'B.4 · Logits 1000, 1001, 1002 overflow the naive form',
  args: { logits: '1000,1001,1002' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(column(element, '[part="naive"]', 'exp')).toEqual(['∞', '∞', '∞']);
    await expect(column(element, '[part="naive"]', 'p')).toEqual(['NaN', 'NaN', 'NaN']);
    await expect(column(element, '[part="stable"]', 'p')).toEqual(['0.0900', '0.2447', '0.6652']);
  },
};

/** Temperature: T = 0.5 sharpens the distribution. */
export const Temperature: Story = {
  name: 'Temperature 0.5',
  args: { temperature: '0.5' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(column(element, '[part="table"]', 'p')).toEqual(['0.0159', '0.1173', '0.8668']);
    await typeInto(shadowQuery<HTMLInputElement>(element, '#temperature'), '1');
    await waitUntil(() => column(element, '[part="table"]', 'p'), ['0.0900', '0.2447', '0.6652']);
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

const language = (name: string, lang: string, label: string, p: string): Story => ({
  name,
  args: { lang },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(shadowQuery(element, 'label[for="temperature"]').textContent?.trim()).toBe(label);
    await expect(column(element, '[part="table"]', 'p')[0]).toBe(p);
  },
});

export const English = language('English (en)', 'en', 'Temperature T', '0.0900');
export const Turkish = language('Turkish (tr)', 'tr', 'Sıcaklık T', '0,0900');
export const Portuguese = language('Portuguese (pt)', 'pt', 'Temperatura T', '0,0900');
export const Korean = language('Korean (ko)', 'ko', '온도 T', '0.0900');

/** One logit is not a distribution: the message says so and the widget keeps (1, 2, 3). */
export const BadLogits: Story = {
  name: 'Error: one logit',
  args: { logits: '5' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(
      shadowQuery(element, '[part="problems"] [data-attribute="logits"]').textContent?.trim(),
    ).toBe('The “logits” attribute needs between 2 and 10 logits, but got “5”.');
    await expect(column(element, '[part="table"]', 'p')).toEqual(['0.0900', '0.2447', '0.6652']);
  },
};
