import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent } from 'storybook/test';
import '../define/gd-lr-slider.js';
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
import type { GdLrSlider } from './gd-lr-slider.js';

/** Args are the attributes as a course page writes them, plus the `lang` of the page around the widget. */
type Args = Record<string, string | number | boolean | undefined>;

const argTypes = attributeArgTypes('gd-lr-slider', {
  'learning-rate': { control: { type: 'number', min: 0.001, max: 10, step: 0.001 } },
  min: { control: { type: 'number', min: 1e-6, step: 0.001 } },
  max: { control: { type: 'number', min: 0.01, step: 1 } },
  x: { control: 'number' },
  target: { control: 'number' },
  start: { control: 'number' },
  steps: { control: { type: 'number', min: 1, max: 10000, step: 1 } },
  tolerance: { control: { type: 'number', min: 0.0001, step: 0.001 } },
  convention: { control: 'inline-radio', options: ['half', 'mean'] },
  for: { control: 'text' },
});

const meta: Meta<Args> = {
  title: 'Lessons/gd-lr-slider',
  component: 'gd-lr-slider',
  argTypes,
  args: {
    'learning-rate': 0.1,
    min: 0.001,
    max: 10,
    x: 1,
    target: 2,
    start: 5,
    steps: 100,
    tolerance: 0.01,
    convention: 'half',
    'hide-table': false,
    'hide-chart': false,
    for: '',
    theme: '',
    lang: 'en',
  },
  render: (args) =>
    html`<div lang=${args['lang'] || nothing}>
      <gd-lr-slider ${attributes(attributeArgs(args, argTypes))}></gd-lr-slider>
    </div>`,
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

/** The w column of the table (w₀, w₁, …). */
const weights = (element: GdLrSlider) => cells(element, 1);

const regimeName = (element: GdLrSlider) => shadowText(element, '.regime-name');

const status = (element: GdLrSlider) => shadowText(element, '[part="status"]');

/**
 * Lesson A.5's example, ready to play: α = 0.1 from w = 5. Arrow Up moves α to the next nice rate,
 * dragging the slider or typing a rate changes the regime, and Step adds a row to the table.
 */
export const Default: Story = {
  play: async (context) => {
    await expectControlsForEveryAttribute('gd-lr-slider', context);
    const element = await widget(context.canvasElement);
    const slider = shadowQuery<HTMLInputElement>(element, '[part="slider"]');
    slider.focus();
    slider.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
    await element.updateComplete;
    await expect(element.learningRate).toBe(0.12);
    await expect(slider.getAttribute('aria-valuetext')).toBe('0.12');
    // Dragging the slider to α = 0.5: the run restarts and one step halves the distance to w* = 2.
    slideTo(slider, Math.log10(0.5));
    await waitUntil(() => regimeName(element), 'Converges');
    await clickButton(element, 'Step');
    await waitUntil(() => weights(element), ['5', '3.5']);
    // Typing α = 2.5 and pressing Enter: too large, every step overshoots further.
    await typeInto(shadowQuery<HTMLInputElement>(element, '[part="entry"]'), '2.5');
    await waitUntil(() => regimeName(element), 'Diverges');
    await clickButton(element, 'Step');
    await waitUntil(() => weights(element), ['5', '-2.5']);
  },
};

/** A.5: α = 0.1 from w = 5: 4.7, 4.43, … → 2.01 after 55 steps. */
export const FromFive: Story = {
  name: 'A.5 · Single weight from w = 5',
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await clickButton(element, 'Step');
    await waitUntil(() => weights(element), ['5', '4.7']);
    await element.step(54);
    await expect(weights(element).slice(0, 3)).toEqual(['5', '4.7', '4.43']);
    await expect(status(element)).toBe('Within 0.01 of w* = 2 after 55 steps: w = 2.01.');
  },
};

/** A.5: α = 0.1 from w = 1: 1.1, 1.19, … → 1.99. */
export const FromOne: Story = {
  name: 'A.5 · Single weight from w = 1',
  args: { start: 1 },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await element.step(44);
    await expect(weights(element).slice(0, 3)).toEqual(['1', '1.1', '1.19']);
    await expect(status(element)).toBe('Within 0.01 of w* = 2 after 44 steps: w = 1.99.');
  },
};

/** A.6, too small: α = 0.001 crawls; it would need about 5,701 steps. */
export const TooSlow: Story = {
  name: 'A.6 · Too small (α = 0.001)',
  args: { 'learning-rate': 0.001 },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(regimeName(element)).toBe('Too slow');
    await expect(shadowText(element, '[part="regime"]')).toContain('about 5,701 steps');
  },
};

