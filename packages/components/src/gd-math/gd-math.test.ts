import { afterEach, describe, expect, it, vi } from 'vitest';
import '../define/gd-math.js';
import type { GdMath } from './gd-math.js';

async function mount(tex: string, display = false): Promise<GdMath> {
  const element = document.createElement('gd-math');
  element.tex = tex;
  element.display = display;
  document.body.append(element);
  await element.updateComplete;
  return element;
}

describe('<gd-math>', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    vi.restoreAllMocks();
  });

  it('typesets LaTeX as MathML with the symbols a screen reader reads', async () => {
    const element = await mount('w - \\alpha g');
    const math = element.shadowRoot!.querySelector('math')!;
    expect(math).not.toBeNull();
    const identifiers = Array.from(math.querySelectorAll('mi'), (node) => node.textContent);
    expect(identifiers).toEqual(['w', 'α', 'g']);
    expect(math.querySelector('annotation')?.textContent).toBe('w - \\alpha g');
  });

  it('renders a fraction in display style when asked', async () => {
    const element = await mount('\\frac{8}{3}', true);
    const fraction = element.shadowRoot!.querySelector('mfrac')!;
    expect(Array.from(fraction.children, (node) => node.textContent)).toEqual(['8', '3']);
    expect(element.shadowRoot!.querySelector('math')!.getAttribute('display')).toBe('block');
  });

  it('keeps the last good formula and warns once when the LaTeX is broken', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await mount('x^2');
    element.tex = '\\frac{1}{';
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('msup')?.textContent).toBe('x2');
    expect(element.shadowRoot!.querySelector('[part="error"]')?.textContent).toBe('\\frac{1}{');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('"tex"');
  });
});
