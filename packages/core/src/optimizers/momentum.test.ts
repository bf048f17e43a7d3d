import { describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import { Momentum } from './momentum.js';

/** One weight with a fixed gradient per step; returns w after each step. */
function run(opt: Momentum, w0: number, gradients: (w: number) => number, steps: number): number[] {
  const w = tf.tidy(() => tf.variable(tf.scalar(w0)));
  const out: number[] = [];
  for (let k = 0; k < steps; k++) {
    const g = tf.scalar(gradients(w.dataSync()[0] ?? Number.NaN));
    opt.applyGradients([{ variable: w, gradient: g }]);
    g.dispose();
    out.push(w.dataSync()[0] ?? Number.NaN);
  }
  w.dispose();
  return out;
}

describe('Momentum (velocity form)', () => {
  it('matches a hand calculation: p ← βp + g, w ← w − γp', () => {
    const before = tf.memory().numTensors;
    const opt = new Momentum({ learningRate: 0.1, momentum: 0.9 });
    // Constant gradient 3 from w = 5: p = 3, 5.7, 8.13; w = 4.7, 4.13, 3.317.
    const ws = run(opt, 5, () => 3, 3);
    expect(ws[0]).toBeCloseTo(4.7, 5);
    expect(ws[1]).toBeCloseTo(4.13, 5);
    expect(ws[2]).toBeCloseTo(3.317, 5);
    opt.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('exposes its velocity as a slot', () => {
    const opt = new Momentum({ learningRate: 0.1, momentum: 0.9 });
    const w = tf.tidy(() => tf.variable(tf.tensor1d([1, -2])));
    expect(opt.slots(w)).toBeUndefined();
    expect(opt.readSlotsSync(w)).toEqual({ velocity: [0, 0] });
    const g = tf.tensor1d([0.5, 1]);
    opt.applyGradients([{ variable: w, gradient: g }]);
    opt.applyGradients([{ variable: w, gradient: g }]);
    // p = g + 0.9 g = 1.9 g
    const velocity = opt.readSlotsSync(w).velocity ?? [];
    expect(velocity[0]).toBeCloseTo(0.95, 6);
    expect(velocity[1]).toBeCloseTo(1.9, 6);
    expect(Array.from(opt.slots(w)?.velocity?.dataSync() ?? [])).toEqual(velocity);
    tf.dispose([g, w]);
    opt.dispose();
  });

  it('uses a hyperparameter changed mid-run at the very next step', () => {
    // f(w) = ½ w², ∇f = w. Step 1 with γ = 0.1, β = 0.9 from w = 1: p = 1, w = 0.9.
    // Then γ = 0.5, β = 0.5: p = 0.5·1 + 0.9 = 1.4, w = 0.9 − 0.5·1.4 = 0.2.
    const opt = new Momentum({ learningRate: 0.1, momentum: 0.9 });
    const w = tf.tidy(() => tf.variable(tf.scalar(1)));
    const step = () => {
      const g = tf.tidy(() => tf.mul(w, 1));
      opt.applyGradients([{ variable: w, gradient: g }]);
      g.dispose();
      return w.dataSync()[0];
    };
    expect(step()).toBeCloseTo(0.9, 6);
    opt.hyperparameters.learningRate = 0.5;
    opt.hyperparameters.momentum = 0.5;
    expect(step()).toBeCloseTo(0.2, 6);
    w.dispose();
    opt.dispose();
  });
});
