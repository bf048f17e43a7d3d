import type { Scale } from './scales.js';

/**
 * Where a G × G grid of samples sits: the scales to the canvas and the data range it covers.
 *
 * Same layout as `@gd-playground/core`'s landscapes: values are row-major, `values[i * G + j]`
 * is the sample at x = xs[j], y = ys[i], with xs and ys evenly spaced from the domain's first
 * to last value inclusive, so row 0 is the smallest y (drawn at the bottom with a y-up scale).
 */
export interface GridPlacement {
  readonly x: Scale;
  readonly y: Scale;
  readonly xDomain: readonly [number, number];
  readonly yDomain: readonly [number, number];
}

/** Data coordinate of a fractional sample index along one axis (index 0 = domain[0]). */
export function sampleToData(index: number, domain: readonly [number, number], resolution: number): number {
  return domain[0] + (index * (domain[1] - domain[0])) / (resolution - 1);
}

/**
 * Checks that `values` holds a G × G grid.
 * @throws RangeError with the sizes, so a caller's mistake reads plainly in the console.
 */
export function checkGrid(values: ArrayLike<number>, resolution: number): void {
  if (!Number.isInteger(resolution) || resolution < 2 || values.length !== resolution * resolution) {
    throw new RangeError(
      `Expected a ${resolution} × ${resolution} grid (${resolution * resolution} values), got ${values.length}.`,
    );
  }
}

/**
 * Clips the context to the pixel rectangle of the grid's domain. Samples at the domain's edges
 * own half a cell beyond it; clipping keeps heat maps and contours inside the plot area.
 */
export function clipToDomain(ctx: CanvasRenderingContext2D, placement: GridPlacement): void {
  const { x, y, xDomain, yDomain } = placement;
  const left = Math.min(x(xDomain[0]), x(xDomain[1]));
  const right = Math.max(x(xDomain[0]), x(xDomain[1]));
  const top = Math.min(y(yDomain[0]), y(yDomain[1]));
  const bottom = Math.max(y(yDomain[0]), y(yDomain[1]));
  ctx.beginPath();
  ctx.rect(left, top, right - left, bottom - top);
  ctx.clip();
}
