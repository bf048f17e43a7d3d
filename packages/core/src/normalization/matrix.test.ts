import { describe, expect, it } from 'vitest';
import { ConvError } from '../conv/errors.js';
import { tf } from '../tf.js';
import { batchNorm, layerNorm } from './matrix.js';

const x = [
  [1, 10, -2],
  [3, 20, 0],
  [5, 60, 2],
  [7, 30, 4],
];

function tfNorm(axis: 0 | 1, epsilon: number, gamma?: number[], beta?: number[]) {
  return tf.tidy(() => {
    const t = tf.tensor2d(x);
    const { mean, variance } = tf.moments(t, axis, true);
    const g = gamma ? tf.tensor2d([gamma]) : undefined;
    const b = beta ? tf.tensor2d([beta]) : undefined;
    // tf.batchNorm indexes mean and variance by the last axis only (per feature), so it serves
    // batch norm; for layer norm (per-example statistics) the formula is written with tf ops.
    const out =
      axis === 0
        ? tf.batchNorm(t, mean, variance, b, g, epsilon)
        : tf.add(tf.mul(tf.div(tf.sub(t, mean), tf.sqrt(tf.add(variance, epsilon))), g ?? 1), b ?? 0);
    return {
      mean: Array.from(mean.dataSync()),
      variance: Array.from(variance.dataSync()),
      out: Array.from(out.dataSync()),
    };
  });
}

describe('batchNorm', () => {
  it('normalises each feature over the batch: hand computation for feature 0', () => {
    const result = batchNorm(x, { epsilon: 0 });
    // Feature 0: 1, 3, 5, 7 → μ = 4, σ² = (9 + 1 + 1 + 9)/4 = 5.
    expect(result.mean[0]).toBe(4);
    expect(result.variance[0]).toBe(5);
    expect(result.output.map((r) => r[0])).toEqual([-3, -1, 1, 3].map((v) => v / Math.sqrt(5)));
    // Every feature now has mean 0 and variance 1.
    for (let j = 0; j < 3; j++) {
      const column = result.output.map((r) => r[j] as number);
      const mean = column.reduce((a, b) => a + b, 0) / 4;
      const variance = column.reduce((a, v) => a + (v - mean) ** 2, 0) / 4;
      expect(mean).toBeCloseTo(0, 12);
      expect(variance).toBeCloseTo(1, 12);
    }
  });

  it('agrees with tf.moments(x, 0) and tf.batchNorm, with γ and β', () => {
    const before = tf.memory().numTensors;
    const gamma = [2, 0.5, -1];
    const beta = [0.1, -3, 4];
    const ours = batchNorm(x, { epsilon: 1e-3, gamma, beta });
    const theirs = tfNorm(0, 1e-3, gamma, beta);
    ours.mean.forEach((v, j) => {
      expect(v).toBeCloseTo(theirs.mean[j] as number, 4);
    });
    ours.variance.forEach((v, j) => {
      expect(v / (theirs.variance[j] as number)).toBeCloseTo(1, 5);
    });
    ours.output.flat().forEach((v, k) => {
      expect(v).toBeCloseTo(theirs.out[k] as number, 4);
    });
    expect(tf.memory().numTensors).toBe(before);
  });

  it('does not divide by zero for a constant feature (ε > 0)', () => {
    const result = batchNorm(
      [
        [2, 1],
        [2, 3],
      ],
      { epsilon: 1e-5 },
    );
    expect(result.variance[0]).toBe(0);
    expect(result.output.map((r) => r[0])).toEqual([0, 0]);
  });
});

describe('layerNorm', () => {
  it('normalises each example over its features: hand computation for row 0', () => {
    const result = layerNorm(x, { epsilon: 0 });
    // Row 0: 1, 10, −2 → μ = 3, σ² = (4 + 49 + 25)/3 = 26.
    expect(result.mean[0]).toBe(3);
    expect(result.variance[0]).toBe(26);
    expect(result.output[0]).toEqual([-2, 7, -5].map((v) => v / Math.sqrt(26)));
    expect(result.mean.length).toBe(4);
  });

  it('agrees with tf.moments(x, 1) and tf.batchNorm, with γ and β', () => {
    const gamma = [1.5, 1, 0.25];
    const beta = [0, 1, -1];
    const ours = layerNorm(x, { epsilon: 1e-5, gamma, beta });
    const theirs = tfNorm(1, 1e-5, gamma, beta);
    ours.mean.forEach((v, i) => {
      expect(v).toBeCloseTo(theirs.mean[i] as number, 4);
    });
    ours.output.flat().forEach((v, k) => {
      expect(v).toBeCloseTo(theirs.out[k] as number, 4);
    });
  });

  it('rejects bad options with codes', () => {
    const codeOf = (fn: () => unknown): string | undefined => {
      try {
        fn();
      } catch (error) {
        expect(error).toBeInstanceOf(ConvError);
        return (error as ConvError).code;
      }
      return undefined;
    };
    expect(codeOf(() => layerNorm(x, { gamma: [1, 2] }))).toBe('invalid-affine-length');
    expect(codeOf(() => batchNorm(x, { beta: [1, 2, Number.NaN] }))).toBe('non-finite-value');
    expect(codeOf(() => batchNorm(x, { epsilon: -1 }))).toBe('invalid-epsilon');
    expect(codeOf(() => layerNorm([[1, 2], [3]]))).toBe('ragged-matrix');
    expect(codeOf(() => batchNorm([]))).toBe('empty-input');
  });
});
