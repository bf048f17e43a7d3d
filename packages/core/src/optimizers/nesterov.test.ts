import { describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import { Nesterov } from './nesterov.js';

describe('Nesterov', () => {
  it('matches a hand calculation: p ← βp + g, w ← w − γ(g + βp)', () => {
    const before = tf.memory().numTensors;
    // f(w) = ½ w², ∇f = w, from w = 1 with γ = 0.1, β = 0.9:
    // step 1: p = 1, w = 1 − 0.1·(1 + 0.9) = 0.81
    // step 2: p = 0.9 + 0.81 = 1.71, w = 0.81 − 0.1·(0.81 + 1.539) = 0.5751
    const opt = new Nesterov({ learningRate: 0.1, momentum: 0.9 });
    const w = tf.tidy(() => tf.variable(tf.scalar(1)));
    const expected = [0.81, 0.5751];
    for (const value of expected) {
      const g = tf.tidy(() => tf.mul(w, 1));
      opt.applyGradients([{ variable: w, gradient: g }]);
      g.dispose();
      expect(w.dataSync()[0]).toBeCloseTo(value, 6);
    }
    expect(opt.readSlotsSync(w).velocity?.[0]).toBeCloseTo(1.71, 6);
    w.dispose();
    opt.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
