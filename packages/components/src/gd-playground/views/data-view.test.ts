import { createPreset, type Dataset, datasetFromArrays } from '@gd-playground/core';
import { afterEach, describe, expect, it } from 'vitest';
import { emulateMedia } from '../../internal/emulate-media.test-fixtures.js';
import { markerPath } from '../../internal/plot/classes.js';
import { CLASS_COLORS } from '../../internal/theme.js';
import { classProbabilities } from './class-probabilities.js';
import { type DataEditDetail, GdPlaygroundDataView, MANY_POINTS } from './data-view.js';
import { clean, defineOnce, mountView, unmountAll } from './test-utils.js';

const TAG = 'test-playground-data-view';
defineOnce(TAG, GdPlaygroundDataView);

const HOUSES = createPreset('house-prices'); // 50→400, 60→450, 70→500, 80→550, 100→650

/** Two classes in two features, two points each, easy to follow by hand. */
const FOUR: Dataset = datasetFromArrays({
  features: [
    [-2, -1],
    [-1, -2],
    [1, 2],
    [2, 1],
  ],
  targets: [0, 0, 1, 1],
  classes: ['no', 'yes'],
});

function mount(extra: Partial<GdPlaygroundDataView>) {
  return mountView<GdPlaygroundDataView>(TAG, (element) => Object.assign(element, extra), { width: 400 });
}

const root = (element: GdPlaygroundDataView) => element.shadowRoot!;
const svgOf = (element: GdPlaygroundDataView) => root(element).querySelector('svg')!;
const handles = (element: GdPlaygroundDataView) => [
  ...root(element).querySelectorAll<SVGCircleElement>('circle.gd-handle'),
];

function edits(element: GdPlaygroundDataView): DataEditDetail[] {
  const seen: DataEditDetail[] = [];
  element.addEventListener('gd-data-edit', (event) => {
    const custom = event as CustomEvent<DataEditDetail>;
    expect(custom.bubbles).toBe(true);
    expect(custom.composed).toBe(false);
    seen.push(custom.detail);
  });
  return seen;
}

/** Client coordinates of a data point. */
function client(element: GdPlaygroundDataView, x: number, y: number): { clientX: number; clientY: number } {
  const { x: sx, y: sy } = element.scales();
  const box = svgOf(element).getBoundingClientRect();
  return { clientX: box.left + sx(x), clientY: box.top + sy(y) };
}

function pointer(target: Element, type: string, at: { clientX: number; clientY: number }): void {
  target.dispatchEvent(
    new PointerEvent(type, {
      bubbles: true,
      composed: true,
      pointerId: 7,
      button: 0,
      isPrimary: true,
      ...at,
    }),
  );
}

afterEach(unmountAll);

