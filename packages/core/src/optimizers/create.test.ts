import { describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import { createOptimizer, isOptimizerKind, OPTIMIZER_KINDS, OPTIMIZER_METADATA } from './create.js';
import { OptimizerError } from './errors.js';
import { defaultsOf } from './metadata.js';

describe('createOptimizer and metadata', () => {
  it.each(OPTIMIZER_KINDS)('%s: defaults, slots and update rule agree with its metadata', (kind) => {
    const opt = createOptimizer(kind);
    const meta = OPTIMIZER_METADATA[kind];
    expect(opt.kind).toBe(kind);
    expect(opt.slotNames).toEqual(meta.slotNames);
    expect(opt.hyperparameters).toMatchObject(defaultsOf(meta));
    for (const h of meta.hyperparameters) {
      expect(meta.updateRule).toContain(h.symbol);
      expect(h.slider.min).toBeLessThan(h.slider.max);
      expect(h.default).toBeGreaterThanOrEqual(h.slider.min);
      expect(h.default).toBeLessThanOrEqual(h.slider.max);
    }
    expect(meta.hyperparameters[0]?.name).toBe('learningRate');
    expect(meta.hyperparameters[0]?.slider.scale).toBe('log');
    opt.dispose();
  });

  it('uses tf.train defaults where tfjs has them', () => {
    expect(createOptimizer('adam').hyperparameters).toEqual({
      learningRate: 0.001,
      beta1: 0.9,
      beta2: 0.999,
      epsilon: 1e-7,
    });
    expect(createOptimizer('adagrad').hyperparameters.initialAccumulatorValue).toBe(0.1);
    expect(createOptimizer('rmsprop').hyperparameters).toMatchObject({
      decay: 0.9,
      momentum: 0,
      centered: false,
    });
    expect(tf.backend().epsilon()).toBe(createOptimizer('adam').hyperparameters.epsilon);
  });

  it('passes hyperparameters through and rejects unknown kinds', () => {
    expect(createOptimizer('momentum', { learningRate: 0.2 }).hyperparameters).toEqual({
      learningRate: 0.2,
      momentum: 0.9,
    });
    expect(isOptimizerKind('nesterov')).toBe(true);
    expect(isOptimizerKind('toString')).toBe(false);
    expect(() => createOptimizer('adamw')).toThrow(OptimizerError);
    expect(() => createOptimizer('adamw')).toThrow(
      expect.objectContaining({ code: 'unknown-optimizer', value: 'adamw' }),
    );
  });

  it.each(OPTIMIZER_KINDS)('%s leaks nothing: slots only, freed by dispose()', (kind) => {
    const w = tf.tidy(() =>
      tf.variable(
        tf.tensor2d([
          [1, 2],
          [3, 4],
        ]),
      ),
    );
    const b = tf.tidy(() => tf.variable(tf.scalar(-1)));
    const before = tf.memory().numTensors;
    const opt = createOptimizer(kind, { learningRate: 0.01 });
    for (let k = 0; k < 20; k++) {
      const gw = tf.tidy(() => tf.mul(w, 2));
      const gb = tf.tidy(() => tf.add(b, 1));
      opt.applyGradients([
        { variable: w, gradient: gw },
        { variable: b, gradient: gb },
      ]);
      tf.dispose([gw, gb]);
      expect(tf.memory().numTensors).toBe(before + 2 * opt.slotNames.length);
    }
    // The weights moved toward the minimum at w = 0, b = −1.
    expect(Math.abs(w.dataSync()[3] ?? 0)).toBeLessThan(4);
    opt.dispose();
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([w, b]);
  });
});
