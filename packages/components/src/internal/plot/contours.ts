import { type ContourMultiPolygon, contours } from 'd3-contour';
import { checkGrid, clipToDomain, type GridPlacement, sampleToData } from './grid.js';

/** How `drawContours` picks levels and strokes them. */
export interface ContourOptions extends GridPlacement {
  /** A count of "nice" levels chosen over the values' extent, or the exact levels. */
  readonly thresholds: number | readonly number[];
  /** One colour, or a colour per level (e.g. from a ramp). */
  readonly color: string | ((threshold: number) => string);
  /** Line width in CSS pixels (default 1). */
  readonly width?: number;
}

/**
 * Strokes iso-lines of a G × G grid (layout as in `GridPlacement`: row 0 is the smallest y),
 * computed by d3-contour's marching squares with linear interpolation between samples.
 *
 * d3 returns, per level, the region where value ≥ level, whose outline can run along the grid's
 * border; those border edges are skipped so only true iso-lines are drawn. NaN samples count as
 * below every level.
 *
 * @returns d3's MultiPolygons, one per level, in grid coordinates (sample j sits at j + 0.5).
 * @throws RangeError when `values` is not G × G.
 */
export function drawContours(
  ctx: CanvasRenderingContext2D,
  values: Float32Array | readonly number[],
  resolution: number,
  options: ContourOptions,
): ContourMultiPolygon[] {
  checkGrid(values, resolution);
  const g = resolution;
  const generator = contours().size([g, g]);
  const { thresholds } = options;
  if (typeof thresholds === 'number') generator.thresholds(thresholds);
  else generator.thresholds([...thresholds]);
  // d3 only indexes the array, so a Float32Array works without copying its G² values.
  const levels = generator(values as unknown as number[]);

  const { x, y, xDomain, yDomain } = options;
  const toPixel = (point: number[]): [number, number] => [
    x(sampleToData((point[0] ?? 0) - 0.5, xDomain, g)),
    y(sampleToData((point[1] ?? 0) - 0.5, yDomain, g)),
  ];
  ctx.save();
  clipToDomain(ctx, options);
  ctx.lineWidth = options.width ?? 1;
  ctx.lineJoin = 'round';
  for (const level of levels) {
    ctx.beginPath();
    for (const ring of level.coordinates.flat()) traceRing(ctx, ring, g, toPixel);
    ctx.strokeStyle = typeof options.color === 'function' ? options.color(level.value) : options.color;
    ctx.stroke();
  }
  ctx.restore();
  return levels;
}

/** Adds one ring to the path, lifting the pen along the grid's border (not an iso-line). */
function traceRing(
  ctx: CanvasRenderingContext2D,
  ring: number[][],
  g: number,
  toPixel: (point: number[]) => [number, number],
): void {
  let previous: number[] | undefined;
  for (const point of ring) {
    const [px, py] = toPixel(point);
    if (previous && !onBorder(previous, point, g)) ctx.lineTo(px, py);
    else ctx.moveTo(px, py);
    previous = point;
  }
}

/**
 * True for a piece of the grid's outline: both ends on the border (x or y at 0 or G). Iso-line
 * vertices lie between samples, never on the border, and d3 cuts the outline's corners with a
 * diagonal, so checking each end (not one shared side) catches those too.
 */
function onBorder(a: number[], b: number[], g: number): boolean {
  const border = (p: number[]) => p[0] === 0 || p[0] === g || p[1] === 0 || p[1] === g;
  return border(a) && border(b);
}
