import { afterEach, describe, expect, it } from 'vitest';
import { sizeCanvas } from './canvas.js';

function pixel(ctx: CanvasRenderingContext2D, x: number, y: number): number[] {
  return Array.from(ctx.getImageData(x, y, 1, 1).data);
}

describe('sizeCanvas', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('gives a dpr-2 backing store twice the CSS size and shows the canvas at CSS size', () => {
    const canvas = document.createElement('canvas');
    document.body.append(canvas);
    sizeCanvas(canvas, 300, 150, 2);
    expect([canvas.width, canvas.height]).toEqual([600, 300]);
    expect([canvas.style.width, canvas.style.height]).toEqual(['300px', '150px']);
    const box = canvas.getBoundingClientRect();
    expect([box.width, box.height]).toEqual([300, 150]);
  });

  it('draws in CSS pixels: a 1×1 square at (10, 20) fills backing pixels (20–21, 40–41)', () => {
    const canvas = document.createElement('canvas');
    const ctx = sizeCanvas(canvas, 300, 150, 2);
    ctx.fillStyle = '#ff0000';
    ctx.fillRect(10, 20, 1, 1);
    // The transform must be reset on the raw context to read backing pixels.
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    for (const [x, y] of [
      [20, 40],
      [21, 40],
      [20, 41],
      [21, 41],
    ] as const) {
      expect(pixel(ctx, x, y)).toEqual([255, 0, 0, 255]);
    }
    expect(pixel(ctx, 22, 40)[3]).toBe(0);
    expect(pixel(ctx, 19, 40)[3]).toBe(0);
    expect(pixel(ctx, 10, 20)[3]).toBe(0);
  });

  it('rounds fractional backing sizes and treats a broken ratio as 1', () => {
    const canvas = document.createElement('canvas');
    sizeCanvas(canvas, 301, 101, 1.5);
    expect([canvas.width, canvas.height]).toEqual([452, 152]);
    sizeCanvas(canvas, 120, 80, 0);
    expect([canvas.width, canvas.height]).toEqual([120, 80]);
  });

  it('defaults to the window’s devicePixelRatio', () => {
    const canvas = document.createElement('canvas');
    sizeCanvas(canvas, 100, 50);
    expect(canvas.width).toBe(Math.round(100 * window.devicePixelRatio));
  });

  it('at an unchanged size clears the picture and resets transform and alpha, as a resize would', () => {
    const canvas = document.createElement('canvas');
    const first = sizeCanvas(canvas, 100, 50, 2);
    first.globalAlpha = 0.5;
    first.fillStyle = '#ff0000';
    first.fillRect(0, 0, 100, 50);
    first.translate(30, 0);
    const again = sizeCanvas(canvas, 100, 50, 2);
    expect(again).toBe(first);
    expect(pixel(again, 10, 10)[3]).toBe(0);
    expect(again.globalAlpha).toBe(1);
    // The fresh transform is the 2× scale alone: the earlier translate is gone.
    const m = again.getTransform();
    expect([m.a, m.d, m.e, m.f]).toEqual([2, 2, 0, 0]);
    again.fillRect(0, 0, 1, 1);
    again.setTransform(1, 0, 0, 1, 0, 0);
    expect(pixel(again, 1, 1)).toEqual([255, 0, 0, 255]);
  });
});
