import { describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import { Adagrad } from './adagrad.js';
import { OptimizerError } from './errors.js';

describe('Adagrad', () => {
  it('matches a hand calculation: G ← G + g², w ← w − αg/√(G + ε)', () => {
    const before = tf.memory().numTensors;
    // f(w) = ½ w², from w = 1, α = 0.1, G₀ = 0.1:
    // step 1: G = 1.1, w = 1 − 0.1/√1.1 = 0.904653741
    // step 2: G = 1.1 + 0.904653741² = 1.918398392, w = 0.904653741 − 0.1·0.904653741/√1.918398392
    const opt = new Adagrad({ learningRate: 0.1 });
    const w = tf.tidy(() => tf.variable(tf.scalar(1)));
    expect(opt.readSlotsSync(w)).toEqual({ accumulator: [0.1] });
    const w1 = 1 - 0.1 / Math.sqrt(1.1);
    const G2 = 1.1 + w1 * w1;
    const w2 = w1 - (0.1 * w1) / Math.sqrt(G2);
    for (const [value, accumulator] of [
      [w1, 1.1],
      [w2, G2],
    ] as const) {
      const g = tf.tidy(() => tf.mul(w, 1));
      opt.applyGradients([{ variable: w, gradient: g }]);
      g.dispose();
      expect(w.dataSync()[0]).toBeCloseTo(value, 6);
      expect(opt.readSlotsSync(w).accumulator?.[0]).toBeCloseTo(accumulator, 5);
    }
    w.dispose();
    opt.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('rejects a negative initial accumulator value', () => {
    expect(() => new Adagrad({ initialAccumulatorValue: -0.1 })).toThrow(OptimizerError);
    try {
      new Adagrad({ initialAccumulatorValue: -0.1 });
    } catch (e) {
      expect((e as OptimizerError).code).toBe('invalid-hyperparameter');
      expect((e as OptimizerError).hyperparameter).toBe('initialAccumulatorValue');
      expect((e as OptimizerError).constraint).toBe('non-negative');
    }
  });
});
