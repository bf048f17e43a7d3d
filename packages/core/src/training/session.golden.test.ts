// CURRICULUM A.5 and A.9 reproduced through a whole training session: the per-step records are what
// the widgets' tables print, so they must match the hand calculations.
import { describe, expect, it } from 'vitest';
import { datasetFromArrays } from '../data/create.js';
import { tf } from '../tf.js';
import { TrainingSession } from './session.js';
import { singleWeight } from './single-weight.test-fixtures.js';

const MATRIX_X = [
  [1, 2, 3],
  [4, 5, 6],
];

describe('training session: curriculum worked examples', () => {
  it('single weight, y = 2x at x = 1, α = 0.1, ½(y − ŷ)²: from w = 5 the table reads 4.7, 4.43, … down to 2.01', async () => {
    const before = tf.memory().numTensors;
    const session = await TrainingSession.create(singleWeight(5));
    const records = await session.step(60);
    const w = records.map((r) => r.parameters.w![0]!);
    expect(w[0]).toBeCloseTo(4.7, 5);
    expect(w[1]).toBeCloseTo(4.43, 5);
    expect(w[2]).toBeCloseTo(4.187, 5);
    // w_k = 2 + 3·0.9^k first reads 2.01 at step 51 (2.0139; step 50 is 2.0155 → 2.02).
    expect(w.findIndex((value) => value.toFixed(2) === '2.01') + 1).toBe(51);
    expect(w[50]).toBeCloseTo(2 + 3 * 0.9 ** 51, 5);
    // The table's error and update columns: ŷ = 5, error y − ŷ = −3, gradient −(y − ŷ)x = 3, update −αg = −0.3.
    expect(records[0]!.predictions[0]).toBeCloseTo(5, 5);
    expect(records[0]!.gradient.w![0]).toBeCloseTo(3, 5);
    expect(records[0]!.batchLoss).toBeCloseTo(4.5, 5);
    session.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('single weight from w = 1 climbs 1.1, 1.19, … towards 1.99', async () => {
    const session = await TrainingSession.create(singleWeight(1));
    const w = (await session.step(45)).map((r) => r.parameters.w![0]!);
    expect(w[0]).toBeCloseTo(1.1, 5);
    expect(w[1]).toBeCloseTo(1.19, 5);
    // w_k = 2 − 0.9^k first reads 1.99 at step 40 (1.9852; step 39 is 1.9836 → 1.98), from below.
    expect(w.findIndex((value) => value.toFixed(2) === '1.99') + 1).toBe(40);
    expect(w.every((value) => value < 2)).toBe(true);
    session.dispose();
  });

  it('matrix form: w (2,2,2) → (2.10, 2.14, 2.18), gradient (−10, −14, −18), MSE 4.0 → about 0.59', async () => {
    const session = await TrainingSession.create({
      dataset: datasetFromArrays({ features: MATRIX_X, targets: [14, 32] }),
      model: { kind: 'linear', features: 3, bias: false, init: { w: [2, 2, 2] } },
      loss: 'mse',
      optimizer: 'sgd',
      hyperparameters: { learningRate: 0.01 },
    });
    expect(session.current.loss).toBeCloseTo(4, 5);
    const [step] = await session.step(1);
    expect(step!.predictions[0]).toBeCloseTo(12, 4);
    expect(step!.predictions[1]).toBeCloseTo(30, 4);
    expect(step!.gradient.w![0]).toBeCloseTo(-10, 4);
    expect(step!.gradient.w![1]).toBeCloseTo(-14, 4);
    expect(step!.gradient.w![2]).toBeCloseTo(-18, 4);
    expect(step!.parameters.w![0]).toBeCloseTo(2.1, 5);
    expect(step!.parameters.w![1]).toBeCloseTo(2.14, 5);
    expect(step!.parameters.w![2]).toBeCloseTo(2.18, 5);
    expect(step!.batchLoss).toBeCloseTo(4, 4);
    // New predictions (12.92, 32.18): errors (1.08, −0.18), MSE (1.1664 + 0.0324)/2 = 0.5994.
    expect(step!.loss).toBeCloseTo(0.5994, 3);
    session.dispose();
  });

  it('logistic step with binary cross-entropy: w (2,2,2) → (1.95, 1.90, 1.85)', async () => {
    for (const loss of ['bce', 'bce-logits'] as const) {
      const session = await TrainingSession.create({
        dataset: datasetFromArrays({ features: MATRIX_X, targets: [0, 1] }),
        model: { kind: 'logistic', features: 3, bias: false, init: { w: [2, 2, 2] } },
        loss,
        optimizer: 'sgd',
        hyperparameters: { learningRate: 0.1 },
      });
      const [step] = await session.step(1);
      expect(step!.parameters.w![0]).toBeCloseTo(1.95, 3);
      expect(step!.parameters.w![1]).toBeCloseTo(1.9, 3);
      expect(step!.parameters.w![2]).toBeCloseTo(1.85, 3);
      session.dispose();
    }
  });
});
