import { describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import { ModelError } from './errors.js';
import { SoftmaxModel } from './softmax.js';

describe('SoftmaxModel', () => {
  const W = [1, -1, 0.5, 0.2, 0.3, -0.4]; // [2, 3]
  const b = [0.1, 0, -0.1];

  it('computes logits XW + b [n, k] and softmax rows that sum to 1', () => {
    const before = tf.memory().numTensors;
    const model = new SoftmaxModel({ features: 2, classes: 3, init: { W, b } });
    expect(model.parameters.map((p) => [p.name, p.shape])).toEqual([
      ['W', [2, 3]],
      ['b', [3]],
    ]);
    expect(model.outputSize).toBe(3);
    const X = tf.tensor2d([
      [1, 2],
      [-1, 0.5],
    ]);
    const logits = model.logits(X);
    const probs = model.predict(X);
    expect(logits.shape).toEqual([2, 3]);
    const z = logits.arraySync() as number[][];
    // Row 0: (1·1 + 2·0.2 + 0.1, 1·(−1) + 2·0.3 + 0, 1·0.5 + 2·(−0.4) − 0.1)
    expect(z[0]?.[0]).toBeCloseTo(1.5, 5);
    expect(z[0]?.[1]).toBeCloseTo(-0.4, 5);
    expect(z[0]?.[2]).toBeCloseTo(-0.4, 5);
    const p = probs.arraySync() as number[][];
    for (let i = 0; i < 2; i++) {
      const row = z[i] as number[];
      const denom = row.reduce((s, v) => s + Math.exp(v), 0);
      row.forEach((v, j) => {
        expect(p[i]?.[j]).toBeCloseTo(Math.exp(v) / denom, 6);
      });
    }
    tf.dispose([X, logits, probs]);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('needs at least two classes', () => {
    expect(() => new SoftmaxModel({ features: 2, classes: 1 })).toThrow(ModelError);
    try {
      new SoftmaxModel({ features: 2, classes: 1 });
    } catch (error) {
      expect((error as ModelError).code).toBe('invalid-class-count');
    }
  });
});
