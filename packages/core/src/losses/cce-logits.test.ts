import { describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import { CategoricalCrossEntropy } from './cce.js';
import { CategoricalCrossEntropyWithLogits } from './cce-logits.js';

describe('CategoricalCrossEntropyWithLogits', () => {
  it('equals the cross-entropy of softmax(z)', () => {
    tf.tidy(() => {
      const y = tf.tensor2d([
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1],
      ]);
      const z = tf.tensor2d([
        [2, 1, 0.1],
        [-1, 0.5, 3],
        [0, 0, 0],
      ]);
      const fromLogits = new CategoricalCrossEntropyWithLogits().perExample(y, z).dataSync();
      const fromProbabilities = new CategoricalCrossEntropy().perExample(y, tf.softmax(z)).dataSync();
      fromLogits.forEach((value, i) => {
        expect(value).toBeCloseTo(fromProbabilities[i]!, 5);
      });
      expect(fromLogits[2]).toBeCloseTo(Math.log(3), 6);
    });
  });

  it('stays finite for logits of ±1000, where softmax then log gives ∞', () => {
    const before = tf.memory().numTensors;
    const y = tf.tensor2d([
      [0, 1],
      [1, 0],
    ]);
    const z = tf.tensor2d([
      [1000, -1000],
      [1000, -1000],
    ]);
    const loss = new CategoricalCrossEntropyWithLogits();
    const rows = loss.perExample(y, z);
    const grad = tf.grad((out: tf.Tensor) => loss.total(y, out))(z);
    const values = Array.from(rows.dataSync());
    expect(values[0]).toBeCloseTo(2000, 2);
    expect(values[1]).toBeCloseTo(0, 6);
    // ∂L/∂z = (softmax(z) − y)/n.
    expect(Array.from(grad.dataSync())).toEqual([0.5, -0.5, 0, 0]);
    tf.dispose([y, z, rows, grad]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('does not change when a constant is added to every logit of a row', () => {
    tf.tidy(() => {
      const y = tf.tensor2d([[0, 0, 1]]);
      const z = tf.tensor2d([[0.3, -1.2, 2]]);
      const loss = new CategoricalCrossEntropyWithLogits();
      const base = loss.total(y, z).dataSync()[0]!;
      const shifted = loss.total(y, tf.add(z, 50)).dataSync()[0]!;
      expect(shifted).toBeCloseTo(base, 5);
    });
  });
});
