import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import '../define/gd-sigmoid-boundary.js';
import type { GdSigmoidBoundary } from './gd-sigmoid-boundary.js';

interface Args {
  features: string;
  weights: string;
  bias: string;
  threshold: string;
  learningRate: string;
  probe: string;
  data: string;
  preset: string;
  seed: string;
  stepsPerFrame: string;
  hideHeatmap: boolean;
  hideTraining: boolean;
  hideProbe: boolean;
  hideMatrix: boolean;
  theme: string;
  lang: string;
}

const ONE_FEATURE = JSON.stringify(
  [-3, -2.2, -1.5, -0.8, -0.3, 0.2, 0.6, 1.1, 1.8, 2.5].map((x, i) => ({ x, y: i < 4 || i === 5 ? 0 : 1 })),
);

const meta: Meta<Args> = {
  title: 'Lessons/gd-sigmoid-boundary',
  component: 'gd-sigmoid-boundary',
  args: {
    features: '2',
    weights: '',
    bias: '',
    threshold: '0.5',
    learningRate: '0.5',
    probe: '',
    data: '',
    preset: 'blobs',
    seed: '1',
    stepsPerFrame: '1',
    hideHeatmap: false,
    hideTraining: false,
    hideProbe: false,
    hideMatrix: false,
    theme: '',
    lang: '',
  },
  argTypes: {
    features: { control: 'inline-radio', options: ['1', '2'] },
    weights: { control: 'text', description: 'Comma-separated, one per feature' },
    bias: { control: 'text' },
    threshold: { control: 'text', description: 'Strictly between 0 and 1' },
    learningRate: { control: 'text', name: 'learning-rate' },
    probe: { control: 'text', description: 'e.g. 1,1.5' },
    data: { control: 'text', description: 'JSON rows [{"x":[1,2],"y":1}, …]' },
    preset: { control: 'select', options: ['blobs', 'xor', 'circles', 'moons'] },
    seed: { control: 'text' },
    stepsPerFrame: { control: 'text', name: 'steps-per-frame' },
    hideHeatmap: { control: 'boolean', name: 'hide-heatmap' },
    hideTraining: { control: 'boolean', name: 'hide-training' },
    hideProbe: { control: 'boolean', name: 'hide-probe' },
    hideMatrix: { control: 'boolean', name: 'hide-matrix' },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    lang: { control: 'select', options: ['', 'en', 'tr', 'pt', 'ko'] },
  },
  render: (a) => html`<gd-sigmoid-boundary
    features=${a.features || nothing}
    weights=${a.weights || nothing}
    bias=${a.bias || nothing}
    threshold=${a.threshold || nothing}
    learning-rate=${a.learningRate || nothing}
    probe=${a.probe || nothing}
    data=${a.data || nothing}
    preset=${a.preset || nothing}
    seed=${a.seed || nothing}
    steps-per-frame=${a.stepsPerFrame || nothing}
    ?hide-heatmap=${a.hideHeatmap}
    ?hide-training=${a.hideTraining}
    ?hide-probe=${a.hideProbe}
    ?hide-matrix=${a.hideMatrix}
    theme=${a.theme || nothing}
    lang=${a.lang || nothing}
  ></gd-sigmoid-boundary>`,
};
export default meta;

type Story = StoryObj<Args>;

async function widget(canvasElement: HTMLElement): Promise<GdSigmoidBoundary> {
  const element = canvasElement.querySelector('gd-sigmoid-boundary')!;
  await element.updateComplete;
  return element;
}
const text = (element: GdSigmoidBoundary, selector: string) =>
  (element.shadowRoot!.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Two blobs, the boundary x₁ + x₂ = 0: drag its handles, move the threshold, train. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(element.shadowRoot!.querySelectorAll('.gd-handle')).toHaveLength(2);
    const range = element.shadowRoot!.querySelector<HTMLInputElement>('#threshold-range')!;
    range.value = '0.8';
    range.dispatchEvent(new Event('input'));
    await element.updateComplete;
    await expect(text(element, 'caption')).toBe('Confusion matrix at threshold 0.8');
  },
};

/** Lesson A.8: w = (2.8, −4.5), b = 0.4, probe x = (1, 1.5) → z = −3.55, σ ≈ 0.0279, class 0. */
export const A8Probe: Story = {
  args: { weights: '2.8,-4.5', bias: '0.4', probe: '1,1.5' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(text(element, '[data-value="z"]')).toBe('−3.55');
    await expect(text(element, '[data-value="probability"]')).toBe('0.0279');
    await expect(text(element, '[data-value="class"]')).toContain('class 0');
  },
};

/**
 * Lesson A.9's update rule, one step at a time: w ← w − (α/n) Σ (σ(z) − y) x. (The worked example's
 * three features cannot be drawn; its numbers are checked against the same session in the tests.)
 */
export const A9TrainingStep: Story = {
  args: { weights: '0,0', bias: '0', learningRate: '0.1', data: '[{"x":[1,2],"y":0},{"x":[4,5],"y":1}]' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await element.step(1);
    await expect(text(element, '[data-value="step"]')).toBe('Step 1');
    // σ(0) = ½ for both rows: w = −0.05 · ((½ − 0)(1, 2) + (½ − 1)(4, 5)) = (0.075, 0.075).
    await expect(element.weights![0]).toBeCloseTo(0.075, 5);
    await expect(element.weights![1]).toBeCloseTo(0.075, 5);
  },
};

/** One feature: points at y = 0 and 1, the sigmoid curve, the threshold line and the boundary. */
export const OneFeature: Story = {
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
  args: { preset: 'moons', seed: '2', weights: '1,-1', probe: '0.5,0.25' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(element.shadowRoot!.querySelectorAll('.points > *')).toHaveLength(40);
  },
};

export const Dark: Story = {
  args: { theme: 'dark', weights: '2.8,-4.5', bias: '0.4', probe: '1,1.5' },
  parameters: { backgrounds: { default: 'dark' } },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(element.getAttribute('theme')).toBe('dark');
  },
};

const language = (lang: string, threshold: string, z: string): Story => ({
  args: { lang, weights: '2.8,-4.5', bias: '0.4', probe: '1,1.5' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(text(element, 'label[for="threshold-range"]')).toBe(threshold);
    await expect(text(element, '[data-value="z"]')).toBe(z);
  },
});

export const English = language('en', 'Threshold', '−3.55');
export const Turkish = language('tr', 'Eşik', '−3,55');
export const Portuguese = language('pt', 'Limiar', '−3,55');
export const Korean = language('ko', '임계값', '−3.55');

/** A threshold of 1.5 is refused: the message says why, the widget keeps 0.5. */
export const BadThreshold: Story = {
  args: { threshold: '1.5' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(
      element.shadowRoot!.querySelector('[part="problems"] [data-attribute="threshold"]'),
    ).not.toBeNull();
    await expect(element.threshold).toBe(0.5);
  },
};
