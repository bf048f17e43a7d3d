/**
 * Under `style-src 'self'` (set here with a meta policy, as a CMS would send it), Chromium reports
 * Lit's `styleMap` on its first render and drops those values; `styleProps` sets them through the
 * CSSOM with no violation.
 */
import { html, render } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { styleProps } from './style-props.js';

const violations: SecurityPolicyViolationEvent[] = [];
const record = (event: SecurityPolicyViolationEvent) => violations.push(event);
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('inline styles under a strict style-src', () => {
  beforeAll(() => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "style-src 'self'";
    document.head.append(meta);
    document.addEventListener('securitypolicyviolation', record);
  });
  afterAll(() => document.removeEventListener('securitypolicyviolation', record));

  it('styleMap writes a style attribute on its first render: reported and not applied', async () => {
    violations.length = 0;
    const host = document.createElement('div');
    document.body.append(host);
    render(html`<p style=${styleMap({ color: 'rgb(1, 2, 3)' })}>a</p>`, host);
    await settle();
    expect(violations.map((v) => v.violatedDirective)).toEqual(['style-src-attr']);
    expect(getComputedStyle(host.querySelector('p')!).color).not.toBe('rgb(1, 2, 3)');
    host.remove();
  });

  it('styleProps sets, updates and removes properties through the CSSOM with no violation', async () => {
    violations.length = 0;
    const host = document.createElement('div');
    document.body.append(host);
    const draw = (props: Record<string, string | undefined>) =>
      render(html`<p ${styleProps(props)}>b</p>`, host);
    draw({ color: 'rgb(1, 2, 3)', '--gd-x': '4px', 'margin-left': '2px' });
    const p = host.querySelector('p')!;
    expect(getComputedStyle(p).color).toBe('rgb(1, 2, 3)');
    expect(getComputedStyle(p).getPropertyValue('--gd-x')).toBe('4px');
    draw({ color: 'rgb(4, 5, 6)', '--gd-x': undefined });
    expect(getComputedStyle(p).color).toBe('rgb(4, 5, 6)');
    expect(p.style.getPropertyValue('--gd-x')).toBe('');
    expect(p.style.getPropertyValue('margin-left')).toBe('');
    await settle();
    expect(violations).toEqual([]);
    host.remove();
  });
});
