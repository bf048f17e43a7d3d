import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../define/gd-math.js';

const meta: Meta = {
  title: 'Building blocks/gd-math',
  component: 'gd-math',
  args: { tex: 'w \\leftarrow w - \\alpha \\, \\frac{\\partial L}{\\partial w}', display: true },
  render: (args) => html`<gd-math .tex=${args.tex} ?display=${args.display}></gd-math>`,
};
export default meta;

type Story = StoryObj;

/** The rendered `<math>` of the story's element, once Lit has rendered it. */
async function renderedMath(canvasElement: HTMLElement) {
  const element = canvasElement.querySelector('gd-math')!;
  await element.updateComplete;
  return element.shadowRoot!;
}

/** The gradient-descent update, as lesson A.5 writes it. */
export const UpdateRule: Story = {
  play: async ({ canvasElement }) => {
    const math = (await renderedMath(canvasElement)).querySelector('math')!;
    await expect(math.getAttribute('display')).toBe('block');
    await expect(math.querySelectorAll('mfrac')).toHaveLength(1);
  },
};

/** Lesson A.3's mean squared error for truth (10, 20, 30) and prediction (12, 18, 30). */
export const MeanSquaredError: Story = {
  args: { tex: '\\mathrm{MSE} = \\frac{4 + 4 + 0}{3} = \\frac{8}{3}', display: true },
  play: async ({ canvasElement }) => {
    const math = (await renderedMath(canvasElement)).querySelector('math')!;
    const last = math.querySelectorAll('mfrac')[1]!;
    await expect(Array.from(last.children, (node) => node.textContent)).toEqual(['8', '3']);
  },
};

/** A typo keeps the formula that was there and shows the source that failed. */
export const BrokenFormula: Story = {
  args: { tex: '\\frac{1}{', display: false },
  play: async ({ canvasElement }) => {
    const error = (await renderedMath(canvasElement)).querySelector('[part="error"]');
    await expect(error?.textContent).toBe('\\frac{1}{');
  },
};
