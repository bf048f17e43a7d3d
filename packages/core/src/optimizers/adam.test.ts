import { describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import { Adam } from './adam.js';

describe('Adam', () => {
  it('matches a hand calculation: with a constant gradient every step is α', () => {
    // m̂ = g and v̂ = g² at every step when g is constant, so w moves by α·g/(|g| + ε) ≈ α.
    const before = tf.memory().numTensors;
    const opt = new Adam({ learningRate: 0.1 });
    const w = tf.tidy(() => tf.variable(tf.scalar(5)));
    const g = tf.scalar(3);
    for (let k = 1; k <= 5; k++) {
      opt.applyGradients([{ variable: w, gradient: g }]);
      expect(w.dataSync()[0]).toBeCloseTo(5 - 0.1 * k, 5);
    }
    // After 5 steps: m = 3(1 − 0.9⁵), v = 9(1 − 0.999⁵).
    const { m, v } = opt.readSlotsSync(w);
    expect(m?.[0]).toBeCloseTo(3 * (1 - 0.9 ** 5), 5);
    expect(v?.[0]).toBeCloseTo(9 * (1 - 0.999 ** 5), 5);
    tf.dispose([g, w]);
    opt.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('keeps the tensor count flat over 10,000 steps, and dispose() frees every slot', () => {
    const a = tf.tidy(() =>
      tf.variable(
        tf.tensor2d([
          [1, -1],
          [0.5, 2],
        ]),
      ),
    );
    const b = tf.tidy(() => tf.variable(tf.tensor1d([0.3, -0.3])));
    const baseline = tf.memory().numTensors;
    const opt = new Adam({ learningRate: 0.01 });
    // L = ½‖a‖² + ½‖b − 1‖²: gradients a and b − 1, minimum at a = 0, b = 1.
    const step = () => {
      const ga = tf.tidy(() => tf.mul(a, 1));
      const gb = tf.tidy(() => tf.sub(b, 1));
      opt.applyGradients([
        { variable: a, gradient: ga },
        { variable: b, gradient: gb },
      ]);
      tf.dispose([ga, gb]);
    };
    step();
    const afterFirst = tf.memory().numTensors;
    expect(afterFirst).toBe(baseline + 4); // m and v for each of the two variables
    for (let k = 1; k < 10_000; k++) step();
    expect(tf.memory().numTensors).toBe(afterFirst);
    expect(opt.iterations).toBe(10_000);
    for (const x of a.dataSync()) expect(Math.abs(x)).toBeLessThan(1e-2);
    for (const x of b.dataSync()) expect(x).toBeCloseTo(1, 2);
    opt.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
    expect(opt.slots(a)).toBeUndefined();
    tf.dispose([a, b]);
  });
});
