import { describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import { AutogradError } from './errors.js';
import { withCustomGradient } from './gradients.js';
import { checkGradient, checkHandGradient, numericGradient, numericGradientTensor } from './numeric.js';

describe('numericGradient (float64)', () => {
  it('matches closed forms to about 10 digits', () => {
    // f(a, b) = a²b + sin(b): ∇f = (2ab, a² + cos b)
    const g = numericGradient(([a, b]) => a! * a! * b! + Math.sin(b!), [3, 2]);
    expect(g[0]).toBeCloseTo(12, 8);
    expect(g[1]).toBeCloseTo(9 + Math.cos(2), 8);
  });

  it('rejects a bad ε or point with a code', () => {
    const f = ([x]: number[]) => x! * x!;
    for (const epsilon of [0, -1, Number.NaN]) {
      expect(() => numericGradient(f, [1], { epsilon })).toThrow(
        expect.objectContaining({ code: 'invalid-epsilon' }),
      );
    }
    expect(() => numericGradient(f, [])).toThrow(expect.objectContaining({ code: 'invalid-point' }));
    expect(() => numericGradient(f, [Number.NaN])).toThrow(AutogradError);
  });
});

describe('numericGradientTensor and checkGradient (float32)', () => {
  it('estimates the gradient of a tensor function, shaped like x', () => {
    const x = tf.tensor2d([
      [1, -2],
      [0.5, 3],
    ]);
    const before = tf.memory().numTensors;
    const g = numericGradientTensor((t) => tf.sum(tf.square(t)), x);
    expect(g.shape).toEqual([2, 2]);
    Array.from(g.dataSync()).forEach((v, i) => {
      expect(v).toBeCloseTo(2 * [1, -2, 0.5, 3][i]!, 2);
    });
    g.dispose();
    expect(tf.memory().numTensors).toBe(before);
    x.dispose();
  });

  it('tfjs autodiff passes the check on a logistic loss (CURRICULUM A.9 set-up)', () => {
    const before = tf.memory().numTensors;
    const X = tf.tensor2d([
      [1, 2, 3],
      [4, 5, 6],
      [-1, 0.5, -2],
    ]);
    const y = tf.tensor1d([0, 1, 1]);
    // Mean BCE of σ(Xw), written on the logits.
    const bce = (w: tf.Tensor) => {
      const z = tf.squeeze(tf.matMul(X, tf.reshape(w, [3, 1])));
      return tf.mean(tf.sub(tf.softplus(z), tf.mul(y, z))) as tf.Scalar;
    };
    const check = checkGradient(bce, [0.1, -0.2, 0.05]);
    expect(check.ok).toBe(true);
    expect(check.analytic).toHaveLength(3);
    expect(check.maxAbsError).toBeLessThan(1e-3);
    expect(check.maxRelError).toBeLessThan(1e-2);
    // Closed form: (1/n) Xᵀ(σ(z) − y).
    const w = [0.1, -0.2, 0.05];
    const rows = [
      [1, 2, 3],
      [4, 5, 6],
      [-1, 0.5, -2],
    ];
    const r = rows.map(
      (row, i) => 1 / (1 + Math.exp(-row.reduce((s, v, j) => s + v * w[j]!, 0))) - [0, 1, 1][i]!,
    );
    [0, 1, 2].forEach((j) => {
      expect(check.analytic[j]).toBeCloseTo(rows.reduce((s, row, i) => s + row[j]! * r[i]!, 0) / 3, 5);
    });
    tf.dispose([X, y]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('flags a wrong custom gradient', () => {
    // Squares the input but claims the gradient is x instead of 2x.
    const wrongSquare = withCustomGradient(
      (x) => tf.square(x),
      (dy, [x]) => tf.mul(dy, x as tf.Tensor),
    );
    const check = checkGradient((x) => tf.sum(wrongSquare(x)), [1, 2]);
    expect(check.ok).toBe(false);
    expect(check.analytic).toEqual([1, 2]);
    check.numeric.forEach((n, i) => {
      expect(n).toBeCloseTo(2 * [1, 2][i]!, 2);
    });
    expect(check.maxAbsError).toBeCloseTo(2, 2);
    expect(check.maxRelError).toBeCloseTo(0.5, 2);
  });
});

describe('checkHandGradient (float64)', () => {
  it('accepts the curriculum derivative of ½(y − wx)² and rejects the MSE one', () => {
    // CURRICULUM A.5: x = 1, y = 2, L = ½(2 − w)², so dL/dw = −(2 − w).
    const loss = ([w]: number[]) => 0.5 * (2 - w!) ** 2;
    const good = checkHandGradient(loss, ([w]) => [-(2 - w!)], [5]);
    expect(good.ok).toBe(true);
    expect(good.analytic).toEqual([3]);
    expect(good.numeric[0]).toBeCloseTo(3, 8);
    expect(good.maxAbsError).toBeLessThan(1e-8);
    // Forgetting the ½ doubles the gradient: the check says so.
    const bad = checkHandGradient(loss, ([w]) => [-2 * (2 - w!)], [5]);
    expect(bad.ok).toBe(false);
    expect(bad.maxRelError).toBeCloseTo(0.5, 6);
  });

  it('rejects a gradient of the wrong length and a bad tolerance', () => {
    const f = ([a, b]: number[]) => a! + b!;
    expect(() => checkHandGradient(f, () => [1], [1, 2])).toThrow(
      expect.objectContaining({ code: 'length-mismatch' }),
    );
    expect(() => checkHandGradient(f, () => [1, 1], [1, 2], { tolerance: 0 })).toThrow(
      expect.objectContaining({ code: 'invalid-tolerance' }),
    );
  });
});
