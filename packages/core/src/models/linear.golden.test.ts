import { describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import { LinearModel } from './linear.js';

describe('LinearModel (curriculum A.4)', () => {
  it('b = 133, w = (5.1, 6.5), x = (75, 2) predicts 528.5', async () => {
    const before = tf.memory().numTensors;
    const model = new LinearModel({ features: 2, init: { w: [5.1, 6.5], b: [133] } });
    const X = tf.tensor2d([[75, 2]]);
    const y = model.predict(X);
    expect(y.shape).toEqual([1]);
    const [value] = await y.data();
    expect(value).toBeCloseTo(528.5, 3);
    tf.dispose([X, y]);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('X (4×3) times w = (1, 2, 3) without bias gives (14, 32, −14, −32)', async () => {
    const before = tf.memory().numTensors;
    const model = new LinearModel({ features: 3, bias: false, init: { w: [1, 2, 3] } });
    expect(model.parameters.map((p) => p.name)).toEqual(['w']);
    const X = tf.tensor2d([
      [1, 2, 3],
      [4, 5, 6],
      [-1, -2, -3],
      [-4, -5, -6],
    ]);
    const atStart = tf.memory().numTensors;
    const y = model.predict(X);
    const logits = model.logits(X);
    // predict leaks nothing: exactly the two returned tensors are new.
    expect(tf.memory().numTensors).toBe(atStart + 2);
    const values = Array.from(await y.data());
    [14, 32, -14, -32].forEach((expected, i) => {
      expect(values[i]).toBeCloseTo(expected, 4);
    });
    expect(Array.from(await logits.data())).toEqual(values);
    tf.dispose([X, y, logits]);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('fits the house prices exactly with w = 5, b = 150: 120 m² → 750', async () => {
    const model = new LinearModel({ features: 1, init: { w: [5], b: [150] } });
    const X = tf.tensor2d([[50], [60], [70], [80], [100], [120]]);
    const y = model.predict(X);
    const values = Array.from(await y.data());
    [400, 450, 500, 550, 650, 750].forEach((expected, i) => {
      expect(values[i]).toBeCloseTo(expected, 3);
    });
    tf.dispose([X, y]);
    model.dispose();
  });
});
