import axe from 'axe-core';
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parsePositive } from './attributes.js';
import { GdElement } from './gd-element.js';
import { defineMessages } from './i18n/index.js';

defineMessages('gd-test-probe', {
  en: { rate: 'Learning rate' },
  tr: { rate: 'Öğrenme oranı' },
  pt: { rate: 'Taxa de aprendizado' },
  ko: { rate: '학습률' },
});

/** A minimal widget on the platform: one positive-number attribute, shown formatted. */
class TestProbe extends GdElement {
  static override messagesNamespace = 'gd-test-probe';
  @property() rate = '0.5';
  value = 0.5;

  override willUpdate(): void {
    const accepted = this.accept('rate', this.rate, parsePositive(this.rate));
    if (accepted !== undefined) this.value = accepted;
  }

  override render() {
    return html`${this.renderProblems()}<label>${this.t('rate')} <output>${this.num(this.value)}</output></label>
      <button @click=${() => this.emit('gd-ping', { value: this.value })}>${this.t('play')}</button>${this.renderLiveRegion()}`;
  }
}
customElements.define('gd-test-probe', TestProbe);

async function mount(attributes: Record<string, string> = {}, parent: HTMLElement = document.body) {
  const element = document.createElement('gd-test-probe') as TestProbe;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  parent.append(element);
  await element.updateComplete;
  return element;
}
const text = (element: TestProbe, selector: string) =>
  element.shadowRoot!.querySelector(selector)?.textContent?.trim();

describe('GdElement', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    document.documentElement.lang = '';
    vi.restoreAllMocks();
  });

  it('follows the nearest lang, live, with locale number formats', async () => {
    const section = document.createElement('section');
    section.lang = 'pt-BR';
    document.body.append(section);
    const element = await mount({ rate: '0.25' }, section);
    expect(text(element, 'label')).toBe('Taxa de aprendizado 0,25');
    section.lang = 'ko';
    await vi.waitFor(() => expect(text(element, 'label')).toBe('학습률 0.25'), { timeout: 10_000 });
    element.lang = 'tr';
    await vi.waitFor(() => expect(text(element, 'label')).toBe('Öğrenme oranı 0,25'), { timeout: 10_000 });
    expect(text(element, 'button')).toBe('Oynat');
  });

  it('shows a localised problem for a bad attribute, keeps the last good value and warns once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await mount({ rate: '0.5', lang: 'tr' });
    element.setAttribute('rate', '-2');
    await element.updateComplete;
    expect(text(element, 'output')).toBe('0,5');
    const problem = element.shadowRoot!.querySelector('[part="problems"] [data-attribute="rate"]')!;
    expect(problem.textContent?.trim()).toBe('“rate” özniteliği 0’dan büyük olmalı, ancak “-2” verildi.');
    element.requestUpdate();
    await element.updateComplete;
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('“rate” attribute must be greater than 0');
    element.setAttribute('rate', '0.125');
    await element.updateComplete;
    expect(text(element, 'output')).toBe('0,125');
    expect(element.shadowRoot!.querySelector('[part="problems"]')).toBeNull();
  });

  it('dispatches gd- events that bubble out of the shadow root', async () => {
    const element = await mount({ rate: '2' });
    const seen: unknown[] = [];
    document.body.addEventListener('gd-ping', (event) => seen.push((event as CustomEvent).detail));
    element.shadowRoot!.querySelector('button')!.click();
    expect(seen).toEqual([{ value: 2 }]);
  });

  it('tracks its width and passes axe in light and dark themes', async () => {
    const box = document.createElement('div');
    box.style.width = '320px';
    document.body.append(box);
    const element = await mount({}, box);
    await vi.waitFor(() => expect((element as unknown as { width: number }).width).toBeGreaterThan(280), {
      timeout: 10_000,
    });
    expect((await axe.run(element)).violations).toEqual([]);
    element.theme = 'dark';
    await element.updateComplete;
    expect(getComputedStyle(element).colorScheme).toBe('dark');
    expect((await axe.run(element)).violations).toEqual([]);
  });

  it('renders the first time at its real width, and follows resizes', async () => {
    const box = document.createElement('div');
    box.style.width = '500px';
    document.body.append(box);
    const element = document.createElement('gd-test-probe') as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    const widths: number[] = [];
    const original = (element as unknown as { render(): unknown }).render.bind(element);
    (element as unknown as { render(): unknown }).render = () => {
      widths.push((element as unknown as { width: number }).width);
      return original();
    };
    box.append(element);
    await element.updateComplete;
    // The first render already has the content-box width the observer reports (500 px less border
    // and padding), so the observer's first report changes nothing and causes no second render.
    const style = getComputedStyle(element);
    const frame = ['borderLeftWidth', 'borderRightWidth', 'paddingLeft', 'paddingRight'] as const;
    const inset = frame.reduce((sum, key) => sum + Number.parseFloat(style[key]), 0);
    expect(widths).toEqual([Math.round(500 - inset)]);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(widths).toEqual([Math.round(500 - inset)]);
    box.style.width = '400px';
    await vi.waitFor(() => expect(widths.at(-1)).toBe(Math.round(400 - inset)), { timeout: 10_000 });
  });
});
