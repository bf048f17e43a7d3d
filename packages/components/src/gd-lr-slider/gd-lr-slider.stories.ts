import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import '../define/gd-lr-slider.js';
import type { GdLrSlider } from './gd-lr-slider.js';

interface Args {
  learningRate: number;
  min: number;
  max: number;
  x: number;
  target: number;
  start: number;
  steps: number;
  tolerance: number;
  convention: 'half' | 'mean';
  hideTable: boolean;
  hideChart: boolean;
  theme: 'light' | 'dark' | undefined;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Lessons/gd-lr-slider',
  component: 'gd-lr-slider',
  args: {
    learningRate: 0.1,
    min: 0.001,
    max: 10,
    x: 1,
    target: 2,
    start: 5,
    steps: 100,
    tolerance: 0.01,
    convention: 'half',
    hideTable: false,
    hideChart: false,
    theme: undefined,
    lang: 'en',
  },
  argTypes: {
    learningRate: { name: 'learning-rate', control: { type: 'number', min: 0.001, max: 10, step: 0.001 } },
    min: { control: { type: 'number', min: 1e-6, step: 0.001 } },
    max: { control: { type: 'number', min: 0.01, step: 1 } },
    x: { control: 'number' },
    target: { control: 'number' },
    start: { control: 'number' },
    steps: { control: { type: 'number', min: 1, max: 10000, step: 1 } },
    tolerance: { control: { type: 'number', min: 0.0001, step: 0.001 } },
    convention: { control: 'inline-radio', options: ['half', 'mean'] },
    hideTable: { name: 'hide-table', control: 'boolean' },
    hideChart: { name: 'hide-chart', control: 'boolean' },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    lang: { control: 'inline-radio', options: ['en', 'tr', 'pt', 'ko'] },
  },
  render: (args) => html`<gd-lr-slider
    lang=${args.lang}
    learning-rate=${args.learningRate}
    min=${args.min}
    max=${args.max}
    x=${args.x}
    target=${args.target}
    start=${args.start}
    steps=${args.steps}
    tolerance=${args.tolerance}
    convention=${args.convention}
    theme=${args.theme ?? nothing}
    ?hide-table=${args.hideTable}
    ?hide-chart=${args.hideChart}
  ></gd-lr-slider>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The element of the story, rendered and with its run ready. */
async function widget(canvasElement: HTMLElement): Promise<GdLrSlider> {
  const element = canvasElement.querySelector('gd-lr-slider')!;
  await element.updateComplete;
  await element.whenReady();
  return element;
}

/** One column of the per-step table, as shown (without the screen-reader-only "next step" note). */
const cells = (element: GdLrSlider, column: number) =>
  Array.from(element.shadowRoot!.querySelectorAll('tbody tr'), (row) => {
    const cell = row.children[column]?.cloneNode(true) as Element | undefined;
    for (const hidden of cell?.querySelectorAll('.visually-hidden') ?? []) hidden.remove();
    return (cell?.textContent ?? '').trim();
  });

const regimeName = (element: GdLrSlider) =>
  element.shadowRoot!.querySelector('.regime-name')?.textContent?.trim() ?? '';

const status = (element: GdLrSlider) =>
  element.shadowRoot!.querySelector('[part="status"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Lesson A.5's example, ready to play: α = 0.1 from w = 5. Arrow Up moves α to the next nice rate. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    const slider = element.shadowRoot!.querySelector<HTMLInputElement>('[part="slider"]')!;
    slider.focus();
    slider.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
    await element.updateComplete;
    await expect(element.learningRate).toBe(0.12);
    await expect(slider.getAttribute('aria-valuetext')).toBe('0.12');
  },
};

/** A.5: α = 0.1 from w = 5: 4.7, 4.43, … → 2.01 after 55 steps. */
export const FromFive: Story = {
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await element.step(55);
    await expect(cells(element, 1).slice(0, 3)).toEqual(['5', '4.7', '4.43']);
    await expect(status(element)).toBe('Within 0.01 of w* = 2 after 55 steps: w = 2.01.');
  },
};

/** A.5: α = 0.1 from w = 1: 1.1, 1.19, … → 1.99. */
export const FromOne: Story = {
  args: { start: 1 },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await element.step(44);
    await expect(cells(element, 1).slice(0, 3)).toEqual(['1', '1.1', '1.19']);
    await expect(status(element)).toBe('Within 0.01 of w* = 2 after 44 steps: w = 1.99.');
  },
};

/** A.6, too small: α = 0.001 crawls; it would need about 5,701 steps. */
export const TooSlow: Story = {
  args: { learningRate: 0.001 },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(regimeName(element)).toBe('Too slow');
  },
};

/** A.6, good: α = 0.5 halves the distance to w* at every step. */
export const Converges: Story = {
  args: { learningRate: 0.5 },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(regimeName(element)).toBe('Converges');
    await element.step(2);
    await expect(cells(element, 1)).toEqual(['5', '3.5', '2.75']);
  },
};

/** A.6, large: α = 1.5 overshoots, w alternates sides of w* = 2 and still settles. */
export const Oscillates: Story = {
  args: { learningRate: 1.5 },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(regimeName(element)).toBe('Oscillates');
    await element.step(3);
    await expect(cells(element, 1)).toEqual(['5', '0.5', '2.75', '1.625']);
  },
};

/** A.6, too large: α = 2.5 diverges; the run stops and says why. */
export const Diverges: Story = {
  args: { learningRate: 2.5 },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(regimeName(element)).toBe('Diverges');
    await element.step(40);
    await expect(status(element)).toContain('The run stopped at step 18');
  },
};

/** The (y − ŷ)² convention doubles the gradient: the same α takes steps twice as long. */
export const MeanConvention: Story = {
  args: { convention: 'mean' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await element.step(1);
    await expect(cells(element, 1)).toEqual(['5', '4.4']);
  },
};

/** Dark theme. */
export const Dark: Story = {
  args: { theme: 'dark', learningRate: 1.5 },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(getComputedStyle(element).backgroundColor).toBe('rgb(13, 17, 23)');
  },
};

/** Turkish: labels translated, decimal commas. */
export const Turkish: Story = {
  args: { lang: 'tr' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await element.step(1);
    await expect(cells(element, 1)).toEqual(['5', '4,7']);
    await expect(regimeName(element)).toBe('Yakınsıyor');
  },
};

/** Portuguese. */
export const Portuguese: Story = {
  args: { lang: 'pt' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await element.step(1);
    await expect(cells(element, 1)).toEqual(['5', '4,7']);
    await expect(regimeName(element)).toBe('Converge');
  },
};

/** Korean. */
export const Korean: Story = {
  args: { lang: 'ko' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(regimeName(element)).toBe('수렴');
  },
};

/** A typo in an attribute: a localised message, and the widget keeps working from its last good state. */
export const BadAttribute: Story = {
  render: () => html`<gd-lr-slider learning-rate="fast"></gd-lr-slider>`,
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    const problem = element.shadowRoot!.querySelector('[part="problems"] [data-attribute="learning-rate"]');
    await expect(problem?.getAttribute('data-code')).toBe('not-a-number');
    await expect(element.learningRate).toBe(0.1);
  },
};

/** Linked mode: the slider sets another element's `learningRate` and hides its own problem. */
export const Linked: Story = {
  render: () => html`<output id="lr-story-target"></output>
    <gd-lr-slider for="lr-story-target" learning-rate="0.05"></gd-lr-slider>`,
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    const target = canvasElement.querySelector('#lr-story-target') as HTMLElement & { learningRate?: number };
    await expect(target.learningRate).toBe(0.05);
    await expect(element.shadowRoot!.querySelector('[part="table"]')).toBeNull();
  },
};
