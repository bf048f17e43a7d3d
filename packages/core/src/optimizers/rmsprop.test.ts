import { describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import { RMSprop } from './rmsprop.js';

function twoSteps(opt: RMSprop): number[] {
  const w = tf.tidy(() => tf.variable(tf.scalar(5)));
  const g = tf.scalar(3);
  const out: number[] = [];
  for (let k = 0; k < 2; k++) {
    opt.applyGradients([{ variable: w, gradient: g }]);
    out.push(w.dataSync()[0] ?? Number.NaN);
  }
  tf.dispose([g, w]);
  return out;
}

describe('RMSprop', () => {
  it('matches a hand calculation: s ← ρs + (1 − ρ)g², w ← w − αg/√(s + ε)', () => {
    const before = tf.memory().numTensors;
    // Constant g = 3 from w = 5, α = 0.01, ρ = 0.9: s = 0.9 then 1.71.
    const opt = new RMSprop({ learningRate: 0.01 });
    const [w1, w2] = twoSteps(opt);
    expect(w1).toBeCloseTo(5 - 0.03 / Math.sqrt(0.9), 6);
    expect(w2).toBeCloseTo(5 - 0.03 / Math.sqrt(0.9) - 0.03 / Math.sqrt(1.71), 6);
    expect(tf.memory().numTensors).toBe(before + 3); // meanSquare, moment, meanGradient of the disposed w
    opt.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('with momentum μ: m ← μm + αg/√(s + ε), w ← w − m', () => {
    const opt = new RMSprop({ learningRate: 0.01, momentum: 0.5 });
    const [w1, w2] = twoSteps(opt);
    const m1 = 0.03 / Math.sqrt(0.9);
    const m2 = 0.5 * m1 + 0.03 / Math.sqrt(1.71);
    expect(w1).toBeCloseTo(5 - m1, 6);
    expect(w2).toBeCloseTo(5 - m1 - m2, 6);
    opt.dispose();
  });

  it('centred: divides by √(s − ḡ² + ε)', () => {
    // Step 1: s = 0.9, ḡ = 0.3, s − ḡ² = 0.81. Step 2: s = 1.71, ḡ = 0.57, s − ḡ² = 1.3851.
    const opt = new RMSprop({ learningRate: 0.01, centered: true });
    const [w1, w2] = twoSteps(opt);
    expect(w1).toBeCloseTo(5 - 0.03 / 0.9, 6);
    expect(w2).toBeCloseTo(5 - 0.03 / 0.9 - 0.03 / Math.sqrt(1.3851), 6);
    opt.dispose();
  });

  it('rejects a non-boolean centered flag and a decay of 1', () => {
    expect(() => new RMSprop({ centered: 'yes' as unknown as boolean })).toThrow(
      expect.objectContaining({ code: 'invalid-hyperparameter', hyperparameter: 'centered' }),
    );
    expect(() => new RMSprop({ decay: 1 })).toThrow(
      expect.objectContaining({
        code: 'invalid-hyperparameter',
        hyperparameter: 'decay',
        constraint: 'fraction',
      }),
    );
  });
});
