import { afterEach, describe, expect, it } from 'vitest';
import { sizeCanvas } from './canvas.js';
import { drawPolyline, drawScatter } from './draw.js';
import { linearScale } from './scales.js';

function setup() {
  const canvas = document.createElement('canvas');
  document.body.append(canvas);
  const ctx = sizeCanvas(canvas, 100, 100, 1);
  return { ctx, x: linearScale([0, 10], [0, 100]), y: linearScale([0, 10], [100, 0]) };
}

const rgba = (ctx: CanvasRenderingContext2D, x: number, y: number) =>
  Array.from(ctx.getImageData(x, y, 1, 1).data);

describe('drawScatter', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('fills each point with its group colour', () => {
    const { ctx, x, y } = setup();
    drawScatter(
      ctx,
      [
        { x: 2, y: 8 },
        { x: 8, y: 2, group: 1 },
      ],
      { x, y, colors: ['#ff0000', '#0000ff'] },
    );
    expect(rgba(ctx, 20, 20)).toEqual([255, 0, 0, 255]);
    expect(rgba(ctx, 80, 80)).toEqual([0, 0, 255, 255]);
    expect(rgba(ctx, 50, 50)[3]).toBe(0);
  });

  it('rings highlighted points (the mini-batch) and leaves the others bare', () => {
    const { ctx, x, y } = setup();
    drawScatter(
      ctx,
      [
        { x: 5, y: 5, highlighted: true },
        { x: 2, y: 2 },
      ],
      {
        x,
        y,
        colors: ['#ff0000'],
        radius: 4,
        highlightColor: '#00ff00',
      },
    );
    // Dot radius 4, ring 2 px wide centred at radius 7: the gap at 5 stays empty (bar the faint
    // anti-aliased edge of the ring a CPU-backed canvas leaves there).
    expect(rgba(ctx, 50, 50)).toEqual([255, 0, 0, 255]);
    expect(rgba(ctx, 55, 50)[3]).toBeLessThan(64);
    expect(rgba(ctx, 56, 50)).toEqual([0, 255, 0, 255]);
    expect(rgba(ctx, 43, 50)).toEqual([0, 255, 0, 255]);
    expect(rgba(ctx, 50, 56)).toEqual([0, 255, 0, 255]);
    expect(rgba(ctx, 20, 80)).toEqual([255, 0, 0, 255]);
    expect(rgba(ctx, 26, 80)[3]).toBe(0);
  });

  it('skips points with a non-finite coordinate', () => {
    const { ctx, x, y } = setup();
    expect(() => drawScatter(ctx, [{ x: Number.NaN, y: 1 }], { x, y })).not.toThrow();
    expect(Array.from(ctx.getImageData(0, 0, 100, 100).data).some((v) => v !== 0)).toBe(false);
  });
});

describe('drawPolyline', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('strokes through the points and breaks the line at a non-finite point', () => {
    const { ctx, x, y } = setup();
    const points = [
      { x: 0, y: 5 },
      { x: 4, y: 5 },
      { x: Number.NaN, y: Number.NaN },
      { x: 6, y: 5 },
      { x: 10, y: 5 },
    ];
    drawPolyline(ctx, points, { x, y, color: '#0000ff', width: 2 });
    expect(rgba(ctx, 20, 49)).toEqual([0, 0, 255, 255]);
    expect(rgba(ctx, 80, 50)).toEqual([0, 0, 255, 255]);
    expect(rgba(ctx, 50, 49)[3]).toBe(0);
    expect(rgba(ctx, 20, 46)[3]).toBe(0);
  });

  it('dashes when asked and leaves the context as it found it', () => {
    const { ctx, x, y } = setup();
    drawPolyline(
      ctx,
      [
        { x: 0, y: 5 },
        { x: 10, y: 5 },
      ],
      { x, y, color: '#0000ff', width: 2, dash: [10, 10] },
    );
    // Round caps add 1 px to each 10 px dash: [−1, 11] drawn, [11, 19] a gap.
    expect(rgba(ctx, 5, 49)[3]).toBe(255);
    expect(rgba(ctx, 15, 49)[3]).toBe(0);
    expect(ctx.getLineDash()).toEqual([]);
    expect(ctx.strokeStyle).toBe('#000000');
    expect(ctx.lineCap).toBe('butt');
  });
});
