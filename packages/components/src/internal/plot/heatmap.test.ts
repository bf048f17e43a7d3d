import { afterEach, describe, expect, it, vi } from 'vitest';
import { sizeCanvas } from './canvas.js';
import { drawHeatmap } from './heatmap.js';
import { linearScale } from './scales.js';

// A 4 × 4 grid whose value is its row-major index, on x, y ∈ [0, 3]: sample (j, i) sits at (j, i).
const G = 4;
const values = Float32Array.from({ length: G * G }, (_, index) => index);
const color = (v: number): [number, number, number] => [v * 16, 0, 255 - v * 16];

function setup(yRange: [number, number] = [120, 0]) {
  const canvas = document.createElement('canvas');
  document.body.append(canvas);
  const ctx = sizeCanvas(canvas, 120, 120, 1);
  return { ctx, x: linearScale([0, 3], [0, 120]), y: linearScale([0, 3], yRange) };
}

const rgba = (ctx: CanvasRenderingContext2D, x: number, y: number) =>
  Array.from(ctx.getImageData(x, y, 1, 1).data);

describe('drawHeatmap', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    vi.restoreAllMocks();
  });

  it('paints each sample’s colour around its position, row 0 at the bottom', () => {
    const { ctx, x, y } = setup();
    drawHeatmap(ctx, values, G, { x, y, xDomain: [0, 3], yDomain: [0, 3], color });
    // Sample (j, i) is drawn around pixel (40 j, 120 − 40 i); value i·4 + j.
    expect(rgba(ctx, 40, 80)).toEqual([...color(1 * 4 + 1), 255]);
    expect(rgba(ctx, 81, 39)).toEqual([...color(2 * 4 + 2), 255]);
    expect(rgba(ctx, 5, 115)).toEqual([...color(0), 255]);
    expect(rgba(ctx, 115, 5)).toEqual([...color(15), 255]);
    expect(rgba(ctx, 115, 115)).toEqual([...color(3), 255]);
    // Cells centred on the domain's edges are half cells: sample 1's cell starts at x = 20.
    expect(rgba(ctx, 19, 60)).not.toEqual(rgba(ctx, 21, 60));
  });

  it('follows the y scale: a top-down scale puts row 0 at the top', () => {
    const { ctx, x, y } = setup([0, 120]);
    drawHeatmap(ctx, values, G, { x, y, xDomain: [0, 3], yDomain: [0, 3], color });
    expect(rgba(ctx, 5, 5)).toEqual([...color(0), 255]);
    expect(rgba(ctx, 115, 115)).toEqual([...color(15), 255]);
  });

  it('accepts CSS colour strings', () => {
    const { ctx, x, y } = setup();
    drawHeatmap(ctx, values, G, {
      x,
      y,
      xDomain: [0, 3],
      yDomain: [0, 3],
      color: (v) => (v < 8 ? 'rgb(255 0 0)' : 'hsl(240 100% 50%)'),
    });
    expect(rgba(ctx, 60, 100)).toEqual([255, 0, 0, 255]);
    expect(rgba(ctx, 60, 20)).toEqual([0, 0, 255, 255]);
  });

  it('draws the whole grid with one drawImage, not a rectangle per cell', () => {
    const { ctx, x, y } = setup();
    const drawImage = vi.spyOn(ctx, 'drawImage');
    const fillRect = vi.spyOn(ctx, 'fillRect');
    const big = new Float32Array(128 * 128);
    drawHeatmap(ctx, big, 128, { x, y, xDomain: [0, 3], yDomain: [0, 3], color: () => [0, 0, 0] });
    expect(drawImage).toHaveBeenCalledTimes(1);
    expect(fillRect).not.toHaveBeenCalled();
  });

  it('stays inside the domain’s pixel rectangle', () => {
    const canvas = document.createElement('canvas');
    const ctx = sizeCanvas(canvas, 200, 200, 1);
    const x = linearScale([0, 3], [40, 160]);
    const y = linearScale([0, 3], [160, 40]);
    drawHeatmap(ctx, values, G, { x, y, xDomain: [0, 3], yDomain: [0, 3], color });
    expect(rgba(ctx, 41, 159)[3]).toBe(255);
    expect(rgba(ctx, 38, 100)[3]).toBe(0);
    expect(rgba(ctx, 100, 162)[3]).toBe(0);
  });

  it('refuses a grid of the wrong size', () => {
    const { ctx, x, y } = setup();
    expect(() => drawHeatmap(ctx, [1, 2, 3], 2, { x, y, xDomain: [0, 1], yDomain: [0, 1], color })).toThrow(
      /2 × 2 grid \(4 values\), got 3/,
    );
  });
});
