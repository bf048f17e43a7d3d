/**
 * CURRICULUM A.5 and A.9, stepped with our SGD. Runs in Node (CPU) and in Chromium (WebGL), so
 * tolerances are float32's. Gradients come from tfjs autodiff on hand-written losses.
 */
import { describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import { SGD } from './sgd.js';

/** Single weight, single point x = 1, target y = 2x = 2, loss ½(y − wx)². Returns w₁ … w_steps. */
function singleWeight(w0: number, steps: number): number[] {
  const w = tf.tidy(() => tf.variable(tf.scalar(w0)));
  const sgd = new SGD({ learningRate: 0.1 });
  const loss = () => tf.mul(0.5, tf.square(tf.sub(2, tf.mul(w, 1)))) as tf.Scalar;
  const out: number[] = [];
  for (let k = 0; k < steps; k++) {
    const { value, grads } = tf.variableGrads(loss, [w]);
    sgd.applyGradients([{ variable: w, gradient: grads[w.name] as tf.Tensor }]);
    tf.dispose([value, ...Object.values(grads)]);
    out.push(w.dataSync()[0] ?? Number.NaN);
  }
  w.dispose();
  sgd.dispose();
  return out;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

describe('CURRICULUM A.5: one weight, y = 2x, x = 1, α = 0.1, loss ½(y − wx)²', () => {
  it('from w = 5: 4.7, 4.43, … following w_k = 2 + 3·0.9^k, first showing 2.01 at step 51', () => {
    const before = tf.memory().numTensors;
    const ws = singleWeight(5, 60);
    expect(ws[0]).toBeCloseTo(4.7, 5);
    expect(ws[1]).toBeCloseTo(4.43, 5);
    ws.forEach((w, i) => {
      expect(w).toBeCloseTo(2 + 3 * 0.9 ** (i + 1), 4);
    });
    const firstAt = ws.findIndex((w) => round2(w) === 2.01) + 1;
    expect(firstAt).toBe(51);
    expect(round2(ws[49] ?? 0)).toBe(2.02);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('from w = 1: 1.1, 1.19, … following w_k = 2 − 0.9^k, first showing 1.99 at step 40', () => {
    const before = tf.memory().numTensors;
    const ws = singleWeight(1, 50);
    expect(ws[0]).toBeCloseTo(1.1, 5);
    expect(ws[1]).toBeCloseTo(1.19, 5);
    ws.forEach((w, i) => {
      expect(w).toBeCloseTo(2 - 0.9 ** (i + 1), 4);
    });
    expect(ws.findIndex((w) => round2(w) === 1.99) + 1).toBe(40);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('CURRICULUM A.5 matrix form and A.9 logistic step', () => {
  const X_DATA = [
    [1, 2, 3],
    [4, 5, 6],
  ];

  it('MSE: gradient (−10, −14, −18), w → (2.10, 2.14, 2.18), MSE 4.0 → about 0.59', () => {
    const before = tf.memory().numTensors;
    const X = tf.tensor2d(X_DATA);
    const y = tf.tensor1d([14, 32]);
    const w = tf.tidy(() => tf.variable(tf.tensor1d([2, 2, 2])));
    const sgd = new SGD({ learningRate: 0.01 });
    // Mean of squares: L = (1/n) Σ (y − Xw)².
    const mse = () =>
      tf.mean(tf.square(tf.sub(y, tf.squeeze(tf.matMul(X, tf.reshape(w, [3, 1])))))) as tf.Scalar;

    const { value, grads } = tf.variableGrads(mse, [w]);
    const gradient = grads[w.name] as tf.Tensor;
    expect(value.dataSync()[0]).toBeCloseTo(4, 4);
    const g = Array.from(gradient.dataSync());
    [-10, -14, -18].forEach((expected, i) => {
      expect(g[i]).toBeCloseTo(expected, 4);
    });

    sgd.applyGradients([{ variable: w, gradient }]);
    tf.dispose([value, gradient]);
    const after = Array.from(w.dataSync());
    [2.1, 2.14, 2.18].forEach((expected, i) => {
      expect(after[i]).toBeCloseTo(expected, 5);
    });

    const newLoss = tf.tidy(mse);
    // Prediction (12.92, 32.18), error (1.08, −0.18): (1.1664 + 0.0324) / 2 = 0.5994.
    expect(newLoss.dataSync()[0]).toBeCloseTo(0.5994, 4);
    expect(round2(newLoss.dataSync()[0] ?? 0)).toBe(0.6);
    tf.dispose([newLoss, X, y, w]);
    sgd.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('logistic, mean BCE, y = (0, 1), α = 0.1: w → (1.95, 1.90, 1.85)', () => {
    const before = tf.memory().numTensors;
    const X = tf.tensor2d(X_DATA);
    const y = tf.tensor1d([0, 1]);
    const w = tf.tidy(() => tf.variable(tf.tensor1d([2, 2, 2])));
    const sgd = new SGD({ learningRate: 0.1 });
    // Mean BCE of σ(z), written on the logits for stability: softplus(z) − y z; its gradient is σ(z) − y.
    const bce = () => {
      const z = tf.squeeze(tf.matMul(X, tf.reshape(w, [3, 1])));
      return tf.mean(tf.sub(tf.softplus(z), tf.mul(y, z))) as tf.Scalar;
    };
    const { value, grads } = tf.variableGrads(bce, [w]);
    const gradient = grads[w.name] as tf.Tensor;
    sgd.applyGradients([{ variable: w, gradient }]);
    tf.dispose([value, gradient]);
    const after = Array.from(w.dataSync());
    [1.95, 1.9, 1.85].forEach((expected, i) => {
      expect(after[i]).toBeCloseTo(expected, 4);
      expect(round2(after[i] ?? 0)).toBe(expected);
    });
    tf.dispose([X, y, w]);
    sgd.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
