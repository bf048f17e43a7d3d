import { createLoss, ready, tf } from '@gd-playground/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { A9_STATE } from './curriculum-states.test-fixtures.js';
import {
  bceFromLogit,
  cceFromLogits,
  exactLoss,
  exactPredictions,
  type LedgerSettings,
} from './exact-ledger.js';
import { buildDataset } from './state.js';

beforeAll(async () => {
  await ready();
});

/** One example with one feature x = 1, so z (or ŷ) is the weight. */
const single = (y: number) =>
  ({ features: [[1]], targets: [y], featureNames: ['x1'], targetName: 'y' }) as never;
const settings = (
  loss: LedgerSettings['loss'],
  model: LedgerSettings['model'] = 'logistic',
): LedgerSettings => ({
  model,
  loss,
  convention: 'mean',
  delta: 1,
});

describe('exact ledger losses (float64)', () => {
  it('gives CURRICULUM "Logistic step, exact" for A.9 with either BCE form: 6.000003 before, 5.650006 after', () => {
    const data = buildDataset(A9_STATE);
    for (const loss of ['bce', 'bce-logits'] as const) {
      const s = settings(loss);
      expect(exactLoss(s, data, { w: [2, 2, 2] })).toBeCloseTo(6.000003, 6);
      expect(exactLoss(s, data, { w: [1.95, 1.9, 1.85] })).toBeCloseTo(5.650006, 6);
    }
  });

  // Saturated logits: σ(z) within 1e-5 of 0 or 1. The oracle is the plain definition in float64
  // (−ln σ(z) written from 1/(1 + e^(−z))), which is accurate where it is evaluated here.
  it.each([12, 30, -40])(
    'BCE at z = %d matches −ln σ and −ln(1 − σ) for y = 1 and y = 0 (both forms)',
    (z) => {
      const p = 1 / (1 + Math.exp(-z));
      const viaTail = z > 0 ? Math.log1p(Math.exp(-z)) : -z + Math.log1p(Math.exp(z));
      for (const loss of ['bce', 'bce-logits'] as const) {
        const one = exactLoss(settings(loss), single(1), { w: [z] });
        const zero = exactLoss(settings(loss), single(0), { w: [z] });
        expect(one).toBeCloseTo(viaTail, 12);
        expect(zero).toBeCloseTo(viaTail + z, 12);
        if (z === 12) expect(one).toBeCloseTo(-Math.log(p), 12);
      }
      // What float32 probabilities with the 1e-7 clip give instead at z = 30, y = 0: ln(1e7) ≈ 16.118, not 30.
      if (z === 30) {
        const clipped = tf.tidy(
          () =>
            createLoss('bce')
              .total(tf.tensor1d([0]), tf.sigmoid(tf.tensor1d([z])))
              .dataSync()[0]!,
        );
        expect(clipped).toBeLessThan(17);
        expect(exactLoss(settings('bce'), single(0), { w: [z] })).toBeCloseTo(30, 10);
      }
    },
  );

  it.each([12, 30, -40])(
    'softmax cross-entropy at logits (z, 0, 0), z = %d, matches log-sum-exp by hand',
    (z) => {
      const data = { features: [[1]], targets: [0], featureNames: ['x1'], targetName: 'y' } as never;
      const expected = Math.log1p(2 * Math.exp(-z)); // −ln(e^z / (e^z + 2)) for the true class 0
      const s = settings('cce-logits', 'softmax');
      expect(exactLoss(s, data, { W: [z, 0, 0] })).toBeCloseTo(expected, 12);
      expect(cceFromLogits([z, 0, 0], 1)).toBeCloseTo(Math.log(Math.exp(z) + 2), 9);
    },
  );

  it.each([12, 30, -40])(
    'regression losses at ŷ = %d against target 0: mse, half, rmse, mae, huber(δ = 4)',
    (z) => {
      const data = single(0);
      const p = { w: [z] };
      expect(exactLoss(settings('mse', 'linear'), data, p)).toBe(z * z);
      expect(exactLoss({ ...settings('mse', 'linear'), convention: 'half' }, data, p)).toBe((z * z) / 2);
      expect(exactLoss(settings('rmse', 'linear'), data, p)).toBe(Math.abs(z));
      expect(exactLoss(settings('mae', 'linear'), data, p)).toBe(Math.abs(z));
      expect(exactLoss({ ...settings('huber', 'linear'), delta: 4 }, data, p)).toBe(4 * (Math.abs(z) - 2));
    },
  );

  it('CURRICULUM A.3 losses by rows: MSE 8/3, RMSE √(8/3), MAE 4/3, Huber δ = 4 → 46/3', () => {
    const rows = (predictions: number[]) =>
      ({
        features: predictions.map((p) => [p]),
        targets: [10, 20, 30],
        featureNames: ['x1'],
        targetName: 'y',
      }) as never;
    const p = { w: [1] };
    expect(exactLoss(settings('mse', 'linear'), rows([12, 18, 30]), p)).toBeCloseTo(8 / 3, 14);
    expect(exactLoss(settings('rmse', 'linear'), rows([12, 18, 30]), p)).toBeCloseTo(Math.sqrt(8 / 3), 14);
    expect(exactLoss(settings('mae', 'linear'), rows([12, 18, 30]), p)).toBeCloseTo(4 / 3, 14);
    expect(exactLoss({ ...settings('huber', 'linear'), delta: 4 }, rows([15, 18, 40]), p)).toBeCloseTo(
      46 / 3,
      14,
    );
  });

  it('predictions are σ(z) for logistic rows and sum to 1 for softmax rows', () => {
    const data = buildDataset(A9_STATE);
    const [p1, p2] = exactPredictions('logistic', data, { w: [2, 2, 2] }, [0, 1]);
    expect(p1).toBeCloseTo(1 / (1 + Math.exp(-12)), 15);
    expect(p2).toBeCloseTo(1 / (1 + Math.exp(-30)), 15);
    expect(bceFromLogit(0, 1)).toBeCloseTo(Math.LN2, 15);
  });
});
