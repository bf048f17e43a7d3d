import { describe, expect, it } from 'vitest';
import { backSubstitute, householderQr, jacobiSvd } from './linear-algebra.js';

const a = [
  [2, -1, 0],
  [1, 3, 1],
  [0, 1, 4],
  [1, 0, 1],
];

describe('householderQr', () => {
  it('gives an upper-triangular R with RᵀR = AᵀA and keeps the length of b', () => {
    const b = [1, 2, 3, 4];
    const { r, qtb } = householderQr(a, b);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        const rtr = r.reduce((s, row) => s + row[i]! * row[j]!, 0);
        const ata = a.reduce((s, row) => s + row[i]! * row[j]!, 0);
        expect(rtr).toBeCloseTo(ata, 12);
        if (j < i) expect(r[i]![j]).toBe(0);
      }
    }
    const norm = (v: number[]) => Math.hypot(...v);
    expect(norm(qtb)).toBeCloseTo(norm(b), 12);
  });
});

describe('backSubstitute', () => {
  it('solves an upper-triangular system', () => {
    const r = [
      [2, 1, -1],
      [0, 3, 2],
      [0, 0, 4],
    ];
    // x = (1, 2, 3): Rx = (2 + 2 − 3, 6 + 6, 12).
    expect(backSubstitute(r, [1, 12, 12])).toEqual([1, 2, 3]);
  });
});

describe('jacobiSvd', () => {
  it('finds the singular values of a known matrix and unit right singular vectors', () => {
    // [[3, 0], [4, 5]] has singular values √45 and √5.
    const { values, vectors } = jacobiSvd([
      [3, 0],
      [4, 5],
    ]);
    expect([...values].sort((p, q) => q - p)).toEqual([
      expect.closeTo(Math.sqrt(45), 12),
      expect.closeTo(Math.sqrt(5), 12),
    ]);
    for (const v of vectors) expect(Math.hypot(...v)).toBeCloseTo(1, 12);
  });

  it('finds a zero singular value with a null vector for a singular matrix', () => {
    const m = [
      [1, 2],
      [2, 4],
    ];
    const { values, vectors } = jacobiSvd(m);
    const k = values[0]! < values[1]! ? 0 : 1;
    expect(values[k]).toBeLessThan(1e-14);
    const v = vectors[k]!;
    // m v = 0: v ∝ (2, −1)/√5.
    expect(Math.abs(v[0]! * 1 + v[1]! * 2)).toBeLessThan(1e-14);
    expect(Math.abs(v[0]!)).toBeCloseTo(2 / Math.sqrt(5), 12);
  });
});
