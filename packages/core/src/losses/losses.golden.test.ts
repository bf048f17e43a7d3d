// Curriculum A.3 loss tables. Runs in Node (CPU) and in Chromium (WebGL, float32): tolerances are
// float32-safe.
import { describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import { evaluateLoss, logLikelihoodTerms } from './evaluate.js';
import { createLoss } from './registry.js';

const truth = [10, 20, 30];
const closePrediction = [12, 18, 30];
const outlierPrediction = [15, 18, 40];

function expectRow(actual: number[], expected: number[], digits = 4): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, i) => {
    expect(value).toBeCloseTo(expected[i]!, digits);
  });
}

describe('curriculum A.3: truth (10, 20, 30), prediction (12, 18, 30)', () => {
  it('MSE: per row 4, 4, 0, total 8/3', async () => {
    const { perExample, total } = await evaluateLoss('mse', truth, closePrediction);
    expectRow(perExample, [4, 4, 0]);
    expect(total).toBeCloseTo(8 / 3, 5);
  });

  it("MSE with the 'half' convention: per row 2, 2, 0, total 4/3", async () => {
    const { perExample, total } = await evaluateLoss('mse', truth, closePrediction, { convention: 'half' });
    expectRow(perExample, [2, 2, 0]);
    expect(total).toBeCloseTo(4 / 3, 5);
  });

  it('RMSE: sqrt(8/3) ≈ 1.633', async () => {
    const { total } = await evaluateLoss('rmse', truth, closePrediction);
    expect(total).toBeCloseTo(Math.sqrt(8 / 3), 5);
    expect(total).toBeCloseTo(1.633, 3);
  });

  it('MAE: per row 2, 2, 0, total 4/3', async () => {
    const { perExample, total } = await evaluateLoss('mae', truth, closePrediction);
    expectRow(perExample, [2, 2, 0]);
    expect(total).toBeCloseTo(4 / 3, 5);
  });

  it('mean error: signed terms 2, −2, 0 cancel to 0', async () => {
    const { perExample, total } = await evaluateLoss('mean-error', truth, closePrediction);
    expectRow(perExample, [2, -2, 0]);
    expect(total).toBeCloseTo(0, 6);
  });
});

describe('curriculum A.3: truth (10, 20, 30), prediction (15, 18, 40)', () => {
  it('Huber δ = 4: per row 12, 2, 32, mean 46/3 ≈ 15.33', async () => {
    const { perExample, total } = await evaluateLoss('huber', truth, outlierPrediction, { delta: 4 });
    expectRow(perExample, [12, 2, 32]);
    expect(total).toBeCloseTo(46 / 3, 4);
    expect(total).toBeCloseTo(15.33, 2);
  });

  it('Smooth L1 β = 5: per row 2.5, 0.4, 7.5, mean 10.4/3 ≈ 3.47', async () => {
    const { perExample, total } = await evaluateLoss('smooth-l1', truth, outlierPrediction, { beta: 5 });
    expectRow(perExample, [2.5, 0.4, 7.5]);
    expect(total).toBeCloseTo(10.4 / 3, 4);
    expect(total).toBeCloseTo(3.47, 2);
  });
});

describe('curriculum A.3: BCE, truth (1, 1, 0), p (0.9, 0.7, 0.3)', () => {
  const y = [1, 1, 0];
  const p = [0.9, 0.7, 0.3];

  it('signed log-likelihood terms −0.105, −0.357, −0.357', async () => {
    const terms = await logLikelihoodTerms(y, p);
    expectRow(terms, [Math.log(0.9), Math.log(0.7), Math.log(0.7)], 5);
    expectRow(terms, [-0.105, -0.357, -0.357], 3);
  });

  it('BCE ≈ 0.27, the mean of the negated terms', async () => {
    const { perExample, total } = await evaluateLoss('bce', y, p);
    expectRow(perExample, [-Math.log(0.9), -Math.log(0.7), -Math.log(0.7)], 5);
    expect(total).toBeCloseTo(-(Math.log(0.9) + 2 * Math.log(0.7)) / 3, 5);
    expect(total).toBeCloseTo(0.27, 2);
  });

  it('BCE from the logits z = ln(p / (1 − p)) gives the same table', async () => {
    const z = p.map((q) => Math.log(q / (1 - q)));
    const { perExample, total } = await evaluateLoss('bce-logits', y, z);
    expectRow(perExample, [-Math.log(0.9), -Math.log(0.7), -Math.log(0.7)], 5);
    expect(total).toBeCloseTo(0.2729, 4);
  });
});

describe('the tensor API gives the same tables and frees its intermediates', () => {
  it('Huber δ = 4 and MSE through perExample/total', async () => {
    const before = tf.memory().numTensors;
    const y = tf.tensor1d(truth);
    const yHat = tf.tensor1d(outlierPrediction);
    const huber = createLoss('huber', { delta: 4 });
    const rows = huber.perExample(y, yHat);
    const total = huber.total(y, yHat);
    expectRow(Array.from(await rows.data()), [12, 2, 32]);
    expect((await total.data())[0]).toBeCloseTo(46 / 3, 4);
    tf.dispose([y, yHat, rows, total]);
    expect(tf.memory().numTensors).toBe(before);
  });
});
