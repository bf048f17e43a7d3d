import { describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import { PROBABILITY_EPSILON } from './bce.js';
import { CategoricalCrossEntropy } from './cce.js';

describe('CategoricalCrossEntropy', () => {
  it('is −ln of the probability given to the true class', () => {
    const before = tf.memory().numTensors;
    const y = tf.tensor2d([
      [0, 1, 0],
      [0, 0, 1],
    ]);
    const p = tf.tensor2d([
      [0.2, 0.5, 0.3],
      [0.1, 0.1, 0.8],
    ]);
    const loss = new CategoricalCrossEntropy();
    const rows = loss.perExample(y, p);
    const total = loss.total(y, p);
    expect(rows.shape).toEqual([2]);
    const values = Array.from(rows.dataSync());
    expect(values[0]).toBeCloseTo(-Math.log(0.5), 6);
    expect(values[1]).toBeCloseTo(-Math.log(0.8), 6);
    expect(total.dataSync()[0]).toBeCloseTo(-(Math.log(0.5) + Math.log(0.8)) / 2, 6);
    tf.dispose([y, p, rows, total]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('costs −ln ε, not ∞, when the true class gets probability 0', () => {
    const value = tf.tidy(
      () => new CategoricalCrossEntropy().total(tf.tensor2d([[1, 0]]), tf.tensor2d([[0, 1]])).dataSync()[0],
    );
    expect(value).toBeCloseTo(-Math.log(PROBABILITY_EPSILON), 4);
  });

  it('needs [n, k] targets and outputs', () => {
    const a = tf.tensor1d([1, 0]);
    expect(() => new CategoricalCrossEntropy().total(a, a)).toThrowError(
      expect.objectContaining({ code: 'shape-mismatch', expected: '[n, k] and [n, k]' }),
    );
    a.dispose();
  });
});
