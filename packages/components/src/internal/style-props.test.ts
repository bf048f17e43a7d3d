import { html, render } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { styleProps } from './style-props.js';

describe('styleProps', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    vi.restoreAllMocks();
  });

  /** Renders `value` into a span's style twice and records every style attribute written as markup. */
  function renderTwice(make: (left: string) => unknown) {
    const written: string[] = [];
    const setAttribute = Element.prototype.setAttribute;
    vi.spyOn(Element.prototype, 'setAttribute').mockImplementation(function (this: Element, name, value) {
      if (name === 'style') written.push(value);
      return setAttribute.call(this, name, value);
    });
    const host = document.createElement('div');
    document.body.append(host);
    // One template, rendered twice: the second render updates the same span.
    const draw = (left: string) => render(html`<span style=${make(left)}>x</span>`, host);
    draw('25%');
    const span = host.querySelector('span')!;
    const first = span.style.left;
    draw('75%');
    expect(host.querySelector('span')).toBe(span);
    return { written, first, second: span.style.left, span };
  }

  it('sets every value through the CSSOM, the first render included: no style attribute string', () => {
    const { written, first, second, span } = renderTwice((left) => styleProps({ left, '--gd-x': 3 }));
    expect([first, second]).toEqual(['25%', '75%']);
    expect(span.style.getPropertyValue('--gd-x')).toBe('3');
    expect(written).toEqual([]);
  });

  it('where Lit’s styleMap writes its first value as an attribute, which a strict CSP blocks', () => {
    const { written, first, second } = renderTwice((left) => styleMap({ left }));
    expect([first, second]).toEqual(['25%', '75%']);
    expect(written).toEqual(['left:25%;']);
  });

  it('removes a property that is no longer given', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const draw = (props: Record<string, string | undefined>) =>
      render(html`<span style=${styleProps(props)}>x</span>`, host);
    draw({ left: '10px', top: '5px' });
    draw({ left: '20px', top: undefined });
    const span = host.querySelector('span')!;
    expect([span.style.left, span.style.top]).toEqual(['20px', '']);
  });
});
