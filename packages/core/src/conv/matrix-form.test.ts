import { describe, expect, it } from 'vitest';
import { createRandom } from '../data/random.js';
import { convolve } from './conv-trace.js';
import { conv1d } from './conv1d.js';
import { bandedMatrix, im2col, matVec } from './matrix-form.js';

describe('bandedMatrix: stacking and shifting the kernel (C.7)', () => {
  it('gives the curriculum rows for (1, 0, −1) on 5 inputs, and times the input (−2, −2, −2)', () => {
    const T = bandedMatrix(5, [1, 0, -1]);
    expect(T).toEqual([
      [1, 0, -1, 0, 0],
      [0, 1, 0, -1, 0],
      [0, 0, 1, 0, -1],
    ]);
    expect(matVec(T, [1, 2, 3, 4, 5])).toEqual([-2, -2, -2]);
  });

  it('with padding 1 and stride 2 its rows shift by two over the 7 padded inputs', () => {
    const T = bandedMatrix(5, [1, 0, -1], { padding: 1, stride: 2 });
    expect(T).toEqual([
      [1, 0, -1, 0, 0, 0, 0],
      [0, 0, 1, 0, -1, 0, 0],
      [0, 0, 0, 0, 1, 0, -1],
    ]);
    expect(matVec(T, [0, 1, 2, 3, 4, 5, 0])).toEqual([-2, -2, 4]);
  });

  it('equals the sliding loop for random sizes, padding, stride and dilation', () => {
    const rng = createRandom('banded');
    for (let trial = 0; trial < 40; trial++) {
      const n = 3 + rng.int(9);
      const k = 1 + rng.int(3);
      const padding = rng.int(3);
      const stride = 1 + rng.int(3);
      const dilation = 1 + rng.int(2);
      if (dilation * (k - 1) + 1 > n + 2 * padding) continue;
      const x = Array.from({ length: n }, () => rng.int(11) - 5);
      const w = Array.from({ length: k }, () => rng.int(7) - 3);
      const sliding = conv1d(x, w, { padding, stride, dilation });
      expect(matVec(bandedMatrix(n, w, { padding, stride, dilation }), sliding.padded)).toEqual(
        sliding.output,
      );
    }
  });
});

describe('im2col', () => {
  it('stacks the 4 windows of the 4 × 4 input 1 … 16; times the edge kernel gives −6 each', () => {
    const input = [[0, 1, 2, 3].map((r) => [1, 2, 3, 4].map((c) => r * 4 + c))];
    const edge = [
      [
        [1, 0, -1],
        [1, 0, -1],
        [1, 0, -1],
      ],
    ];
    const result = im2col(input, [edge]);
    expect(result.patches[0]).toEqual([1, 2, 3, 5, 6, 7, 9, 10, 11]);
    expect(result.patches[3]).toEqual([6, 7, 8, 10, 11, 12, 14, 15, 16]);
    expect(result.kernelColumns).toEqual([[1, 0, -1, 1, 0, -1, 1, 0, -1]]);
    expect(result.product).toEqual([[-6], [-6], [-6], [-6]]);
  });

  it('equals the sliding loop with channels, padding, stride, dilation and flipping', () => {
    const rng = createRandom('im2col');
    for (let trial = 0; trial < 25; trial++) {
      const C = 1 + rng.int(2);
      const O = 1 + rng.int(2);
      const H = 3 + rng.int(4);
      const W = 3 + rng.int(4);
      const options = {
        padding: [rng.int(2), rng.int(2)] as [number, number],
        stride: [1 + rng.int(2), 1 + rng.int(2)] as [number, number],
        dilation: [1 + rng.int(2), 1] as [number, number],
        flip: rng.int(2) === 1,
      };
      if (2 * options.dilation[0] + 1 > H + 2 * options.padding[0]) continue;
      const input = Array.from({ length: C }, () =>
        Array.from({ length: H }, () => Array.from({ length: W }, () => rng.int(9) - 4)),
      );
      const filters = Array.from({ length: O }, () =>
        Array.from({ length: C }, () =>
          Array.from({ length: 3 }, () => Array.from({ length: 2 }, () => rng.int(5) - 2)),
        ),
      );
      const sliding = convolve(input, filters, options);
      const matrix = im2col(input, filters, options);
      const fromMatrix = Array.from({ length: O }, (_, o) =>
        Array.from({ length: matrix.outRows }, (_r, i) =>
          Array.from({ length: matrix.outCols }, (_c, j) => matrix.product[i * matrix.outCols + j]![o]!),
        ),
      );
      expect(fromMatrix).toEqual(sliding.output);
    }
  });
});
