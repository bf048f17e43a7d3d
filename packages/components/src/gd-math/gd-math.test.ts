import { afterEach, describe, expect, it, vi } from 'vitest';
import '../define/gd-math.js';
import { manifestAttributes } from '../internal/schema.test-fixtures.js';
import { GdMath } from './gd-math.js';

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

  it('shows MathML written inside the tag at build time as it is, without typesetting', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // Deliberately not TeX: were it typeset, the element would show an error and warn.
    document.body.innerHTML =
      '<gd-math tex="\\frac{1}{"><math><mi>p</mi><mo>=</mo><mn>0.5</mn></math></gd-math>';
    const element = document.querySelector('gd-math')!;
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('math')?.textContent).toBe('p=0.5');
    expect(element.shadowRoot!.querySelector('[part="error"]')).toBeNull();
    expect(warn).not.toHaveBeenCalled();
    // A new formula set later is typeset.
    element.tex = 'x^2';
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('msup')?.textContent).toBe('x2');
  });

  it('typesets its text when it has no tex attribute, with no style attribute in the result', async () => {
    document.body.innerHTML = '<gd-math display>\\begin{array}{l} a = 1 \\\\ b \\end{array}</gd-math>';
    const element = document.querySelector('gd-math')!;
    await element.updateComplete;
    const math = element.shadowRoot!.querySelector('math')!;
    expect(Array.from(math.querySelectorAll('mi'), (node) => node.textContent)).toEqual(['a', 'b']);
    expect(element.shadowRoot!.querySelectorAll('[style]')).toHaveLength(0);
    // The mapped classes keep temml's layout: a block formula.
    expect(getComputedStyle(math).display).toBe('block math');
  });

  it('says why a formula was refused in each language, keeps the last good one, and restores the default on removal', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    document.body.innerHTML = '<gd-math tex="x^2"></gd-math>';
    const element = document.querySelector('gd-math')!;
    await element.updateComplete;
    element.setAttribute('tex', '\\frac{1}{');
    await element.updateComplete;
    expect(element.tex).toBe('\\frac{1}{');
    expect(element.shadowRoot!.querySelector('msup')?.textContent).toBe('x2');
    const message = () =>
      element.shadowRoot!.querySelector('[part="problems"] [data-attribute="tex"]')?.textContent?.trim() ??
      '';
    const seen: Record<string, string> = {};
    for (const lang of ['en', 'tr', 'pt', 'ko']) {
      element.lang = lang;
      await element.updateComplete;
      await vi.waitFor(() => expect(message()).toContain('"tex"'));
      seen[lang] = message();
    }
    expect(seen.en).toMatch(/^The LaTeX in the "tex" attribute could not be read: /);
    expect(seen.tr).toMatch(/^"tex" özniteliğindeki LaTeX okunamadı: /);
    expect(seen.pt).toMatch(/^Não foi possível ler o LaTeX do atributo "tex": /);
    expect(seen.ko).toMatch(/^"tex" 속성의 LaTeX를 읽을 수 없습니다: /);
    expect(warn).toHaveBeenCalledTimes(1);

    element.removeAttribute('tex');
    await element.updateComplete;
    expect(element.tex).toBe('');
    expect(element.shadowRoot!.querySelector('[part="problems"]')).toBeNull();
    expect(element.shadowRoot!.querySelector('[part="error"]')).toBeNull();
  });

  it('declares the same attributes in its schema as the manifest lists', async () => {
    expect(GdMath.schema.map((spec) => spec.attribute)).toEqual(['tex']);
    expect((await manifestAttributes('gd-math')).sort()).toEqual(['display', 'tex', 'theme']);
  });
});
