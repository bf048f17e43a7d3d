import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseNumberList, parsePositive } from './attributes.js';
import { GdElement } from './gd-element.js';
import { attr, checkByParsing } from './schema.js';

/** A widget declared only through the schema: a rate (checked on property sets too) and a list that restarts the run. */
class SchemaProbe extends GdElement {
  static override schema = [
    attr({
      attribute: 'learning-rate',
      property: 'learningRate',
      parse: parsePositive,
      default: 0.5,
      check: checkByParsing(parsePositive),
    }),
    attr({
      attribute: 'weights',
      property: 'weights',
      parse: parseNumberList,
      default: () => [1, 1],
      resets: true,
    }),
  ];
  @property({ attribute: false }) learningRate = 0.5;
  @property({ attribute: false }) weights: number[] = [1, 1];
  restarts = 0;

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (this.hasUpdated && this.resetRequested(changed)) this.restarts++;
  }

  override render() {
    return html`${this.renderProblems()}<output>${this.learningRate}</output>`;
  }
}
customElements.define('gd-schema-probe', SchemaProbe);

async function mount(attributes: Record<string, string> = {}) {
  const element = document.createElement('gd-schema-probe') as SchemaProbe;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  await element.updateComplete;
  return element;
}
const problem = (element: SchemaProbe, attribute: string) =>
  element.shadowRoot!.querySelector(`[data-attribute="${attribute}"]`)?.textContent?.trim();

describe('attribute schema on GdElement', () => {
  afterEach(() => {
    document.body.replaceChildren();
    vi.restoreAllMocks();
  });

  it('parses attributes into properties, keeps the last good value and restores the default on removal', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await mount({ 'learning-rate': '0.25', weights: '2, -3' });
    expect(element.learningRate).toBe(0.25);
    expect(element.weights).toEqual([2, -3]);

    element.setAttribute('learning-rate', '-1');
    await element.updateComplete;
    expect(element.learningRate).toBe(0.25);
    expect(problem(element, 'learning-rate')).toBe(
      'The “learning-rate” attribute must be greater than 0, but got “-1”.',
    );
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('<gd-schema-probe>');

    element.setAttribute('learning-rate', '0.125');
    await element.updateComplete;
    expect(element.learningRate).toBe(0.125);
    expect(problem(element, 'learning-rate')).toBeUndefined();

    element.removeAttribute('weights');
    element.removeAttribute('learning-rate');
    await element.updateComplete;
    expect(element.weights).toEqual([1, 1]);
    expect(element.learningRate).toBe(0.5);
  });

  it('refuses a bad property set from JavaScript the same way, and a later good one clears the message', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await mount({ 'learning-rate': '0.3' });
    element.learningRate = 0;
    await element.updateComplete;
    expect(element.learningRate).toBe(0.3);
    expect(element.shadowRoot!.querySelector('output')?.textContent).toBe('0.3');
    expect(problem(element, 'learning-rate')).toContain('“0”');
    expect(warn).toHaveBeenCalledTimes(1);
    element.learningRate = 2;
    await element.updateComplete;
    expect(element.learningRate).toBe(2);
    expect(problem(element, 'learning-rate')).toBeUndefined();
  });

  it('keeps the message of a value refused before the first render', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await mount({ 'learning-rate': '0' });
    expect(element.learningRate).toBe(0.5);
    expect(problem(element, 'learning-rate')).toBe(
      'The “learning-rate” attribute must be greater than 0, but got “0”.',
    );
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('tells the element when an entry marked `resets` changed, and only then', async () => {
    const element = await mount();
    element.setAttribute('learning-rate', '0.2');
    await element.updateComplete;
    expect(element.restarts).toBe(0);
    element.setAttribute('weights', '4,5');
    await element.updateComplete;
    expect(element.restarts).toBe(1);
  });

  it('gives every removal its own fresh default array', async () => {
    const first = await mount({ weights: '3,4' });
    const second = await mount({ weights: '5,6' });
    first.removeAttribute('weights');
    second.removeAttribute('weights');
    await Promise.all([first.updateComplete, second.updateComplete]);
    expect(first.weights).toEqual([1, 1]);
    expect(first.weights).not.toBe(second.weights);
  });
});
