import { html, render } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { type AxesOptions, axesStyles, plotArea, renderAxes } from './axes.js';
import { linearScale } from './scales.js';

const margin = { top: 10, right: 20, bottom: 40, left: 50 };

function mount(options: Partial<AxesOptions> = {}): SVGSVGElement {
  const area = plotArea(320, 200, margin);
  const axes: AxesOptions = {
    x: linearScale([0, 2], [area.left, area.right]),
    y: linearScale([0, 1], [area.bottom, area.top]),
    width: 320,
    height: 200,
    margin,
    locale: 'en',
    ...options,
  };
  // Inside a shadow root with the axes' adopted style sheet, as in a widget.
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [axesStyles.styleSheet!];
  render(html`<svg width="320" height="200">${renderAxes(axes)}</svg>`, root);
  return root.querySelector('svg')!;
}

const labels = (svg: SVGSVGElement, axis: 'x' | 'y') =>
  Array.from(svg.querySelectorAll(`.gd-axis-${axis} text`), (text) => text.textContent);

describe('plotArea', () => {
  it('is the chart minus its margins, never negative', () => {
    expect(plotArea(320, 200, margin)).toEqual({
      left: 50,
      top: 10,
      right: 300,
      bottom: 160,
      width: 250,
      height: 150,
    });
    expect(plotArea(40, 30, margin)).toMatchObject({ width: 0, height: 0, right: 50, bottom: 10 });
  });
});

describe('renderAxes', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('draws the axis lines along the bottom and left of the plot area', () => {
    const svg = mount();
    const xLine = svg.querySelector('.gd-axis-x > line')!;
    expect(['x1', 'x2', 'y1', 'y2'].map((name) => xLine.getAttribute(name))).toEqual([
      '50',
      '300',
      '160',
      '160',
    ]);
    const yLine = svg.querySelector('.gd-axis-y > line')!;
    expect(['x1', 'x2', 'y1', 'y2'].map((name) => yLine.getAttribute(name))).toEqual([
      '50',
      '50',
      '10',
      '160',
    ]);
  });

  it('places tick labels at their values, formatted for the locale', () => {
    const svg = mount({ locale: 'tr' });
    expect(labels(svg, 'x')).toEqual(['0', '0,5', '1', '1,5', '2']);
    expect(labels(svg, 'y')).toEqual(['0', '0,2', '0,4', '0,6', '0,8', '1']);
    const half = svg.querySelectorAll('.gd-axis-x text')[1]!;
    expect(half.getAttribute('x')).toBe('112.5');
    expect(labels(mount({ locale: 'en' }), 'x')).toContain('0.5');
  });

  it('honours the tick counts', () => {
    const svg = mount({ xTicks: 2, yTicks: 1 });
    expect(labels(svg, 'x')).toEqual(['0', '1', '2']);
    expect(labels(svg, 'y')).toEqual(['0', '1']);
  });

  it('adds titles and grid lines only when asked', () => {
    const plain = mount();
    expect(plain.querySelector('.gd-grid')).toBeNull();
    expect(plain.querySelector('.gd-axis-title')).toBeNull();
    const full = mount({ grid: true, xLabel: 'Weight w', yLabel: 'Loss' });
    expect(full.querySelectorAll('.gd-grid line')).toHaveLength(5 + 6);
    expect(full.querySelector('.gd-axis-title-x')?.textContent).toBe('Weight w');
    expect(full.querySelector('.gd-axis-title-y')?.textContent).toBe('Loss');
    expect(full.querySelector('.gd-axis-title-y')?.getAttribute('transform')).toBe(
      'translate(4 85) rotate(-90)',
    );
  });

  it('is hidden from assistive technology', () => {
    const svg = mount({ xLabel: 'w' });
    expect(svg.querySelector('.gd-axes')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('takes its colours from --gd-axis-color, falling back to the text colour', () => {
    const svg = mount();
    svg.style.color = 'rgb(0, 0, 255)';
    const line = svg.querySelector('.gd-axis-x > line')!;
    const text = svg.querySelector('.gd-axis-x text')!;
    expect(getComputedStyle(line).stroke).toBe('rgb(0, 0, 255)');
    expect(getComputedStyle(text).fill).toBe('rgb(0, 0, 255)');
    svg.style.setProperty('--gd-axis-color', 'rgb(255, 0, 0)');
    expect(getComputedStyle(line).stroke).toBe('rgb(255, 0, 0)');
    expect(getComputedStyle(svg.querySelector('.gd-axes')!).fontSize).toBe('11px');
  });

  it('writes no style attribute, which a strict Content-Security-Policy would block', () => {
    const svg = mount({ xLabel: 'w', yLabel: 'loss', grid: true });
    expect(svg.querySelectorAll('*').length).toBeGreaterThan(20);
    expect(svg.querySelectorAll('[style]')).toHaveLength(0);
  });
});
