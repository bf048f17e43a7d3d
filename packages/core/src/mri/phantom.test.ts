import { describe, expect, it } from 'vitest';
import { sheppLogan } from './phantom.js';

/** Value at image coordinates (x, y) ∈ [−1, 1]², y up, on an n-pixel grid. */
function at(image: Float32Array, n: number, x: number, y: number): number {
  const col = Math.min(n - 1, Math.floor(((x + 1) / 2) * n));
  const row = Math.min(n - 1, Math.floor(((1 - y) / 2) * n));
  return image[row * n + col] as number;
}

describe('modified Shepp–Logan phantom', () => {
  it('has the table intensities where the ellipses sum them', () => {
    const n = 128;
    const image = sheppLogan(n);
    expect(at(image, n, 0.95, 0.95)).toBe(0); // outside the head
    expect(at(image, n, 0, 0.9)).toBe(1); // skull: 1
    expect(at(image, n, -0.5, 0.3)).toBeCloseTo(0.2, 6); // brain: 1 − 0.8
    expect(at(image, n, 0, 0.35)).toBeCloseTo(0.3, 6); // ellipse 5: 1 − 0.8 + 0.1
    expect(at(image, n, 0.22, 0)).toBeCloseTo(0, 6); // right ventricle: 1 − 0.8 − 0.2
    expect(Math.max(...image)).toBe(1);
    expect(Math.min(...image)).toBe(0);
  });

  it('is mirror-symmetric apart from the tilted ventricles and the three small bottom ellipses', () => {
    const n = 64;
    const image = sheppLogan(n);
    // Ellipses 3 and 4 mirror each other except for their sizes; the top half of the head (y > 0.5) is symmetric.
    for (let row = 0; row < n / 4; row++) {
      for (let col = 0; col < n; col++) expect(image[row * n + col]).toBe(image[row * n + (n - 1 - col)]);
    }
  });

  it('refuses sizes outside 8…1024', () => {
    expect(() => sheppLogan(4)).toThrow(RangeError);
    expect(() => sheppLogan(64.5)).toThrow(RangeError);
  });
});
