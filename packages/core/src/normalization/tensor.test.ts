import { describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import { NormalizationError } from './errors.js';
import { batchNorm, layerNorm } from './matrix.js';
import { normalizeTensorOp } from './ops.js';
import {
  type NormalizationKind,
  normalizeTensor,
  normalizeWithStatistics,
  statisticsGroups,
  type TensorShape,
} from './tensor.js';

// CURRICULUM C.5: four rows of two features, as N × C × 1 × 1.
const ROWS = [1, 2, 3, 6, 5, 10, 7, 14];
const ROWS_SHAPE: TensorShape = [4, 2, 1, 1];

/** A 2 × 4 × 2 × 3 tensor with uneven values, so every kind has distinct statistics. */
const SHAPE: TensorShape = [2, 4, 2, 3];
const X = Array.from({ length: 48 }, (_, k) => Math.round(10 * Math.sin(k * 1.7) + (k % 5) * 3 - k / 7) / 2);
const at = (n: number, c: number, h: number, w: number, [, C, H, W]: TensorShape = SHAPE) =>
  ((n * C + c) * H + h) * W + w;

/** The textbook loops: for every cell, average over the cells the kind says share its statistics. */
function handLoop(x: readonly number[], shape: TensorShape, kind: NormalizationKind, G: number, eps: number) {
  const [N, C, H, W] = shape;
  const out: number[] = [];
  for (let n = 0; n < N; n++)
    for (let c = 0; c < C; c++)
      for (let h = 0; h < H; h++)
        for (let w = 0; w < W; w++) {
          const same: number[] = [];
          for (let n2 = 0; n2 < N; n2++)
            for (let c2 = 0; c2 < C; c2++)
              for (let h2 = 0; h2 < H; h2++)
                for (let w2 = 0; w2 < W; w2++) {
                  const shares =
                    kind === 'batch'
                      ? c2 === c
                      : kind === 'layer'
                        ? n2 === n
                        : kind === 'instance'
                          ? n2 === n && c2 === c
                          : n2 === n && Math.floor((c2 * G) / C) === Math.floor((c * G) / C);
                  if (shares) same.push(x[at(n2, c2, h2, w2, shape)] as number);
                }
          const mu = same.reduce((a, b) => a + b, 0) / same.length;
          const v = same.reduce((a, b) => a + (b - mu) ** 2, 0) / same.length;
          out.push(((x[at(n, c, h, w, shape)] as number) - mu) / Math.sqrt(v + eps));
        }
  return out;
}

describe('normalizeTensor', () => {
  it('CURRICULUM C.5 batch norm: μ = (4, 8), σ² = (5, 20), x̂ = ±1.3416 and ±0.4472', () => {
    const result = normalizeTensor(ROWS, ROWS_SHAPE, { kind: 'batch' });
    expect(result.statistics.map((s) => s.mean)).toEqual([4, 8]);
    expect(result.statistics.map((s) => s.variance)).toEqual([5, 20]);
    expect(result.reducedAxes).toEqual(['N', 'H', 'W']);
    const rounded = result.normalized.map((v) => Number(v.toFixed(4)));
    expect(rounded).toEqual([-1.3416, -1.3416, -0.4472, -0.4472, 0.4472, 0.4472, 1.3416, 1.3416]);
    // The matrix helper of the fully connected case gives the same numbers.
    expect(
      batchNorm([
        [1, 2],
        [3, 6],
        [5, 10],
        [7, 14],
      ]).output.flat(),
    ).toEqual(result.output);
  });

  it('CURRICULUM C.5 layer norm: every row becomes (−1, 1) to four decimals', () => {
    const result = normalizeTensor(ROWS, ROWS_SHAPE, { kind: 'layer' });
    expect(result.output.map((v) => v.toFixed(4))).toEqual([
      '-1.0000',
      '1.0000',
      '-1.0000',
      '1.0000',
      '-1.0000',
      '1.0000',
      '-1.0000',
      '1.0000',
    ]);
    expect(result.statistics.map((s) => s.mean)).toEqual([1.5, 4.5, 7.5, 10.5]);
    expect(
      layerNorm([
        [1, 2],
        [3, 6],
        [5, 10],
        [7, 14],
      ]).output.flat(),
    ).toEqual(result.output);
  });

  for (const [kind, G] of [
    ['batch', 1],
    ['layer', 1],
    ['instance', 1],
    ['group', 2],
  ] as const) {
    it(`${kind} norm agrees with the hand loop, with tf.moments and with the tfjs op`, () => {
      const before = tf.memory().numTensors;
      const eps = 1e-3;
      const gamma = [2, -1, 0.5, 1.5];
      const beta = [0.25, 0, -3, 1];
      const ours = normalizeTensor(X, SHAPE, { kind, groups: G, epsilon: eps, gamma, beta });
      const hand = handLoop(X, SHAPE, kind, G, eps);
      ours.normalized.forEach((v, k) => {
        expect(v).toBeCloseTo(hand[k] as number, 12);
      });
      ours.output.forEach((v, k) => {
        const c = Math.floor(k / 6) % 4;
        expect(v).toBeCloseTo((gamma[c] as number) * (hand[k] as number) + (beta[c] as number), 12);
      });
      const theirs = tf.tidy(() =>
        Array.from(
          normalizeTensorOp(tf.tensor4d(X, [...SHAPE]), kind, {
            groups: G,
            epsilon: eps,
            gamma,
            beta,
          }).dataSync(),
        ),
      );
      ours.output.forEach((v, k) => {
        expect(v).toBeCloseTo(theirs[k] as number, 4);
      });
      // Group counts: C for batch, N for layer, N·C for instance, N·G for group.
      expect(ours.statistics.length).toBe({ batch: 4, layer: 2, instance: 8, group: 4 }[kind]);
      expect(ours.statistics.every((s) => s.count === 48 / ours.statistics.length)).toBe(true);
      expect(tf.memory().numTensors).toBe(before);
    });
  }

  it('batch norm equals tf.moments over N, H, W followed by tf.batchNorm (channels last)', () => {
    const ours = normalizeTensor(X, SHAPE, {
      kind: 'batch',
      epsilon: 1e-5,
      gamma: [1, 2, 3, 4],
      beta: [0, 1, 0, -1],
    });
    const theirs = tf.tidy(() => {
      const nhwc = tf.transpose(tf.tensor4d(X, [...SHAPE]), [0, 2, 3, 1]);
      const { mean, variance } = tf.moments(nhwc, [0, 1, 2]);
      const y = tf.batchNorm(
        nhwc,
        mean,
        variance,
        tf.tensor1d([0, 1, 0, -1]),
        tf.tensor1d([1, 2, 3, 4]),
        1e-5,
      );
      return {
        mean: Array.from(mean.dataSync()),
        variance: Array.from(variance.dataSync()),
        y: Array.from(tf.transpose(y, [0, 3, 1, 2]).dataSync()),
      };
    });
    ours.statistics.forEach((s, c) => {
      expect(s.mean).toBeCloseTo(theirs.mean[c] as number, 4);
      expect(s.variance / (theirs.variance[c] as number)).toBeCloseTo(1, 5);
    });
    ours.output.forEach((v, k) => {
      expect(v).toBeCloseTo(theirs.y[k] as number, 4);
    });
  });

  it('group norm with G = 1 is layer norm and with G = C is instance norm', () => {
    const layer = normalizeTensor(X, SHAPE, { kind: 'layer' }).output;
    const instance = normalizeTensor(X, SHAPE, { kind: 'instance' }).output;
    expect(normalizeTensor(X, SHAPE, { kind: 'group', groups: 1 }).output).toEqual(layer);
    expect(normalizeTensor(X, SHAPE, { kind: 'group', groups: 4 }).output).toEqual(instance);
  });

  it('labels cells by group: group norm with G = 2 pairs channels (0, 1) and (2, 3) within each example', () => {
    const { groupOf, count } = statisticsGroups('group', [2, 4, 1, 1], 2);
    expect(groupOf).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    expect(count).toBe(4);
    expect(statisticsGroups('batch', [2, 3, 1, 2]).groupOf).toEqual([0, 0, 1, 1, 2, 2, 0, 0, 1, 1, 2, 2]);
  });

  it('evaluation mode: per-channel given statistics, the same as the hand formula', () => {
    const { output } = normalizeWithStatistics(
      ROWS,
      ROWS_SHAPE,
      { mean: [0.4, 0.8], variance: [1.5, 2] },
      {
        gamma: [2, 1],
        beta: [0, 1],
        epsilon: 0,
      },
    );
    expect(output[0]).toBeCloseTo((2 * (1 - 0.4)) / Math.sqrt(1.5), 12);
    expect(output[1]).toBeCloseTo((2 - 0.8) / Math.sqrt(2) + 1, 12);
  });

  it('refuses bad input with codes', () => {
    const codeOf = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        expect(error).toBeInstanceOf(NormalizationError);
        return (error as NormalizationError).code;
      }
      return undefined;
    };
    expect(codeOf(() => normalizeTensor(ROWS, [4, 3, 1, 1], { kind: 'batch' }))).toBe('shape-mismatch');
    expect(codeOf(() => normalizeTensor(ROWS, [4, 2, 1], { kind: 'batch' }))).toBe('invalid-shape');
    expect(codeOf(() => normalizeTensor(X, SHAPE, { kind: 'group', groups: 3 }))).toBe('invalid-groups');
    expect(codeOf(() => normalizeTensor(X, SHAPE, { kind: 'weight' as never }))).toBe('invalid-kind');
    expect(codeOf(() => normalizeTensor(ROWS, ROWS_SHAPE, { kind: 'batch', gamma: [1] }))).toBe(
      'invalid-affine-length',
    );
    expect(codeOf(() => normalizeTensor([...ROWS.slice(1), Number.NaN], ROWS_SHAPE, { kind: 'layer' }))).toBe(
      'non-finite-value',
    );
    expect(codeOf(() => normalizeTensor(ROWS, ROWS_SHAPE, { kind: 'layer', epsilon: -1 }))).toBe(
      'invalid-epsilon',
    );
  });
});
