import { describe, expect, it } from 'vitest';
import { NormalizationError } from './errors.js';
import { DEFAULT_MOMENTUM, RunningStatistics } from './running.js';
import { normalizeTensor } from './tensor.js';

describe('RunningStatistics (PyTorch convention)', () => {
  it('starts at mean 0, variance 1, momentum 0.1', () => {
    const running = new RunningStatistics(2);
    expect(running.mean).toEqual([0, 0]);
    expect(running.variance).toEqual([1, 1]);
    expect(running.momentum).toBe(DEFAULT_MOMENTUM);
    expect(DEFAULT_MOMENTUM).toBe(0.1);
  });

  it('folds in CURRICULUM C.5’s batch by hand: mean 0.1·(4, 8), variance 0.9 + 0.1·(20/3, 80/3)', () => {
    const running = new RunningStatistics(2);
    const { statistics } = normalizeTensor([1, 2, 3, 6, 5, 10, 7, 14], [4, 2, 1, 1], { kind: 'batch' });
    const update = running.update(
      statistics.map((s) => s.mean),
      statistics.map((s) => s.variance),
      4,
    );
    // The batch is normalised with σ² = (5, 20); the running variance is fed σ² · 4/3.
    expect(update.unbiasedVariance[0]).toBeCloseTo(20 / 3, 12);
    expect(update.unbiasedVariance[1]).toBeCloseTo(80 / 3, 12);
    expect(running.mean[0]).toBeCloseTo(0.4, 12);
    expect(running.mean[1]).toBeCloseTo(0.8, 12);
    expect(running.variance[0]).toBeCloseTo(0.9 + 2 / 3, 12);
    expect(running.variance[1]).toBeCloseTo(0.9 + 8 / 3, 12);
    expect(update.before).toEqual({ mean: [0, 0], variance: [1, 1] });
  });

  it('matches a hand loop of the rule over several batches, and converges to the true statistics', () => {
    const running = new RunningStatistics(1, 0.25);
    let mean = 0;
    let variance = 1;
    const batches = [
      [2, 4, 6],
      [1, 5, 9, 3],
      [4, 4, 5, 7],
    ];
    for (const batch of batches) {
      const mu = batch.reduce((a, b) => a + b, 0) / batch.length;
      const pop = batch.reduce((a, b) => a + (b - mu) ** 2, 0) / batch.length;
      const unbiased = batch.reduce((a, b) => a + (b - mu) ** 2, 0) / (batch.length - 1);
      mean = 0.75 * mean + 0.25 * mu;
      variance = 0.75 * variance + 0.25 * unbiased;
      running.update([mu], [pop], batch.length);
      expect(running.mean[0]).toBeCloseTo(mean, 12);
      expect(running.variance[0]).toBeCloseTo(variance, 12);
    }
    expect(running.updates).toBe(3);
    const steady = new RunningStatistics(1);
    for (let i = 0; i < 200; i++) steady.update([3], [2], 5);
    expect(steady.mean[0]).toBeCloseTo(3, 6);
    expect(steady.variance[0]).toBeCloseTo(2.5, 6);
    steady.reset();
    expect([steady.mean, steady.variance, steady.updates]).toEqual([[0], [1], 0]);
  });

  it('refuses a batch with one value per channel (no unbiased variance) and a bad momentum', () => {
    const running = new RunningStatistics(2);
    expect(() => running.update([1, 2], [0, 0], 1)).toThrow(NormalizationError);
    expect(running.mean).toEqual([0, 0]);
    expect(() => new RunningStatistics(2, 1.5)).toThrow(/Momentum/);
  });
});
