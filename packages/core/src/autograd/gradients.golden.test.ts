/**
 * Curriculum gradients through the autograd wrappers, on both backends (Node CPU, Chromium WebGL).
 */
import { describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import { clipGradient, disposeGradients, gradientsOfVariables } from './gradients.js';
import { Value } from './value.js';

const X_DATA = [
  [1, 2, 3],
  [4, 5, 6],
];

describe('CURRICULUM gradients through gradientsOfVariables', () => {
  it('A.5: MSE gradient −(2/n) Xᵀ(y − ŷ) = (−10, −14, −18) at w = (2, 2, 2)', () => {
    const before = tf.memory().numTensors;
    const X = tf.tensor2d(X_DATA);
    const y = tf.tensor2d([[14], [32]]);
    const w = tf.tidy(() => tf.variable(tf.tensor2d([[2], [2], [2]])));
    const result = gradientsOfVariables(
      () => tf.mean(tf.square(tf.sub(y, tf.matMul(X, w)))) as tf.Scalar,
      [w],
    );
    expect(result.value.dataSync()[0]).toBeCloseTo(4, 4);
    const g = Array.from(result.gradients[0]?.gradient.dataSync() ?? []);
    expect(g).toHaveLength(3);
    [-10, -14, -18].forEach((e, i) => {
      expect(g[i]).toBeCloseTo(e, 3);
    });
    disposeGradients(result);
    tf.dispose([X, y, w]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('A.9: mean BCE gradient (1/n) Xᵀ(σ(z) − y) ≈ (0.5, 1, 1.5) at w = (2, 2, 2), y = (0, 1)', () => {
    const before = tf.memory().numTensors;
    const X = tf.tensor2d(X_DATA);
    const y = tf.tensor1d([0, 1]);
    const w = tf.tidy(() => tf.variable(tf.tensor1d([2, 2, 2])));
    const result = gradientsOfVariables(() => {
      const z = tf.squeeze(tf.matMul(X, tf.reshape(w, [3, 1])));
      return tf.mean(tf.sub(tf.softplus(z), tf.mul(y, z))) as tf.Scalar;
    }, [w]);
    const g = Array.from(result.gradients[0]?.gradient.dataSync() ?? []);
    [0.5, 1, 1.5].forEach((e, i) => {
      expect(g[i]).toBeCloseTo(e, 4);
    });
    disposeGradients(result);
    tf.dispose([X, y, w]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('a clipped gradient stays clipped on this backend', () => {
    const x = tf.tensor1d([1, -2, 3]);
    const before = tf.memory().numTensors;
    const clip = clipGradient(5);
    const g = tf.grad((t: tf.Tensor) => tf.sum(tf.mul(10, tf.square(clip(t)))))(x);
    expect(Array.from(g.dataSync())).toEqual([5, -5, 5]);
    g.dispose();
    expect(tf.memory().numTensors).toBe(before);
    x.dispose();
  });

  it('the scalar graph gives the single-weight step of A.5: dL/dw = 3 at w = 5, so w → 4.7', () => {
    const w = new Value(5, 'w');
    const loss = new Value(2).sub(w.mul(1)).pow(2).mul(0.5).labelled('L');
    loss.backward();
    expect(w.grad).toBe(3);
    expect(w.data - 0.1 * w.grad).toBeCloseTo(4.7, 12);
  });
});
