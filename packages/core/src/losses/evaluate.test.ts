import { describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import { LossError } from './errors.js';
import { evaluateLoss, evaluateLossSync, logLikelihoodTerms, logLikelihoodTermsSync } from './evaluate.js';

describe('evaluateLoss', () => {
  it('gives per-row terms and total as plain numbers, sync and async alike, leaving no tensor behind', async () => {
    const before = tf.memory().numTensors;
    const sync = evaluateLossSync('huber', [10, 20, 30], [15, 18, 40], { delta: 4 });
    const asynchronous = await evaluateLoss('huber', [10, 20, 30], [15, 18, 40], { delta: 4 });
    expect(sync).toEqual(asynchronous);
    expect(sync.perExample).toEqual([12, 2, 32]);
    expect(sync.total).toBeCloseTo(46 / 3, 5);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('accepts class indices or one-hot rows for categorical losses, with the same result', () => {
    const z = [
      [2, 0, -1],
      [0.5, 0.5, 3],
    ];
    const byIndex = evaluateLossSync('cce-logits', [0, 2], z);
    const oneHot = evaluateLossSync(
      'cce-logits',
      [
        [1, 0, 0],
        [0, 0, 1],
      ],
      z,
    );
    expect(byIndex).toEqual(oneHot);
    const lse = (row: number[]) => Math.log(row.reduce((s, v) => s + Math.exp(v), 0));
    expect(byIndex.perExample[0]).toBeCloseTo(lse(z[0]!) - 2, 5);
    expect(byIndex.perExample[1]).toBeCloseTo(lse(z[1]!) - 3, 5);
  });

  it('throws typed errors for bad data and bad options, leaving no tensor behind', async () => {
    const before = tf.memory().numTensors;
    expect(() => evaluateLossSync('mse', [1, 2], [1])).toThrowError(
      expect.objectContaining({ code: 'length-mismatch' }),
    );
    expect(() => evaluateLossSync('huber', [1], [2], { delta: 0 })).toThrowError(
      expect.objectContaining({ code: 'invalid-option', option: 'delta', value: 0 }),
    );
    expect(() => evaluateLossSync('smooth-l1', [1], [2], { beta: -1 })).toThrowError(
      expect.objectContaining({ code: 'invalid-option', option: 'beta' }),
    );
    await expect(evaluateLoss('bce', [1], [1.5])).rejects.toBeInstanceOf(LossError);
    await expect(evaluateLoss('bce', [1], [1.5])).rejects.toMatchObject({ code: 'probability-out-of-range' });
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('logLikelihoodTerms', () => {
  it('gives the signed terms y ln p + (1 − y) ln(1 − p), sync and async alike', async () => {
    const before = tf.memory().numTensors;
    const terms = logLikelihoodTermsSync([0, 1], [0.2, 0.6]);
    expect(terms[0]).toBeCloseTo(Math.log(0.8), 6);
    expect(terms[1]).toBeCloseTo(Math.log(0.6), 6);
    expect(await logLikelihoodTerms([0, 1], [0.2, 0.6])).toEqual(terms);
    expect(() => logLikelihoodTermsSync([2], [0.5])).toThrowError(
      expect.objectContaining({ code: 'target-not-binary' }),
    );
    expect(tf.memory().numTensors).toBe(before);
  });
});
