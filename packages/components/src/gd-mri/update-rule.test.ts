import { describe, expect, it } from 'vitest';
import '../define/gd-mri.js';
import { checkPageAfterEach, mounter } from '../internal/element.test-fixtures.js';
import type { GdMri } from './gd-mri.js';

const MATHML = 'http://www.w3.org/1998/Math/MathML';
const mount = mounter<GdMri>('gd-mri', {
  width: 900,
  settle: async (element) => {
    await element.ready();
    await element.updateComplete;
  },
});

/** The second formula (L = 1 + λ·L_R = …), its MathML elements in document order. */
function lipschitzFormula(element: GdMri): Element[] {
  const formula = element.shadowRoot!.querySelectorAll('math')[1]!;
  return Array.from(formula.querySelectorAll('*'));
}

checkPageAfterEach();

describe('<gd-mri> update rule', () => {
  it('smoothed TV: L = 1 + λ·8/ε with the regulariser term drawn as MathML (λ 0.002, ε 0.01 → 2.6, 1/L 0.3846)', async () => {
    const element = await mount({ size: '64', lambda: '0.002', epsilon: '0.01', regularizer: 'tv' });
    const parts = lipschitzFormula(element);
    // Every element of the formula, the fraction 8/ε included, is in the MathML namespace.
    expect(parts.every((part) => part.namespaceURI === MATHML)).toBe(true);
    const fraction = parts.find((part) => part.localName === 'mfrac');
    expect(fraction?.textContent).toBe('8ε');
    // A drawn fraction has a height; an unknown HTML element holding text does not lay out as one.
    expect(fraction!.getBoundingClientRect().height).toBeGreaterThan(20);
    const numbers = parts.filter((part) => part.localName === 'mn').map((part) => part.textContent);
    expect(numbers).toEqual(['1', '8', '2.6', '1', '0.3846']);
  });

  it('Tikhonov: L = 1 + λ·8 (λ 0.05 → 1.4, 1/L 0.7143)', async () => {
    const element = await mount({ size: '64', lambda: '0.05', regularizer: 'tikhonov' });
    const parts = lipschitzFormula(element);
    expect(parts.every((part) => part.namespaceURI === MATHML)).toBe(true);
    expect(parts.some((part) => part.localName === 'mfrac' && part.textContent === '8ε')).toBe(false);
    const numbers = parts.filter((part) => part.localName === 'mn').map((part) => part.textContent);
    expect(numbers).toEqual(['1', '8', '1.4', '1', '0.7143']);
  });
});