describe('<gd-playground-data-view>', () => {
  it('draws the fitted line ŷ = w·x + b across the chart', async () => {
    const element = await mount({ data: HOUSES, model: 'linear', parameters: { w: [5], b: [150] } });
    expect(element.mode).toBe('line');
    const line = root(element).querySelector('line.fit')!;
    const { x, y } = element.scales();
    const ends = [
      [Number(line.getAttribute('x1')), Number(line.getAttribute('y1'))],
      [Number(line.getAttribute('x2')), Number(line.getAttribute('y2'))],
    ] as const;
    for (const [px, py] of ends) expect(y.invert(py)).toBeCloseTo(5 * x.invert(px) + 150, 6);
    // The line spans the x axis: from the domain's start to its end.
    expect(x.invert(ends[0][0])).toBeCloseTo(x.domain()[0]!, 6);
    expect(x.invert(ends[1][0])).toBeCloseTo(x.domain()[1]!, 6);
    expect(element.summary).toBe('5 points. Fitted line: ŷ = 5·x + 150.');
    expect(handles(element)).toHaveLength(5);
  });

  it('shows a slice of a fitted plane along feature 1, the others at their mean', async () => {
    const data = datasetFromArrays({
      features: [
        [75, 2],
        [50, 1],
        [100, 3],
      ],
      targets: [528.5, 400, 650],
      featureNames: ['size', 'rooms'],
    });
    const element = await mount({ data, model: 'linear', parameters: { w: [5.1, 6.5], b: [133] } });
    expect(element.mode).toBe('slice');
    // Mean rooms = 2: intercept 133 + 6.5·2 = 146.
    expect(element.line()).toEqual({ slope: 5.1, intercept: 146 });
    expect(clean(root(element).querySelector('.note')?.textContent)).toBe(
      'A slice of the fitted plane along size, with the other features at their mean.',
    );
  });

  it('adds a point where empty space is clicked', async () => {
    const element = await mount({ data: HOUSES, model: 'linear', parameters: { w: [5], b: [150] } });
    const seen = edits(element);
    svgOf(element).dispatchEvent(new MouseEvent('click', { bubbles: true, ...client(element, 90, 420) }));
    expect(seen).toHaveLength(1);
    const detail = seen[0]!;
    expect(detail.features).toHaveLength(6);
    expect(detail.features.slice(0, 5)).toEqual(HOUSES.features);
    expect(detail.features[5]![0]).toBeCloseTo(90, 0);
    expect(detail.targets[5]).toBeCloseTo(420, -1);
    expect(Math.abs(detail.targets[5]! - 420)).toBeLessThan(3);
  });

  it('moves a point by dragging it, reporting once when the drag ends', async () => {
    const element = await mount({ data: HOUSES, model: 'linear', parameters: { w: [5], b: [150] } });
    const seen = edits(element);
    const handle = handles(element)[2]!; // (70, 500)
    pointer(handle, 'pointerdown', client(element, 70, 500));
    pointer(handle, 'pointermove', client(element, 75, 560));
    await element.updateComplete;
    expect(seen).toHaveLength(0);
    const moved = handles(element)[2]!;
    pointer(moved, 'pointerup', client(element, 75, 560));
    expect(seen).toHaveLength(1);
    const detail = seen[0]!;
    expect(detail.features[2]![0]).toBeCloseTo(75, 0);
    expect(Math.abs(detail.targets[2]! - 560)).toBeLessThan(3);
    // Nothing else moved.
    expect(detail.features[0]).toEqual([50]);
    expect(detail.targets[4]).toBe(650);
    // Clicking the handle itself adds no point.
    handle.dispatchEvent(
      new MouseEvent('click', { bubbles: true, composed: true, ...client(element, 70, 500) }),
    );
    expect(seen).toHaveLength(1);
  });

  it('moves the focused point with the arrow keys and deletes it with Delete', async () => {
    const element = await mount({ data: HOUSES, model: 'linear', parameters: { w: [5], b: [150] } });
    const seen = edits(element);
    const handle = handles(element)[1]!; // (60, 450)
    handle.focus();
    handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    expect(seen).toHaveLength(1);
    // One arrow press moves by a nice step near a fiftieth of the x span (here 1 m²).
    expect(seen[0]!.features[1]).toEqual([61]);
    expect(seen[0]!.targets[1]).toBe(450);
    handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'Delete', bubbles: true, composed: true }));
    expect(seen).toHaveLength(2);
    expect(seen[1]!.features).toEqual([[50], [70], [80], [100]]);
    expect(seen[1]!.targets).toEqual([400, 500, 550, 650]);
    handles(element)[0]!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Backspace', bubbles: true, composed: true }),
    );
    expect(seen[2]!.targets).toEqual([450, 500, 550, 650]);
  });

  it('is one Tab stop however many points: N moves to the next point, whose arrows then move it', async () => {
    const element = await mount({ data: HOUSES, model: 'linear', parameters: { w: [5], b: [150] } });
    const seen = edits(element);
    expect(handles(element).map((h) => h.tabIndex)).toEqual([0, -1, -1, -1, -1]);
    handles(element)[0]!.focus();
    handles(element)[0]!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'n', code: 'KeyN', bubbles: true, composed: true }),
    );
    const second = handles(element)[1]!;
    expect(element.shadowRoot!.activeElement).toBe(second);
    expect(handles(element).map((h) => h.tabIndex)).toEqual([-1, 0, -1, -1, -1]);
    second.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    expect(seen.at(-1)!.features[1]).toEqual([61]);
  });

  it('rings the members of the current batch, and nothing for a full batch', async () => {
    const element = await mount({
      data: HOUSES,
      model: 'linear',
      parameters: { w: [5], b: [150] },
      batch: [0, 3],
    });
    const rings = () => [...root(element).querySelectorAll('circle.batch-ring')];
    expect(rings()).toHaveLength(2);
    const { x, y } = element.scales();
    expect(Number(rings()[1]!.getAttribute('cx'))).toBeCloseTo(x(80), 3);
    expect(Number(rings()[1]!.getAttribute('cy'))).toBeCloseTo(y(550), 3);
    element.batch = [4];
    await element.updateComplete;
    expect(rings()).toHaveLength(1);
    element.batch = [0, 1, 2, 3, 4];
    await element.updateComplete;
    expect(rings()).toHaveLength(0);
  });

  it('paints decision regions for two features and adds points of the chosen class', async () => {
    const element = await mount({ data: FOUR, model: 'logistic', parameters: { w: [1, 1], b: [0] } });
    expect(element.mode).toBe('regions');
    expect(element.summary).toBe('4 points in 2 classes.');
    // The first regions paint runs in a task after the first render.
    await element.regionsPainted;
    const canvas = root(element).querySelector('canvas')!;
    const ctx = canvas.getContext('2d')!;
    const ratio = canvas.width / 400;
    const { x, y } = element.scales();
    const at = (px: number, py: number) => [
      ...ctx.getImageData(Math.round(x(px) * ratio), Math.round(y(py) * ratio), 1, 1).data,
    ];
    const low = at(-2, -2); // class 0 region (red)
    const high = at(2, 2); // class 1 region (blue)
    expect(low[3]).toBeGreaterThan(0);
    expect(low[0]!).toBeGreaterThan(low[2]!);
    expect(high[2]!).toBeGreaterThan(high[0]!);

    const seen = edits(element);
    const radios = [...root(element).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => clean(r.parentElement?.textContent))).toEqual(['no', 'yes']);
    radios[1]!.click();
    await element.updateComplete;
    svgOf(element).dispatchEvent(new MouseEvent('click', { bubbles: true, ...client(element, 0.5, -1) }));
    expect(seen).toHaveLength(1);
    expect(seen[0]!.targets).toEqual([0, 0, 1, 1, 1]);
    expect(seen[0]!.features[4]![0]).toBeCloseTo(0.5, 1);
    expect(seen[0]!.features[4]![1]).toBeCloseTo(-1, 1);
  });

  it('draws one-feature logistic data at y = 0 and 1 with the sigmoid curve', async () => {
    const data = datasetFromArrays({
      features: [[-2], [-1], [1], [2]],
      targets: [0, 0, 1, 1],
      classes: ['0', '1'],
    });
    const element = await mount({ data, model: 'logistic', parameters: { w: [2], b: [0] } });
    expect(element.mode).toBe('curve');
    const curve = root(element).querySelector('path.curve')!;
    const { x, y } = element.scales();
    // The curve's middle sample is at x = 0, where σ(0) = 0.5.
    const pairs = curve
      .getAttribute('d')!
      .slice(1)
      .split('L')
      .map((pair) => pair.split(',').map(Number));
    const middle = pairs.find(([px]) => Math.abs(x.invert(px!)) < 1e-6) ?? pairs[48]!;
    expect(y.invert(middle[1]!)).toBeCloseTo(1 / (1 + Math.exp(-2 * x.invert(middle[0]!))), 2);
    const circles = handles(element);
    expect(circles.map((c) => Math.round(y.invert(Number(c.getAttribute('cy')))) + 0)).toEqual([0, 0, 1, 1]);
    expect(classProbabilities('logistic', { w: [2], b: [0] }, [0], 2)).toEqual([0.5, 0.5]);
    const soft = classProbabilities('softmax', { W: [1, 0, 0], b: [0, 0, 0] }, [Math.log(2)], 3);
    expect(soft[0]).toBeCloseTo(0.5, 10);
  });

  it('offers no editing when locked', async () => {
    const element = await mount({
      data: HOUSES,
      model: 'linear',
      parameters: { w: [5], b: [150] },
      locked: true,
    });
    const seen = edits(element);
    expect(handles(element)).toHaveLength(0);
    expect(root(element).querySelectorAll('circle.point')).toHaveLength(5);
    svgOf(element).dispatchEvent(new MouseEvent('click', { bubbles: true, ...client(element, 90, 420) }));
    expect(seen).toHaveLength(0);
    expect(root(element).querySelector('input[type="radio"]')).toBeNull();
  });

  describe(`more than ${MANY_POINTS} points`, () => {
    // 300 points on a line y = 2x + 1, x = 0 … 29.9, so each point is easy to find by hand.
    const LINE: Dataset = datasetFromArrays({
      features: Array.from({ length: 300 }, (_, i) => [i / 10]),
      targets: Array.from({ length: 300 }, (_, i) => (2 * i) / 10 + 1),
    });
    const canvasAlpha = (element: GdPlaygroundDataView, px: number, py: number) => {
      const canvas = root(element).querySelector<HTMLCanvasElement>('canvas.points')!;
      const scale = canvas.width / Number.parseFloat(canvas.style.width);
      const ctx = canvas.getContext('2d')!;
      return ctx.getImageData(Math.round(px * scale), Math.round(py * scale), 1, 1).data[3]!;
    };

    it('paints the points on a canvas, with one focusable handle: N moves it, Delete removes that row', async () => {
      const element = await mount({ data: LINE, model: 'linear', parameters: { w: [2], b: [1] } });
      const seen = edits(element);
      const { x, y } = element.scales();
      expect(handles(element)).toHaveLength(1);
      expect(root(element).querySelectorAll('circle')).toHaveLength(1);
      // Row 100 (x = 10, y = 21) is painted; halfway between two rows' x at a wrong y is not.
      expect(canvasAlpha(element, x(10), y(21))).toBe(255);
      expect(canvasAlpha(element, x(10), y(40))).toBe(0);
      const handle = handles(element)[0]!;
      expect(handle.getAttribute('aria-label')).toMatch(/^Point 1 of 300 /);
      handle.focus();
      handle.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'n', code: 'KeyN', bubbles: true, composed: true }),
      );
      await element.updateComplete;
      // The same, still focused, handle now sits on row 2 (x = 0.1, y = 1.2).
      expect(root(element).activeElement).toBe(handles(element)[0]);
      expect(Number(handles(element)[0]!.getAttribute('cx'))).toBeCloseTo(x(0.1), 1);
      expect(handles(element)[0]!.getAttribute('aria-label')).toMatch(/^Point 2 of 300 /);
      handles(element)[0]!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'End', code: 'End', bubbles: true, composed: true }),
      );
      await element.updateComplete;
      handles(element)[0]!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Delete', bubbles: true, composed: true }),
      );
      expect(seen).toHaveLength(1);
      expect(seen[0]!.features).toHaveLength(299);
      expect(seen[0]!.features.at(-1)).toEqual([29.8]);
    });

    it('a pointer grabs a painted point and drags it; a click on a point adds nothing', async () => {
      const element = await mount({ data: LINE, model: 'linear', parameters: { w: [2], b: [1] } });
      const seen = edits(element);
      const svg = svgOf(element);
      pointer(svg, 'pointerdown', client(element, 10, 21)); // row 100
      pointer(svg, 'pointermove', client(element, 12, 15));
      expect(seen).toHaveLength(0);
      pointer(svg, 'pointerup', client(element, 12, 15));
      svg.dispatchEvent(new MouseEvent('click', { bubbles: true, ...client(element, 12, 15) }));
      expect(seen).toHaveLength(1);
      expect(seen[0]!.features).toHaveLength(300);
      expect(seen[0]!.features[100]![0]).toBeCloseTo(12, 1);
      expect(seen[0]!.targets[100]).toBeCloseTo(15, 0);
      // The grabbed point became the active handle.
      await element.updateComplete;
      expect(handles(element)[0]!.getAttribute('aria-label')).toMatch(/^Point 101 of 300 /);
      // Empty space still adds a point.
      svg.dispatchEvent(new MouseEvent('click', { bubbles: true, ...client(element, 25, 5) }));
      expect(seen.at(-1)!.features).toHaveLength(301);
    });
  });

  describe('classes differ by colour and by marker shape', () => {
    /** Three classes, one point each at a known place, plus filler rows far away in a corner. */
    const threeClasses = (filler: number): Dataset =>
      datasetFromArrays({
        features: [
          [0, 0],
          [10, 0],
          [20, 0],
          ...Array.from({ length: filler }, (_, i) => [30 + (i % 5) * 0.01, 30]),
        ],
        targets: [0, 1, 2, ...Array.from({ length: filler }, () => 0)],
        classes: ['a', 'b', 'c'],
      });
    const SOFTMAX = { W: [0, 0, 0, 0, 0, 0], b: [0, 0, 0] };
    const rgb = (hex: string) =>
      `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

    afterEach(async () => {
      await emulateMedia();
    });

    it('SVG points: class 0 circles, class 1 squares, class 2 triangles, in the theme colours, no style attribute', async () => {
      await emulateMedia({ 'prefers-color-scheme': 'light' });
      const element = await mount({ data: threeClasses(0), model: 'softmax', parameters: SOFTMAX });
      const group = (c: number) => root(element).querySelector(`g.points[data-group="${c}"]`)!;
      expect(group(0).querySelector('.gd-marker')).toBeNull();
      expect(group(1).querySelector('.gd-marker')!.getAttribute('d')).toBe(markerPath('square', 6));
      expect(group(2).querySelector('.gd-marker')!.getAttribute('d')).toBe(markerPath('triangle', 6));
      expect(getComputedStyle(group(0).querySelector('circle.gd-handle')!).fill).toBe(
        rgb(CLASS_COLORS.light[0]),
      );
      expect(getComputedStyle(group(1).querySelector('.gd-marker')!).fill).toBe(rgb(CLASS_COLORS.light[1]));
      expect(getComputedStyle(group(2).querySelector('.gd-marker')!).fill).toBe(rgb(CLASS_COLORS.light[2]));
      // The class picker shows each class's marker too.
      const swatches = [...root(element).querySelectorAll('.swatch path')].map((path) =>
        path.getAttribute('d'),
      );
      expect(swatches).toEqual(
        ['circle', 'square', 'triangle'].map((shape) => markerPath(shape as 'circle', 5)),
      );
      // Colours come from style sheets: nothing a strict Content-Security-Policy would block.
      expect(root(element).querySelectorAll('svg [style], fieldset [style]')).toHaveLength(0);
    });

    it(`more than ${MANY_POINTS} points: the canvas paints each class in its own shape`, async () => {
      await emulateMedia({ 'prefers-color-scheme': 'dark' });
      const element = await mount({ data: threeClasses(MANY_POINTS), model: 'softmax', parameters: SOFTMAX });
      expect(element.manyPoints).toBe(true);
      const canvas = root(element).querySelector<HTMLCanvasElement>('canvas.points')!;
      const scale = canvas.width / Number.parseFloat(canvas.style.width);
      const ctx = canvas.getContext('2d')!;
      const { x, y } = element.scales();
      /** How far above and below a point's centre its mark reaches (opaque pixels, CSS px). */
      const reach = (px: number, py: number) => {
        const size = Math.round(21 * scale);
        const left = Math.round((x(px) - 10) * scale);
        const top = Math.round((y(py) - 10) * scale);
        const data = ctx.getImageData(left, top, size, size).data;
        let up = 0;
        let down = 0;
        for (let row = 0; row < size; row++)
          for (let col = 0; col < size; col++) {
            if (data[(row * size + col) * 4 + 3]! < 128) continue;
            const dy = (top + row + 0.5) / scale - y(py);
            up = Math.max(up, -dy);
            down = Math.max(down, dy);
          }
        return { up, down };
      };
      // Radius 4 for this many points: the circle reaches about 4 px both ways (plus its outline);
      // the upward triangle (circumradius 1.55 r) about 6 px up and only 3 px down.
      const circle = reach(0, 0);
      const square = reach(10, 0);
      const triangle = reach(20, 0);
      expect(circle.up).toBeGreaterThan(3);
      expect(Math.abs(circle.up - circle.down)).toBeLessThanOrEqual(1);
      expect(Math.abs(square.up - square.down)).toBeLessThanOrEqual(1);
      expect(triangle.up).toBeGreaterThan(circle.up + 1.5);
      expect(triangle.down).toBeLessThan(circle.down - 0.5);
    });
  });
});
