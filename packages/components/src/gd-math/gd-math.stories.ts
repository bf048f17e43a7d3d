import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../define/gd-math.js';
import {
  attributeArgs,
  attributeArgTypes,
  attributes,
  darkPage,
  expectControlsForEveryAttribute,
  shadowText,
  waitUntil,
} from '../internal/story-helpers.js';
import type { GdMath } from './gd-math.js';

type Args = Record<string, string | boolean | undefined>;

// gd-math shows no words of its own: no `lang` control.
const { lang: _lang, ...argTypes } = attributeArgTypes('gd-math', {
  tex: { control: 'text', description: 'The formula in LaTeX.' },
  display: { control: 'boolean' },
});

const meta: Meta<Args> = {
  title: 'Building blocks/gd-math',
  component: 'gd-math',
  argTypes,
  args: { tex: 'w \\leftarrow w - \\alpha \\, \\frac{\\partial L}{\\partial w}', display: true },
  render: (args) => html`<gd-math ${attributes(attributeArgs(args, argTypes))}></gd-math>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The story's element, once Lit has rendered it. */
async function widget(canvasElement: HTMLElement): Promise<GdMath> {
  const element = canvasElement.querySelector('gd-math')!;
  await element.updateComplete;
  return element;
}

/** The rendered `<math>`. */
const mathOf = (element: GdMath) => element.shadowRoot!.querySelector('math')!;

/** The gradient-descent update, as lesson A.5 writes it, as a centred block. */
export const UpdateRule: Story = {
  name: 'Default: A.5 update rule',
  play: async (context) => {
    await expectControlsForEveryAttribute('gd-math', context, []);
    const element = await widget(context.canvasElement);
    const math = mathOf(element);
    await expect(math.getAttribute('display')).toBe('block');
    await expect(math.querySelectorAll('mfrac')).toHaveLength(1);
    await expect(math.querySelector('mi')?.textContent).toBe('w');
    await expect(math.querySelector('annotation[encoding="application/x-tex"]')?.textContent).toContain(
      '\\frac{\\partial L}{\\partial w}',
    );
  },
};

/** Lesson A.3's mean squared error for truth (10, 20, 30) and prediction (12, 18, 30), inline. */
export const MeanSquaredError: Story = {
  name: 'A.3 · Mean squared error, inline',
  args: { tex: '\\mathrm{MSE} = \\frac{4 + 4 + 0}{3} = \\frac{8}{3}', display: false },
  play: async ({ canvasElement }) => {
    const math = mathOf(await widget(canvasElement));
    await expect(math.getAttribute('display')).not.toBe('block');
    const last = math.querySelectorAll('mfrac')[1]!;
    await expect(Array.from(last.children, (node) => node.textContent)).toEqual(['8', '3']);
  },
};

/** On a dark page the formula takes the page's text colour. */
export const Dark: Story = {
  name: 'Dark page',
  decorators: [darkPage],
  play: async ({ canvasElement }) => {
    const math = mathOf(await widget(canvasElement));
    await expect(getComputedStyle(math).color).toBe('rgb(230, 237, 243)');
  },
};

/** A typo keeps the formula that was there and shows the source that failed. */
export const BrokenFormula: Story = {
  name: 'Error: bad TeX',
  args: { tex: '\\frac{1}{', display: false },
  play: async ({ canvasElement }) => {
    const element = await widget(canvasElement);
    await expect(shadowText(element, '[part="error"]')).toBe('\\frac{1}{');
    // The refused TeX is shown as typed; why it was refused is the widget's alert, in the reader's language.
    await expect(element.shadowRoot!.querySelector('[part="problems"]')?.getAttribute('role')).toBe('alert');
    // A good formula replaces the error; a new typo then keeps that formula on screen.
    element.setAttribute('tex', '\\sigma(z) = \\frac{1}{1 + e^{-z}}');
    await waitUntil(() => element.shadowRoot!.querySelector('[part="error"]'), null);
    await expect(mathOf(element).querySelectorAll('mfrac')).toHaveLength(1);
    element.setAttribute('tex', '\\sigma(z) = \\frac{1}{1 + e^{-z}');
    await waitUntil(() => shadowText(element, '[part="error"]'), '\\sigma(z) = \\frac{1}{1 + e^{-z}');
    await expect(mathOf(element).querySelectorAll('mfrac')).toHaveLength(1);
  },
};
