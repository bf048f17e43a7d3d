import { describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import { BinaryCrossEntropy } from './bce.js';
import { BinaryCrossEntropyWithLogits } from './bce-logits.js';

describe('BinaryCrossEntropyWithLogits', () => {
  it('equals BCE of σ(z) wherever both are finite', () => {
    const z = [-8, -3, -1, -0.2, 0, 0.4, 1.5, 4, 9];
    const y = z.map((_, i) => i % 2);
    tf.tidy(() => {
      const targets = tf.tensor1d(y);
      const logits = tf.tensor1d(z);
      const fromLogits = new BinaryCrossEntropyWithLogits().perExample(targets, logits).dataSync();
      const fromProbabilities = new BinaryCrossEntropy().perExample(targets, tf.sigmoid(logits)).dataSync();
      fromLogits.forEach((value, i) => {
        // σ(9) rounds to float32 with 1 − σ losing digits: the probability route is only good to 1e-3.
        expect(value).toBeCloseTo(fromProbabilities[i]!, 3);
        // The logits route matches the float64 closed form −[y ln σ(z) + (1 − y) ln(1 − σ(z))].
        const s = 1 / (1 + Math.exp(-z[i]!));
        expect(value).toBeCloseTo(-(y[i]! * Math.log(s) + (1 - y[i]!) * Math.log(1 - s)), 5);
      });
    });
  });

  it('stays finite and accurate at z = ±100, where σ(z) rounds to 0 or 1 in float32', () => {
    const before = tf.memory().numTensors;
    const y = tf.tensor1d([1, 0, 1, 0]);
    const z = tf.tensor1d([100, 100, -100, -100]);
    const loss = new BinaryCrossEntropyWithLogits();
    const rows = loss.perExample(y, z);
    const grad = tf.grad((out: tf.Tensor) => loss.total(y, out))(z);
    const [right, wrong, wrongNegative, rightNegative] = Array.from(rows.dataSync());
    expect(right).toBeCloseTo(0, 6);
    expect(wrong).toBeCloseTo(100, 4);
    expect(wrongNegative).toBeCloseTo(100, 4);
    expect(rightNegative).toBeCloseTo(0, 6);
    // ∂L/∂z = (σ(z) − y)/n: 0, ¼, −¼, 0.
    const g = Array.from(grad.dataSync());
    [0, 0.25, -0.25, 0].forEach((expected, i) => {
      expect(g[i]).toBeCloseTo(expected, 6);
    });
    tf.dispose([y, z, rows, grad]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('takes logits, and writes the stable form in its formula', () => {
    const loss = new BinaryCrossEntropyWithLogits();
    expect(loss.input).toBe('logits');
    expect(loss.formulaParts().term).toBe(
      '\\ell_i = \\max(z_i, 0) - z_i y_i + \\ln\\left(1 + e^{-|z_i|}\\right)',
    );
  });
});