/** A.6, good: α = 0.5 halves the distance to w* at every step. Play runs it to the end; Reset goes back. */
export const Converges: Story = {
  name: 'A.6 · Good (α = 0.5)',
  args: { 'learning-rate': 0.5 },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(regimeName(element)).toBe('Converges');
    await element.step(2);
    await expect(weights(element)).toEqual(['5', '3.5', '2.75']);
    // 3 · ½ⁿ < 0.01 first at n = 9: w = 2.0059, shown to the tolerance's digits.
    await clickButton(element, 'Play');
    await waitUntil(() => status(element), 'Within 0.01 of w* = 2 after 9 steps: w = 2.01.');
    await clickButton(element, 'Reset');
    await waitUntil(() => weights(element), ['5']);
    await expect(status(element)).toBe('Press Play or Step to run gradient descent from w = 5.');
  },
};

/** A.6, large: α = 1.5 overshoots, w alternates sides of w* = 2 and still settles. */
export const Oscillates: Story = {
  name: 'A.6 · Oscillating (α = 1.5)',
  args: { 'learning-rate': 1.5 },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(regimeName(element)).toBe('Oscillates');
    await element.step(3);
    await expect(weights(element)).toEqual(['5', '0.5', '2.75', '1.625']);
  },
};

/** A.6, too large: α = 2.5 diverges; the run stops and says why. */
export const Diverges: Story = {
  name: 'A.6 · Diverging (α = 2.5)',
  args: { 'learning-rate': 2.5 },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(regimeName(element)).toBe('Diverges');
    await element.step(40);
    await expect(status(element)).toContain('The run stopped at step 18');
  },
};

/** The (y − ŷ)² convention doubles the gradient: the same α takes steps twice as long. */
export const MeanConvention: Story = {
  name: 'Convention: mean squared error',
  args: { convention: 'mean' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await element.step(1);
    await expect(weights(element)).toEqual(['5', '4.4']);
    // Back to ½(y − ŷ)² with the radio: the run restarts and the first step is 0.3 again.
    await userEvent.click(shadowQuery<HTMLInputElement>(element, 'input[name="convention"][value="half"]'));
    await element.whenReady();
    await element.step(1);
    await waitUntil(() => weights(element), ['5', '4.7']);
  },
};

/** Dark theme, on a dark page. */
export const Dark: Story = {
  name: 'Dark theme',
  args: { theme: 'dark', 'learning-rate': 1.5 },
  decorators: [darkPage],
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(getComputedStyle(element).backgroundColor).toBe('rgb(13, 17, 23)');
    await expect(regimeName(element)).toBe('Oscillates');
  },
};

/** English. */
export const English: Story = {
  name: 'English (en)',
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await element.step(1);
    await expect(weights(element)).toEqual(['5', '4.7']);
    await expect(shadowText(element, 'label[for="slider"]')).toBe('Learning rate α');
  },
};

/** Turkish: labels translated, decimal commas. */
export const Turkish: Story = {
  name: 'Turkish (tr)',
  args: { lang: 'tr' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await element.step(1);
    await expect(weights(element)).toEqual(['5', '4,7']);
    await expect(regimeName(element)).toBe('Yakınsıyor');
  },
};

/** Portuguese. */
export const Portuguese: Story = {
  name: 'Portuguese (pt)',
  args: { lang: 'pt' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await element.step(1);
    await expect(weights(element)).toEqual(['5', '4,7']);
    await expect(regimeName(element)).toBe('Converge');
  },
};

/** Korean. */
export const Korean: Story = {
  name: 'Korean (ko)',
  args: { lang: 'ko' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await element.step(1);
    await expect(weights(element)).toEqual(['5', '4.7']);
    await expect(regimeName(element)).toBe('수렴');
  },
};

/** A typo in an attribute: a localised message, and the widget keeps working from its last good state. */
export const BadAttribute: Story = {
  name: 'Error: bad learning rate',
  args: { 'learning-rate': 'fast' },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    const problem = '[part="problems"] [data-attribute="learning-rate"]';
    await expect(element.shadowRoot!.querySelector(problem)?.getAttribute('data-code')).toBe('not-a-number');
    await expect(shadowText(element, problem)).toBe(
      'The “learning-rate” attribute needs a number, but got “fast”.',
    );
    await expect(element.learningRate).toBe(0.1);
  },
};

/** Linked mode: the slider sets another element's `learningRate` and hides its own problem. */
export const Linked: Story = {
  name: 'Linked to another element (for)',
  render: () => html`<output id="lr-story-target"></output>
    <gd-lr-slider for="lr-story-target" learning-rate="0.05"></gd-lr-slider>`,
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    const target = canvasElement.querySelector('#lr-story-target') as HTMLElement & { learningRate?: number };
    await expect(target.learningRate).toBe(0.05);
    await expect(element.shadowRoot!.querySelector('[part="table"]')).toBeNull();
  },
};
