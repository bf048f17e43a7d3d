import { describe, expect, it } from 'vitest';
import {
  classStyle,
  MARKER_SHAPES,
  markerPath,
  markerPolygon,
  THEMED_CLASSES,
  traceMarker,
} from './classes.js';

/** Shoelace area and centroid of a polygon. */
function areaAndCentroid(corners: readonly [number, number][]): { area: number; cx: number; cy: number } {
  let twiceArea = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < corners.length; i++) {
    const [x0, y0] = corners[i]!;
    const [x1, y1] = corners[(i + 1) % corners.length]!;
    const cross = x0 * y1 - x1 * y0;
    twiceArea += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  return { area: Math.abs(twiceArea / 2), cx: cx / (3 * twiceArea), cy: cy / (3 * twiceArea) };
}

describe('classStyle', () => {
  it('gives the first thirty classes different (colour, marker) pairs, the first five their own colour and shape', () => {
    const styles = Array.from({ length: 30 }, (_, i) => classStyle(i));
    expect(new Set(styles.map((s) => `${s.color} ${s.marker}`)).size).toBe(30);
    expect(styles.slice(0, THEMED_CLASSES).map((s) => s.color)).toEqual(
      [0, 1, 2, 3, 4].map((i) => `var(--_class${i})`),
    );
    expect(styles.slice(0, 5).map((s) => s.marker)).toEqual([
      'circle',
      'square',
      'triangle',
      'diamond',
      'cross',
    ]);
    expect(classStyle(7)).toEqual({ color: 'var(--_class2)', marker: 'square', className: 'gd-class-2' });
    expect(classStyle(-1)).toEqual(classStyle(0));
  });
});

describe('marker shapes', () => {
  it('cover about the same area as the circle of the same radius, centred on the point', () => {
    const r = 10;
    for (const shape of MARKER_SHAPES) {
      const corners = markerPolygon(shape, r);
      if (!corners) continue;
      const { area, cx, cy } = areaAndCentroid(corners);
      // Within 5% of π r² = 314.16: no class looks heavier than another.
      expect(Math.abs(area / (Math.PI * r * r) - 1), shape).toBeLessThan(0.05);
      expect(Math.hypot(cx, cy), shape).toBeLessThan(1e-9);
    }
  });

  it('are told apart by their outline: SVG paths and canvas paint differ where the shapes differ', () => {
    expect(markerPath('square', 10)).toBe('M-8.9,-8.9L8.9,-8.9L8.9,8.9L-8.9,8.9Z');
    expect(markerPath('circle', 10)).toBe('M-10,0A10,10 0 1,0 10,0A10,10 0 1,0 -10,0Z');
    const canvas = document.createElement('canvas');
    canvas.width = 40;
    canvas.height = 40;
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    const painted = (shape: (typeof MARKER_SHAPES)[number], px: number, py: number) => {
      ctx.clearRect(0, 0, 40, 40);
      ctx.beginPath();
      traceMarker(ctx, shape, 20, 20, 10);
      ctx.fill();
      return ctx.getImageData(px, py, 1, 1).data[3]! > 200;
    };
    // A square's corner (8, 8 from the centre) is outside the circle (radius 10 < 11.3).
    expect([painted('square', 28, 28), painted('circle', 28, 28)]).toEqual([true, false]);
    // The diamond reaches 12.5 along the axes but not the corner; the cross the reverse.
    expect([painted('diamond', 20, 31), painted('diamond', 27, 27)]).toEqual([true, false]);
    expect([painted('cross', 27, 27), painted('cross', 20, 28)]).toEqual([true, false]);
    // The triangle points up, its mirror down.
    expect([painted('triangle', 20, 6), painted('triangle-down', 20, 6)]).toEqual([true, false]);
  });
});
