import { ready } from '@gd-playground/core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildDataset, DEFAULT_STATE } from '../state.js';
import { computePlaygroundLandscape, type PlaygroundLandscape } from './landscape-source.js';
import { contourLevels, GdPlaygroundParameterView, type StartPickDetail } from './parameter-view.js';
import { clean, defineOnce, mountView, unmountAll } from './test-utils.js';

const TAG = 'test-playground-parameter-view';
defineOnce(TAG, GdPlaygroundParameterView);

let landscape: PlaygroundLandscape;

beforeAll(async () => {
  await ready({ prefer: 'cpu' });
  // House prices, standardised: the solution is w ≈ 86.02, b = 510.
  landscape = await computePlaygroundLandscape(
    DEFAULT_STATE,
    buildDataset(DEFAULT_STATE),
    { w: [0], b: [0] },
    {
      include: [{ x: 86.02, y: 510 }],
    },
  );
});

afterEach(unmountAll);

const PATH = [
  { x: 0, y: 0 },
  { x: 17.2, y: 102 },
  { x: 31, y: 183.6 },
  { x: 42, y: 248.9 },
];

function mount(extra: Partial<GdPlaygroundParameterView> = {}) {
  return mountView<GdPlaygroundParameterView>(
    TAG,
    (element) => {
      element.landscape = landscape;
      element.path = PATH;
      element.solution = { x: 86.02, y: 510 };
      element.xLabel = 'w';
      element.yLabel = 'b';
      Object.assign(element, extra);
    },
    { width: 400 },
  );
}

const svgOf = (element: GdPlaygroundParameterView) => element.shadowRoot!.querySelector('svg')!;

/** Collects `gd-start-pick` details fired from the element. */
function picks(element: GdPlaygroundParameterView): StartPickDetail[] {
  const seen: StartPickDetail[] = [];
  element.addEventListener('gd-start-pick', (event) => {
    const custom = event as CustomEvent<StartPickDetail>;
    expect(custom.bubbles).toBe(true);
    expect(custom.composed).toBe(false);
    seen.push(custom.detail);
  });
  return seen;
}

/** Clicks the chart at a data point (through the element's own scales, then the SVG's box). */
function clickAt(element: GdPlaygroundParameterView, x: number, y: number): void {
  const { x: sx, y: sy } = element.scales();
  const box = svgOf(element).getBoundingClientRect();
  svgOf(element).dispatchEvent(
    new MouseEvent('click', {
      bubbles: true,
      composed: true,
      clientX: box.left + sx(x),
      clientY: box.top + sy(y),
    }),
  );
}

function key(element: GdPlaygroundParameterView, name: string, shiftKey = false): void {
  svgOf(element).dispatchEvent(
    new KeyboardEvent('keydown', { key: name, shiftKey, bubbles: true, composed: true }),
  );
}

