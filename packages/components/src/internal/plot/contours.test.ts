import { afterEach, describe, expect, it, vi } from 'vitest';
import { sizeCanvas } from './canvas.js';
import { drawContours } from './contours.js';
import { sampleToData } from './grid.js';
import { linearScale } from './scales.js';

// The bowl L(x, y) = x² + y² on [−2, 2]², 65 samples a side (spacing 1/16), row 0 at y = −2.
const G = 65;
const domain: [number, number] = [-2, 2];
const bowl = new Float32Array(G * G);
for (let i = 0; i < G; i++) {
  for (let j = 0; j < G; j++)
    bowl[i * G + j] = sampleToData(j, domain, G) ** 2 + sampleToData(i, domain, G) ** 2;
}

function setup() {
  const canvas = document.createElement('canvas');
  document.body.append(canvas);
  const ctx = sizeCanvas(canvas, 200, 200, 1);
  return { ctx, x: linearScale(domain, [0, 200]), y: linearScale(domain, [200, 0]) };
}

/** Bounding box [left, top, right, bottom] of the pixels that were painted. */
function inkBox(ctx: CanvasRenderingContext2D): number[] {
  const { data, width, height } = ctx.getImageData(0, 0, ctx.canvas.width, ctx.canvas.height);
  const box = [width, height, -1, -1];
  for (let py = 0; py < height; py++) {
    for (let px = 0; px < width; px++) {
      if ((data[(py * width + px) * 4 + 3] ?? 0) < 128) continue;
      box[0] = Math.min(box[0]!, px);
      box[1] = Math.min(box[1]!, py);
      box[2] = Math.max(box[2]!, px);
      box[3] = Math.max(box[3]!, py);
    }
  }
  return box;
}

describe('drawContours', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    vi.restoreAllMocks();
  });

  it('draws the level-1 line of a bowl as a circle of radius 1 (50 px)', () => {
    const { ctx, x, y } = setup();
    const levels = drawContours(ctx, bowl, G, {
      x,
      y,
      xDomain: domain,
      yDomain: domain,
      thresholds: [1],
      color: '#000',
      width: 2,
    });
    expect(levels).toHaveLength(1);
    expect(levels[0]!.value).toBe(1);
    const [left, top, right, bottom] = inkBox(ctx);
    for (const [edge, expected] of [
      [left, 50],
      [top, 50],
      [right, 150],
      [bottom, 150],
    ] as const) {
      expect(Math.abs(edge! - expected)).toBeLessThanOrEqual(2);
    }
  });

  it('returns geometry whose iso-line points lie at radius √level', () => {
    const { ctx, x, y } = setup();
    const [level] = drawContours(ctx, bowl, G, {
      x,
      y,
      xDomain: domain,
      yDomain: domain,
      thresholds: [2],
      color: '#000',
    });
    // The region ≥ 2 is the square minus a disc: its outer ring runs along the grid's border.
    const interior = level!.coordinates
      .flat()
      .flat()
      .filter(([gx, gy]) => gx !== 0 && gx !== G && gy !== 0 && gy !== G);
    expect(interior.length).toBeGreaterThan(50);
    for (const [gx, gy] of interior) {
      const radius = Math.hypot(sampleToData(gx! - 0.5, domain, G), sampleToData(gy! - 0.5, domain, G));
      expect(radius).toBeCloseTo(Math.SQRT2, 2);
    }
  });

  it('skips the grid border, so only iso-lines are stroked', () => {
    const { ctx, x, y } = setup();
    const lineTo = vi.spyOn(ctx, 'lineTo');
    drawContours(ctx, bowl, G, { x, y, xDomain: domain, yDomain: domain, thresholds: [2], color: '#000' });
    // The border runs at half a cell outside the domain: x = −2 − 1/32 → −1.5625 px.
    const outside = lineTo.mock.calls.filter(([px, py]) => px < 0 || px > 200 || py < 0 || py > 200);
    expect(outside).toEqual([]);
    expect(lineTo.mock.calls.length).toBeGreaterThan(50);
  });

  it('picks nice levels from a count and colours each level', () => {
    const { ctx, x, y } = setup();
    const color = vi.fn((level: number) => (level < 4 ? '#00f' : '#f00'));
    const levels = drawContours(ctx, bowl, G, {
      x,
      y,
      xDomain: domain,
      yDomain: domain,
      thresholds: 4,
      color,
    });
    // d3 takes nice ticks over the extent [0, 8) as levels; level 0 encloses everything (no line).
    expect(levels.map((level) => level.value)).toEqual([0, 2, 4, 6]);
    expect(color.mock.calls.map(([level]) => level)).toEqual([0, 2, 4, 6]);
  });
});
