// The numerical-stability promises, checked on the WebGL backend (float32 shaders), where exp and
// log are the GPU's rather than JavaScript's.
import { describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import { PROBABILITY_EPSILON } from './bce.js';
import { evaluateLoss } from './evaluate.js';
import { createLoss } from './registry.js';

describe('loss stability on WebGL', () => {
  it('BCE from logits is finite at z = ±100', async () => {
    const { perExample } = await evaluateLoss('bce-logits', [1, 0, 1, 0], [100, 100, -100, -100]);
    expect(perExample.every(Number.isFinite)).toBe(true);
    expect(perExample[0]).toBeCloseTo(0, 5);
    expect(perExample[1]).toBeCloseTo(100, 3);
    expect(perExample[2]).toBeCloseTo(100, 3);
  });

  it('BCE from probabilities costs −ln ε at p = 0 and 1', async () => {
    const { perExample } = await evaluateLoss('bce', [1, 0], [0, 1]);
    for (const value of perExample) expect(value).toBeCloseTo(-Math.log(PROBABILITY_EPSILON), 3);
  });

  it('CCE from logits is finite at ±1000', async () => {
    const { perExample } = await evaluateLoss(
      'cce-logits',
      [1, 0],
      [
        [1000, -1000],
        [1000, -1000],
      ],
    );
    expect(perExample[0]).toBeCloseTo(2000, 1);
    expect(perExample[1]).toBeCloseTo(0, 5);
  });

  it('BCE from logits has gradient σ(z) − y over n, ½ − y at z = 0', async () => {
    const before = tf.memory().numTensors;
    const y = tf.tensor1d([1, 0]);
    const z = tf.tensor1d([0, 0]);
    const loss = createLoss('bce-logits');
    const grad = tf.grad((out: tf.Tensor) => loss.total(y, out))(z);
    const values = Array.from(await grad.data());
    expect(values[0]).toBeCloseTo(-0.25, 6);
    expect(values[1]).toBeCloseTo(0.25, 6);
    tf.dispose([y, z, grad]);
    expect(tf.memory().numTensors).toBe(before);
  });
});
