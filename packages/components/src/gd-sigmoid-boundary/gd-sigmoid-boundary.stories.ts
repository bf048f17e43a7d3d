import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import '../define/gd-sigmoid-boundary.js';
import {
  attributeArgs,
  attributeArgTypes,
  attributes,
  clickButton,
  darkPage,
  expectControlsForEveryAttribute,
  shadowQuery,
  shadowText,
  slideTo,
  typeInto,
  waitUntil,
} from '../internal/story-helpers.js';
import type { GdSigmoidBoundary } from './gd-sigmoid-boundary.js';

/** Args are the attributes as a course page writes them ('' leaves one out), plus the page's `lang`. */
type Args = Record<string, string | boolean | undefined>;

const ONE_FEATURE = JSON.stringify(
  [-3, -2.2, -1.5, -0.8, -0.3, 0.2, 0.6, 1.1, 1.8, 2.5].map((x, i) => ({ x, y: i < 4 || i === 5 ? 0 : 1 })),
);

const argTypes = attributeArgTypes('gd-sigmoid-boundary', {
  features: { control: 'inline-radio', options: ['1', '2'] },
  weights: { control: 'text', description: 'Comma-separated, one per feature' },
  bias: { control: 'text' },
  threshold: { control: 'text', description: 'Strictly between 0 and 1' },
  'learning-rate': { control: 'text' },
  probe: { control: 'text', description: 'e.g. 1,1.5' },
  data: { control: 'text', description: 'JSON rows [{"x":[1,2],"y":1}, …]' },
  preset: { control: 'select', options: ['blobs', 'xor', 'circles', 'moons'] },
  seed: { control: 'text' },
  'steps-per-frame': { control: 'text' },
});

/** Lesson A.8's model and point. */
const A8 = { weights: '2.8,-4.5', bias: '0.4', probe: '1,1.5' };

