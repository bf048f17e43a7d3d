import { describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import { HeavyBall } from './heavy-ball.js';
import { Momentum } from './momentum.js';
import type { Optimizer } from './optimizer.js';

/** A Rosenbrock-like valley: f(x, y) = (1 − x)² + 5 (y − x²)². */
function valley(p: tf.Tensor): tf.Scalar {
  const x = tf.slice(p, [0], [1]);
  const y = tf.slice(p, [1], [1]);
  return tf.sum(tf.add(tf.square(tf.sub(1, x)), tf.mul(5, tf.square(tf.sub(y, tf.square(x)))))) as tf.Scalar;
}

/** Minimises the valley from (−1, 1.5); returns the trajectory as [x, y] pairs. */
function trajectory(opt: Optimizer, steps: number): number[][] {
  const p = tf.tidy(() => tf.variable(tf.tensor1d([-1, 1.5])));
  const gradient = tf.grad(valley);
  const points: number[][] = [];
  for (let k = 0; k < steps; k++) {
    const g = gradient(p);
    opt.applyGradients([{ variable: p, gradient: g }]);
    g.dispose();
    points.push(Array.from(p.dataSync()));
  }
  p.dispose();
  return points;
}

describe('HeavyBall', () => {
  it('matches a hand calculation: d ← βd − γg, w ← w + d', () => {
    const before = tf.memory().numTensors;
    const opt = new HeavyBall({ learningRate: 0.1, momentum: 0.9 });
    const w = tf.tidy(() => tf.variable(tf.scalar(5)));
    const g = tf.scalar(3);
    opt.applyGradients([{ variable: w, gradient: g }]);
    expect(w.dataSync()[0]).toBeCloseTo(4.7, 5);
    expect(opt.readSlotsSync(w).displacement?.[0]).toBeCloseTo(-0.3, 6);
    opt.applyGradients([{ variable: w, gradient: g }]);
    // w₂ = w₁ − γ g + β (w₁ − w₀) = 4.7 − 0.3 − 0.27
    expect(w.dataSync()[0]).toBeCloseTo(4.13, 5);
    expect(opt.readSlotsSync(w).displacement?.[0]).toBeCloseTo(-0.57, 6);
    tf.dispose([g, w]);
    opt.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('follows the same trajectory as the velocity form over 200 steps (CURRICULUM C.3)', () => {
    const before = tf.memory().numTensors;
    const heavy = new HeavyBall({ learningRate: 0.01, momentum: 0.8 });
    const velocity = new Momentum({ learningRate: 0.01, momentum: 0.8 });
    const a = trajectory(heavy, 200);
    const b = trajectory(velocity, 200);
    for (let k = 0; k < 200; k++) {
      expect(a[k]?.[0]).toBeCloseTo(b[k]?.[0] ?? Number.NaN, 4);
      expect(a[k]?.[1]).toBeCloseTo(b[k]?.[1] ?? Number.NaN, 4);
    }
    // Both reach the valley floor near the minimum (1, 1).
    expect(a[199]?.[0]).toBeCloseTo(1, 1);
    expect(a[199]?.[1]).toBeCloseTo(1, 1);
    heavy.dispose();
    velocity.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
