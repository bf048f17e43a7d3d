import { describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import {
  analyseNetwork,
  type NetworkSpec,
  networkLoss,
  networkNumericGradients,
  trainNetwork,
} from './modules.js';

const SPEC: NetworkSpec = {
  x: [0.5, -1],
  w1: [
    [0.2, -0.4],
    [0.7, 0.1],
    [-0.5, 0.3],
  ],
  b1: [0.1, 0, -0.1],
  activation: 'tanh',
  w2: [
    [0.3, -0.2, 0.5],
    [-0.6, 0.4, 0.1],
    [0.2, 0.7, -0.3],
  ],
  b2: [0, 0.1, -0.1],
  target: 2,
};

const round4 = (values: readonly number[]) => values.map((v) => Math.round(v * 1e4) / 1e4);
const flat = (m: readonly (readonly number[])[]) => m.flat();

function expectClose(actual: readonly number[], expected: readonly number[], digits = 5): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, i) => {
    expect(value).toBeCloseTo(expected[i] ?? Number.NaN, digits);
  });
}

describe('module view of Linear → act → Linear → softmax → cross-entropy', () => {
  it.each(['tanh', 'relu', 'sigmoid'] as const)(
    '%s: Jacobian shapes, g_in = g_out · J chained by hand equals tfjs autodiff, ∂L/∂W = g xᵀ',
    async (activation) => {
      const before = tf.memory().numTensors;
      const spec = { ...SPEC, activation };
      const report = await analyseNetwork(spec);
      expect(tf.memory().numTensors).toBe(before);
      const [linear1, act, linear2, softmax, loss] = report.modules;
      // Shapes (curriculum B.3): Linear m × n, element-wise diagonal, softmax full, loss 1 × k.
      expect([linear1!.jacobian.length, linear1!.jacobian[0]!.length]).toEqual([3, 2]);
      expect(act!.jacobian.every((row, i) => row.every((v, j) => i === j || v === 0))).toBe(true);
      expect(softmax!.jacobian.every((row) => row.every((v) => v !== 0))).toBe(true);
      expect([loss!.jacobian.length, loss!.jacobian[0]!.length]).toEqual([1, 3]);
      // The hand-chained gradients equal autodiff.
      expectClose(flat(linear1!.weightGradient!), flat(report.autodiff.w1));
      expectClose(linear1!.biasGradient!, report.autodiff.b1);
      expectClose(flat(linear2!.weightGradient!), flat(report.autodiff.w2));
      expectClose(linear2!.biasGradient!, report.autodiff.b2);
      expectClose(linear1!.gradInput, report.autodiff.x);
      // ∂L/∂W₁ = g xᵀ.
      const g = linear1!.gradOutput;
      expectClose(
        flat(linear1!.weightGradient!),
        g.flatMap((gi) => spec.x.map((xj) => gi * xj)),
      );
      // And autodiff equals central differences of the float64 loss.
      expect(report.loss).toBeCloseTo(networkLoss(spec), 5);
      const numeric = networkNumericGradients(spec);
      expectClose(flat(report.autodiff.w1), numeric.w1, 4);
      expectClose(report.autodiff.x, numeric.x, 4);
    },
  );

  it('softmax module at z = (1, 2, 3), target 2: curriculum B.4 golden values', async () => {
    const spec: NetworkSpec = { ...SPEC, w2: SPEC.w2.map((row) => row.map(() => 0)), b2: [1, 2, 3] };
    const report = await analyseNetwork(spec);
    const softmax = report.modules[3]!;
    expect(round4(softmax.output)).toEqual([0.09, 0.2447, 0.6652]);
    expect(softmax.jacobian.map(round4)).toEqual([
      [0.0819, -0.022, -0.0599],
      [-0.022, 0.1848, -0.1628],
      [-0.0599, -0.1628, 0.2227],
    ]);
    expect(round4(softmax.gradInput)).toEqual([0.09, 0.2447, -0.3348]);
    expect(report.loss.toFixed(4)).toBe('0.4076');
  });

  it('an override of the activation’s backward rule: the hand chain and tf.customGrad agree, central differences do not', async () => {
    const override = { rule: 'wrong-sign' } as const;
    const report = await analyseNetwork(SPEC, override);
    const linear1 = report.modules[0]!;
    expectClose(flat(linear1.weightGradient!), flat(report.autodiff.w1));
    const numeric = networkNumericGradients(SPEC);
    expectClose(
      flat(report.autodiff.w1),
      numeric.w1.map((v) => -v),
      4,
    );
    // Layer 2 is above the override: unchanged.
    expectClose(flat(report.autodiff.w2), numeric.w2, 4);
  });

  it('training: the loss falls without an override and follows another path with one', async () => {
    const before = tf.memory().numTensors;
    const plain = await trainNetwork(SPEC, { steps: 5, learningRate: 0.5 });
    const wrong = await trainNetwork(SPEC, { steps: 5, learningRate: 0.5, override: { rule: 'wrong-sign' } });
    expect(tf.memory().numTensors).toBe(before);
    expect(plain).toHaveLength(6);
    expect(plain[0]).toBeCloseTo(networkLoss(SPEC), 5);
    for (let i = 1; i < plain.length; i++) expect(plain[i]).toBeLessThan(plain[i - 1]!);
    expect(wrong[0]).toBeCloseTo(plain[0]!, 6);
    expect(Math.abs(wrong[5]! - plain[5]!)).toBeGreaterThan(1e-3);
  });
});