const meta: Meta<Args> = {
  title: 'Lessons/gd-sigmoid-boundary',
  component: 'gd-sigmoid-boundary',
  argTypes,
  args: {
    features: '2',
    weights: '',
    bias: '',
    threshold: '0.5',
    'learning-rate': '0.5',
    probe: '',
    data: '',
    preset: 'blobs',
    seed: '1',
    'steps-per-frame': '1',
    'hide-heatmap': false,
    'hide-training': false,
    'hide-probe': false,
    'hide-matrix': false,
    theme: '',
    lang: '',
  },
  render: (args) =>
    html`<div lang=${args['lang'] || nothing}>
      <gd-sigmoid-boundary ${attributes(attributeArgs(args, argTypes))}></gd-sigmoid-boundary>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

async function widget(canvasElement: HTMLElement): Promise<GdSigmoidBoundary> {
  const element = canvasElement.querySelector('gd-sigmoid-boundary')!;
  await element.updateComplete;
  return element;
}

/** The probe's predicted class, as shown: "class 0 0.0279 < 0.5". */
const predictedClass = (element: GdSigmoidBoundary) => shadowText(element, '[data-value="class"]');

/** Two blobs, the boundary x₁ + x₂ = 0: drag its handles, move the threshold, train. */
export const Default: Story = {
  play: async (context) => {
    await expectControlsForEveryAttribute('gd-sigmoid-boundary', context);
    const element = await widget(context.canvasElement);
    await expect(element.shadowRoot!.querySelectorAll('.gd-handle')).toHaveLength(2);
    slideTo(shadowQuery<HTMLInputElement>(element, '#threshold-range'), 0.8);
    await waitUntil(() => shadowText(element, 'caption'), 'Confusion matrix at threshold 0.8');
    await expect(element.threshold).toBe(0.8);
  },
};

/**
 * Lesson A.8: w = (2.8, −4.5), b = 0.4, probe x = (1, 1.5) → z = −3.55, σ ≈ 0.0279, class 0.
 * Typing another probe point moves it across the boundary.
 */
export const A8Probe: Story = {
  name: 'A.8 · Probe z = −3.55, σ ≈ 0.028',
  args: A8,
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(shadowText(element, '[data-value="z"]')).toBe('−3.55');
    await expect(shadowText(element, '[data-value="probability"]')).toBe('0.0279');
    await expect(predictedClass(element)).toBe('class 0 0.0279 < 0.5');
    // x₂ = 0 leaves z = 2.8 + 0.4 = 3.2: σ ≈ 0.9608, class 1.
    await typeInto(shadowQuery<HTMLInputElement>(element, 'input[data-field="probe2"]'), '0');
    await waitUntil(() => shadowText(element, '[data-value="z"]'), '3.2');
    await expect(shadowText(element, '[data-value="probability"]')).toBe('0.9608');
    await expect(predictedClass(element)).toBe('class 1 0.9608 ≥ 0.5');
  },
};

/**
 * Lesson A.8's threshold is a choice: at 0.02 the same point (σ ≈ 0.0279) is class 1; moving the
 * slider back to 0.5 makes it class 0 again.
 */
export const A8Threshold: Story = {
  name: 'A.8 · Threshold as a choice',
  args: { ...A8, threshold: '0.02' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(predictedClass(element)).toBe('class 1 0.0279 ≥ 0.02');
    slideTo(shadowQuery<HTMLInputElement>(element, '#threshold-range'), 0.5);
    await waitUntil(() => predictedClass(element), 'class 0 0.0279 < 0.5');
    await expect(shadowText(element, 'caption')).toBe('Confusion matrix at threshold 0.5');
  },
};

/**
 * Lesson A.9's update rule, one step at a time: w ← w − (α/n) Σ (σ(z) − y) x. (The worked example's
 * three features cannot be drawn; its numbers are checked in the playground's A.9 story.)
 */
export const A9TrainingStep: Story = {
  name: 'A.9 · One training step',
  args: { weights: '0,0', bias: '0', 'learning-rate': '0.1', data: '[{"x":[1,2],"y":0},{"x":[4,5],"y":1}]' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await clickButton(element, 'Step');
    await waitUntil(() => shadowText(element, '[data-value="step"]'), 'Step 1');
    // σ(0) = ½ for both rows: w = −0.05 · ((½ − 0)(1, 2) + (½ − 1)(4, 5)) = (0.075, 0.075), b = 0.
    await expect(element.weights![0]).toBeCloseTo(0.075, 5);
    await expect(element.weights![1]).toBeCloseTo(0.075, 5);
    await clickButton(element, 'Reset');
    await waitUntil(() => shadowText(element, '[data-value="step"]'), 'Step 0');
    await expect(element.weights).toEqual([0, 0]);
  },
};

/** One feature: points at y = 0 and 1, the sigmoid curve, the threshold line and the boundary. */
export const OneFeature: Story = {
  name: 'One feature',
  args: { features: '1', weights: '2', bias: '0', probe: '0.5', data: ONE_FEATURE },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    const handle = element.shadowRoot!.querySelector<SVGElement>('.gd-handle')!;
    await expect(handle.getAttribute('role')).toBe('slider');
    handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await element.updateComplete;
    await expect(element.bias).toBeLessThan(0);
  },
};

/** Two features on the moons preset (not linearly separable: the best line still misclassifies some). */
export const TwoFeatures: Story = {
  name: 'Two features (moons)',
  args: { preset: 'moons', seed: '2', weights: '1,-1', probe: '0.5,0.25' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(element.shadowRoot!.querySelectorAll('.points > *')).toHaveLength(40);
  },
};

/** Dark theme, on a dark page. */
export const Dark: Story = {
  name: 'Dark theme',
  args: { ...A8, theme: 'dark' },
  decorators: [darkPage],
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(getComputedStyle(element).backgroundColor).toBe('rgb(13, 17, 23)');
    await expect(shadowText(element, '[data-value="z"]')).toBe('−3.55');
  },
};

const language = (name: string, lang: string, threshold: string, z: string): Story => ({
  name,
  args: { ...A8, lang },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(shadowText(element, 'label[for="threshold-range"]')).toBe(threshold);
    await expect(shadowText(element, '[data-value="z"]')).toBe(z);
  },
});

export const English = language('English (en)', 'en', 'Threshold', '−3.55');
export const Turkish = language('Turkish (tr)', 'tr', 'Eşik', '−3,55');
export const Portuguese = language('Portuguese (pt)', 'pt', 'Limiar', '−3,55');
export const Korean = language('Korean (ko)', 'ko', '임계값', '−3.55');

/** A threshold of 1.5 is refused: the message says why, the widget keeps 0.5. */
export const BadThreshold: Story = {
  name: 'Error: threshold out of range',
  args: { threshold: '1.5' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(shadowText(element, '[part="problems"] [data-attribute="threshold"]')).toBe(
      'The “threshold” attribute must be between 0 and 1, but got “1.5”.',
    );
    await expect(element.threshold).toBe(0.5);
    await expect(shadowText(element, 'caption')).toBe('Confusion matrix at threshold 0.5');
  },
};
