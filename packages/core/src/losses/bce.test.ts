import { describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import { BinaryCrossEntropy, PROBABILITY_EPSILON } from './bce.js';

const MAX_TERM = -Math.log(PROBABILITY_EPSILON); // ≈ 16.118

describe('BinaryCrossEntropy', () => {
  it('costs exactly −ln ε, never ∞ or NaN, for a confident wrong answer at p = 0 or 1', () => {
    const before = tf.memory().numTensors;
    const y = tf.tensor1d([1, 0, 1, 0]);
    const p = tf.tensor1d([0, 1, 1, 0]);
    const rows = new BinaryCrossEntropy().perExample(y, p);
    const [wrongAt0, wrongAt1, rightAt1, rightAt0] = Array.from(rows.dataSync());
    expect(MAX_TERM).toBeCloseTo(16.118, 3);
    expect(wrongAt0).toBeCloseTo(MAX_TERM, 4);
    expect(wrongAt1).toBeCloseTo(MAX_TERM, 4);
    expect(rightAt1).toBeCloseTo(0, 6);
    expect(rightAt0).toBeCloseTo(0, 6);
    tf.dispose([y, p, rows]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('has a finite (zero) gradient where p is clipped', () => {
    const y = tf.tensor1d([1, 0]);
    const p = tf.tensor1d([0, 1]);
    const grad = tf.grad((out: tf.Tensor) => new BinaryCrossEntropy().total(y, out))(p);
    expect(Array.from(grad.dataSync())).toEqual([0, 0]);
    tf.dispose([y, p, grad]);
  });

  it('gives the signed log-likelihood terms as a tensor, the negated per-example losses', () => {
    const before = tf.memory().numTensors;
    const y = tf.tensor1d([1, 0, 1]);
    const p = tf.tensor1d([0.5, 0.25, 0.125]);
    const terms = new BinaryCrossEntropy().logLikelihoodTerms(y, p);
    const values = Array.from(terms.dataSync());
    [Math.log(0.5), Math.log(0.75), Math.log(0.125)].forEach((expected, i) => {
      expect(values[i]).toBeCloseTo(expected, 6);
    });
    tf.dispose([y, p, terms]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('is ln 2 per example at p = ½ whatever the target', () => {
    const total = tf.tidy(() => new BinaryCrossEntropy().total(tf.tensor1d([0, 1]), tf.tensor1d([0.5, 0.5])));
    expect(total.dataSync()[0]).toBeCloseTo(Math.LN2, 6);
    total.dispose();
  });

  it('writes the cross-entropy in its formula', () => {
    expect(new BinaryCrossEntropy().formulaParts().term).toBe(
      '\\ell_i = -\\left[y_i \\ln p_i + (1 - y_i) \\ln(1 - p_i)\\right]',
    );
  });
});
