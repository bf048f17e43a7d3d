import { unsafeCSS } from 'lit';

/**
 * How classes look, for every element that draws classified points: class i gets a theme colour
 * (`--gd-color-class-0` … `--gd-color-class-4`, colour-vision-deficiency safe, see theme.ts) AND
 * its own marker shape, so colour is never the only cue. `classStyle(i)` gives both, plus a class
 * name that sets `--gd-class-color` (and `--gd-handle-color`) from a style sheet, so no element
 * writes a `style` attribute for it (a strict Content-Security-Policy blocks those). Draw the
 * shape with `markerPath` (SVG), `traceMarker` (canvas), or `renderDraggablePoints({ marker })`.
 */
export const MARKER_SHAPES = ['circle', 'square', 'triangle', 'diamond', 'cross', 'triangle-down'] as const;

/** A marker shape: one per class, in `MARKER_SHAPES` order. */
export type MarkerShape = (typeof MARKER_SHAPES)[number];

/**
 * Classes with their own theme colour. Class i ≥ 5 reuses colour i mod 5 with a different marker
 * (i mod 6), so the first thirty classes all differ in colour or shape.
 */
export const THEMED_CLASSES = 5;

/** What class `i` looks like. */
export interface ClassStyle {
  /** Its CSS colour, `var(--_classN)` (resolve it against the element for a canvas). */
  readonly color: string;
  readonly marker: MarkerShape;
  /** Class that sets `--gd-class-color` and `--gd-handle-color` to the colour (`classColorStyles`). */
  readonly className: string;
}

/** The colour, marker shape and colour class of class `i` (0-based). */
export function classStyle(i: number): ClassStyle {
  const index = Math.max(0, Math.trunc(i)) || 0;
  const slot = index % THEMED_CLASSES;
  return {
    color: `var(--_class${slot})`,
    marker: MARKER_SHAPES[index % MARKER_SHAPES.length] ?? 'circle',
    className: `gd-class-${slot}`,
  };
}

/** `.gd-class-N` rules: part of every element's base styles. */
export const classColorStyles = unsafeCSS(
  Array.from(
    { length: THEMED_CLASSES },
    (_, n) => `.gd-class-${n} { --gd-class-color: var(--_class${n}); --gd-handle-color: var(--_class${n}); }`,
  ).join('\n'),
);

// Sizes relative to the circle's radius r, chosen so each shape covers about the circle's area
// (π r² ≈ 3.14 r²): a class must not look more important because its marker is bigger.
const SQUARE_HALF = 0.89; // (1.78 r)² ≈ 3.17 r²
const DIAMOND_HALF = 1.25; // 2 · 1.25² r² ≈ 3.13 r²
const TRIANGLE_R = 1.55; // circumradius: (3√3 / 4) · 1.55² r² ≈ 3.12 r²
const CROSS_ARM = 1.2; // half-length of each diagonal bar
const CROSS_HALF_WIDTH = 0.38; // half-thickness of a bar

/** The corners of a marker centred on (0, 0), clockwise; undefined for the circle. */
export function markerPolygon(shape: MarkerShape, r: number): [number, number][] | undefined {
  switch (shape) {
    case 'circle':
      return undefined;
    case 'square': {
      const h = SQUARE_HALF * r;
      return [
        [-h, -h],
        [h, -h],
        [h, h],
        [-h, h],
      ];
    }
    case 'diamond': {
      const h = DIAMOND_HALF * r;
      return [
        [0, -h],
        [h, 0],
        [0, h],
        [-h, 0],
      ];
    }
    case 'triangle':
    case 'triangle-down': {
      // Centred on its centroid, so the point sits where the data is.
      const R = TRIANGLE_R * r;
      const flip = shape === 'triangle' ? 1 : -1;
      return [0, 1, 2].map((k) => {
        const angle = -Math.PI / 2 + (k * 2 * Math.PI) / 3;
        return [R * Math.cos(angle), flip * R * Math.sin(angle)];
      });
    }
    case 'cross': {
      // An ×: a plus sign's 12-cornered outline turned by 45°, so it fills and outlines like the
      // other markers.
      const L = CROSS_ARM * r;
      const w = CROSS_HALF_WIDTH * r;
      const plus: [number, number][] = [
        [-w, -L],
        [w, -L],
        [w, -w],
        [L, -w],
        [L, w],
        [w, w],
        [w, L],
        [-w, L],
        [-w, w],
        [-L, w],
        [-L, -w],
        [-w, -w],
      ];
      return plus.map(([px, py]) => [(px - py) * Math.SQRT1_2, (px + py) * Math.SQRT1_2]);
    }
  }
}

const round = (v: number) => Math.round(v * 100) / 100;

/** SVG path data of a marker of radius `r` centred on (0, 0): place it with a `translate`. */
export function markerPath(shape: MarkerShape, r: number): string {
  const corners = markerPolygon(shape, r);
  if (!corners)
    return `M${round(-r)},0A${round(r)},${round(r)} 0 1,0 ${round(r)},0A${round(r)},${round(r)} 0 1,0 ${round(-r)},0Z`;
  return `${corners.map(([x, y], k) => `${k === 0 ? 'M' : 'L'}${round(x)},${round(y)}`).join('')}Z`;
}

/**
 * Adds a marker centred on (x, y) to the canvas's current path (as a closed sub-path), so a whole
 * class is filled and outlined with one `fill()` and one `stroke()`.
 */
export function traceMarker(
  ctx: CanvasRenderingContext2D,
  shape: MarkerShape,
  x: number,
  y: number,
  r: number,
): void {
  const corners = markerPolygon(shape, r);
  if (!corners) {
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, 2 * Math.PI);
    return;
  }
  corners.forEach(([cx, cy], k) => {
    if (k === 0) ctx.moveTo(x + cx, y + cy);
    else ctx.lineTo(x + cx, y + cy);
  });
  ctx.closePath();
}
