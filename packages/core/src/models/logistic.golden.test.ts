import { describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import { LogisticModel } from './logistic.js';

describe('LogisticModel (curriculum A.8)', () => {
  it('w = (2.8, −4.5), b = 0.4, x = (1, 1.5): z = −3.55, σ ≈ 0.0279, class 0', async () => {
    const before = tf.memory().numTensors;
    const model = new LogisticModel({ features: 2, init: { w: [2.8, -4.5], b: [0.4] } });
    const X = tf.tensor2d([[1, 1.5]]);
    const z = model.logits(X);
    const p = model.predict(X);
    expect(z.shape).toEqual([1]);
    expect(p.shape).toEqual([1]);
    const [zValue] = await z.data();
    const [pValue] = await p.data();
    expect(zValue).toBeCloseTo(-3.55, 4);
    expect(pValue).toBeCloseTo(1 / (1 + Math.exp(3.55)), 5);
    expect(pValue).toBeCloseTo(0.02792, 4);
    expect((pValue as number) >= 0.5 ? 1 : 0).toBe(0);
    tf.dispose([X, z, p]);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('keeps predictions strictly inside (0, 1) and σ(0) = 0.5', async () => {
    const model = new LogisticModel({ features: 1, init: { w: [1], b: [0] } });
    const X = tf.tensor2d([[-8], [0], [8]]);
    const p = model.predict(X);
    const [low, mid, high] = Array.from(await p.data()) as [number, number, number];
    expect(low).toBeGreaterThan(0);
    expect(low).toBeCloseTo(1 / (1 + Math.exp(8)), 5);
    expect(mid).toBeCloseTo(0.5, 6);
    expect(high).toBeLessThan(1);
    expect(high).toBeCloseTo(1 / (1 + Math.exp(-8)), 5);
    tf.dispose([X, p]);
    model.dispose();
  });
});