describe('<gd-playground-parameter-view>', () => {
  it('paints the landscape as a heat map with contour lines on its canvas', async () => {
    const element = await mount();
    const canvas = element.shadowRoot!.querySelector('canvas')!;
    const ctx = canvas.getContext('2d')!;
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    const colours = new Set<string>();
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3]! > 0) {
        painted++;
        colours.add(`${data[i]! >> 4},${data[i + 1]! >> 4},${data[i + 2]! >> 4}`);
      }
    }
    // Most of the plot area is painted, in many shades.
    const { area } = element.scales();
    const ratio = canvas.width / 400;
    expect(painted).toBeGreaterThan(0.8 * area.width * area.height * ratio * ratio);
    expect(colours.size).toBeGreaterThan(20);
    // The minimum (viridis dark purple) differs from a far corner (yellow-green).
    const { x, y } = element.scales();
    const pixel = (px: number, py: number) => [
      ...ctx.getImageData(Math.round(px * ratio), Math.round(py * ratio), 1, 1).data,
    ];
    const atMin = pixel(x(landscape.argmin.x), y(landscape.argmin.y));
    const corner = pixel(area.right - 3, area.bottom - 3);
    expect(atMin[3]).toBeGreaterThan(0);
    expect(corner[1]!).toBeGreaterThan(atMin[1]!);
  });

  it('chooses about a dozen increasing contour levels inside the range', () => {
    const levels = contourLevels(landscape.values);
    expect(levels.length).toBeGreaterThanOrEqual(8);
    expect(levels.length).toBeLessThanOrEqual(12);
    for (let i = 1; i < levels.length; i++) expect(levels[i]!).toBeGreaterThan(levels[i - 1]!);
    expect(levels[0]!).toBeGreaterThan(landscape.min);
    expect(levels[levels.length - 1]!).toBeLessThan(landscape.max);
    expect(contourLevels([1, 1, 1, 1])).toEqual([]);
  });

  it('draws the path as a line with dots and marks the current point and the solution', async () => {
    const element = await mount();
    const root = element.shadowRoot!;
    const points = root.querySelector('polyline.path-line')!.getAttribute('points')!.split(' ');
    expect(points).toHaveLength(4);
    expect(root.querySelectorAll('circle.path-dot')).toHaveLength(4);
    const { x, y } = element.scales();
    const current = root.querySelector('circle.current')!;
    expect(Number(current.getAttribute('cx'))).toBeCloseTo(x(42), 1);
    expect(Number(current.getAttribute('cy'))).toBeCloseTo(y(248.9), 1);
    expect(clean(root.querySelector('.solution-label')?.textContent)).toBe('normal equation');
    expect(clean(root.querySelector('figcaption')?.textContent)).toBe(
      'The path has 4 points and is now at w = 42, b = 248.9.',
    );
    element.path = [{ x: 42, y: 248.9 }];
    await element.updateComplete;
    expect(clean(root.querySelector('figcaption')?.textContent)).toBe(
      'The path has 1 point and is now at w = 42, b = 248.9.',
    );
  });

  it('keeps the solution’s label inside the chart wherever the star sits', async () => {
    const element = await mount();
    const { x, y } = element.scales();
    const [x0, x1] = x.domain() as [number, number];
    const [y0, y1] = y.domain() as [number, number];
    const svgBox = () => element.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
    for (const [fx, fy] of [
      [0.98, 0.98],
      [0.02, 0.98],
      [0.98, 0.02],
      [0.02, 0.02],
    ] as const) {
      element.solution = { x: x0 + (x1 - x0) * fx, y: y0 + (y1 - y0) * fy };
      await element.updateComplete;
      const label = element
        .shadowRoot!.querySelector<SVGTextElement>('.solution-label')!
        .getBoundingClientRect();
      const box = svgBox();
      expect(label.width).toBeGreaterThan(20);
      expect(label.left).toBeGreaterThanOrEqual(box.left);
      expect(label.right).toBeLessThanOrEqual(box.right);
      expect(label.top).toBeGreaterThanOrEqual(box.top);
    }
  });

  it('thins a long path but keeps its last point', async () => {
    const path = Array.from({ length: 5000 }, (_, i) => ({
      x: 80 * (1 - 0.999 ** i),
      y: 500 * (1 - 0.999 ** i),
    }));
    const element = await mount({ path });
    const root = element.shadowRoot!;
    expect(root.querySelectorAll('circle.path-dot').length).toBeLessThanOrEqual(61);
    const line = root.querySelector('polyline.path-line')!.getAttribute('points')!.split(' ');
    expect(line.length).toBeLessThanOrEqual(1501);
    const { x } = element.scales();
    expect(Number(line[line.length - 1]!.split(',')[0])).toBeCloseTo(x(path[4999]!.x), 1);
  });

  it('fires gd-start-pick at the clicked parameters', async () => {
    const element = await mount();
    const seen = picks(element);
    clickAt(element, 50, 300);
    expect(seen).toHaveLength(1);
    // One pixel is about (x span / plot width) in data units.
    expect(seen[0]!.x).toBeCloseTo(50, 0);
    expect(Math.abs(seen[0]!.y - 300)).toBeLessThan(3);
    // Outside the plot area (on the axis labels) nothing is picked.
    const box = svgOf(element).getBoundingClientRect();
    svgOf(element).dispatchEvent(new MouseEvent('click', { clientX: box.left + 5, clientY: box.top + 5 }));
    expect(seen).toHaveLength(1);
  });

  it('moves a crosshair with the arrow keys and picks with Enter', async () => {
    const element = await mount();
    const seen = picks(element);
    svgOf(element).focus();
    key(element, 'ArrowRight');
    key(element, 'ArrowRight');
    key(element, 'ArrowUp', true);
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('.crosshair')).not.toBeNull();
    key(element, 'Enter');
    const xs = landscape.xs;
    const ys = landscape.ys;
    const dx = (xs[xs.length - 1]! - xs[0]!) / 20;
    const dy = (ys[ys.length - 1]! - ys[0]!) / 20;
    // From the current point (42, 248.9): two steps right, five (Shift) up.
    expect(seen).toHaveLength(1);
    expect(seen[0]!.x).toBeCloseTo(42 + 2 * dx, 6);
    expect(seen[0]!.y).toBeCloseTo(248.9 + 5 * dy, 6);
    expect(svgOf(element).getAttribute('tabindex')).toBe('0');
  });

  it('picks nothing when locked, and is not a keyboard stop', async () => {
    const element = await mount({ locked: true });
    const seen = picks(element);
    clickAt(element, 50, 300);
    key(element, 'Enter');
    expect(seen).toHaveLength(0);
    expect(svgOf(element).hasAttribute('tabindex')).toBe(false);
    expect(svgOf(element).getAttribute('role')).toBe('img');
  });

  it('says the landscape is being computed before it arrives', async () => {
    const element = await mount({ landscape: undefined });
    expect(clean(element.shadowRoot!.querySelector('.pending')?.textContent)).toBe(
      'Computing the loss landscape…',
    );
    expect(svgOf(element).getAttribute('aria-label')).toMatch(/^Loss landscape over w and b/);
  });
});
