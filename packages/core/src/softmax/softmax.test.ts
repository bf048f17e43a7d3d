import { describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import {
  logSoftmax,
  naiveSoftmaxFloat32,
  softmax,
  softmaxCrossEntropy,
  softmaxCrossEntropyGradient,
  softmaxJacobian,
  stableSoftmaxSteps,
} from './softmax.js';
import { naiveSoftmaxTensor, softmaxCrossEntropyTensor, softmaxTensor } from './softmax-tensor.js';

const round4 = (values: readonly number[]) => values.map((v) => Math.round(v * 1e4) / 1e4);

describe('softmax (curriculum B.4 golden values)', () => {
  it('softmax and log-softmax of (1, 2, 3)', () => {
    expect(round4(softmax([1, 2, 3]))).toEqual([0.09, 0.2447, 0.6652]);
    expect(round4(logSoftmax([1, 2, 3]))).toEqual([-2.4076, -1.4076, -0.4076]);
  });

  it('cross-entropy with class 2 as the truth and its gradient p − y', () => {
    expect(softmaxCrossEntropy([1, 2, 3], 2).toFixed(4)).toBe('0.4076');
    expect(round4(softmaxCrossEntropyGradient([1, 2, 3], 2))).toEqual([0.09, 0.2447, -0.3348]);
  });

  it('the Jacobian diag(p) − p pᵀ', () => {
    const jacobian = softmaxJacobian(softmax([1, 2, 3]));
    expect(jacobian.map(round4)).toEqual([
      [0.0819, -0.022, -0.0599],
      [-0.022, 0.1848, -0.1628],
      [-0.0599, -0.1628, 0.2227],
    ]);
  });

  it('the Jacobian equals tfjs autodiff, row by row', () => {
    const p = softmax([1, 2, 3]);
    const jacobian = softmaxJacobian(p);
    for (let i = 0; i < 3; i++) {
      const row = tf.tidy(() =>
        tf.grad((z: tf.Tensor) => tf.sum(tf.mul(tf.softmax(z), tf.oneHot(tf.tensor1d([i], 'int32'), 3))))(
          tf.tensor1d([1, 2, 3]),
        ),
      );
      const values = Array.from(row.dataSync());
      row.dispose();
      values.forEach((v, j) => {
        expect(v).toBeCloseTo(jacobian[i]?.[j] ?? Number.NaN, 6);
      });
    }
  });

  it('the cross-entropy gradient equals tfjs autodiff, with a temperature too', () => {
    for (const temperature of [1, 0.5, 2]) {
      const g = tf.tidy(() =>
        tf.grad((z: tf.Tensor) => softmaxCrossEntropyTensor(z as tf.Tensor1D, 1, temperature))(
          tf.tensor1d([0.3, -1.2, 2]),
        ),
      );
      const values = Array.from(g.dataSync());
      g.dispose();
      const expected = softmaxCrossEntropyGradient([0.3, -1.2, 2], 1, temperature);
      values.forEach((v, i) => {
        expect(v).toBeCloseTo(expected[i] ?? Number.NaN, 5);
      });
      const loss = tf.tidy(() => softmaxCrossEntropyTensor(tf.tensor1d([0.3, -1.2, 2]), 1, temperature));
      expect(loss.dataSync()[0]).toBeCloseTo(softmaxCrossEntropy([0.3, -1.2, 2], 1, temperature), 5);
      loss.dispose();
    }
  });

  it('temperature: T → 0 approaches one-hot, large T approaches uniform', () => {
    expect(softmax([1, 2, 3], 0.01)[2]).toBeCloseTo(1, 10);
    for (const p of softmax([1, 2, 3], 1e6)) expect(p).toBeCloseTo(1 / 3, 5);
  });
});

describe('stability (curriculum B.4): logits (1000, 1001, 1002)', () => {
  it('naive float32: exp overflows to ∞ and every probability is NaN', () => {
    const naive = naiveSoftmaxFloat32([1000, 1001, 1002]);
    expect(naive.exps).toEqual([Infinity, Infinity, Infinity]);
    expect(naive.sum).toBe(Infinity);
    expect(naive.probabilities.every(Number.isNaN)).toBe(true);
  });

  it('naive float32 overflows just above ln(float32 max) ≈ 88.72, float64 does not', () => {
    expect(naiveSoftmaxFloat32([88, 89]).exps[1]).toBe(Infinity);
    expect(Number.isFinite(Math.exp(89))).toBe(true);
    expect(round4(naiveSoftmaxFloat32([1, 2, 3]).probabilities)).toEqual([0.09, 0.2447, 0.6652]);
  });

  it('the stable form gives (0.0900, 0.2447, 0.6652) with its intermediates', () => {
    const steps = stableSoftmaxSteps([1000, 1001, 1002]);
    expect(steps.max).toBe(1002);
    expect(round4(steps.exps)).toEqual([0.1353, 0.3679, 1]);
    expect(steps.logSumExp.toFixed(4)).toBe('1002.4076');
    expect(round4(steps.probabilities)).toEqual([0.09, 0.2447, 0.6652]);
  });

  it('as tfjs float32 ops: naive gives NaN, tf.softmax the right answer', () => {
    const logits = tf.tensor1d([1000, 1001, 1002]);
    const naive = naiveSoftmaxTensor(logits);
    const stable = softmaxTensor(logits);
    expect(Array.from(naive.dataSync()).every(Number.isNaN)).toBe(true);
    expect(round4(Array.from(stable.dataSync()))).toEqual([0.09, 0.2447, 0.6652]);
    tf.dispose([logits, naive, stable]);
  });
});
