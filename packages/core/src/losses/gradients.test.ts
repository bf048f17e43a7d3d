// Every loss differentiates through tf.grad: checked against central finite differences of the
// loss itself and against the closed-form derivative of each loss.
import { describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import type { BaseLoss } from './base.js';
import type { LossId, LossOptions } from './loss.js';
import { createLoss, LOSS_IDS } from './registry.js';

interface Case {
  id: LossId;
  options?: LossOptions;
  targets: number[][];
  outputs: number[][];
  /** ∂L/∂output for every entry, from the loss's closed form (n = number of rows). */
  derivative: (y: number, out: number, n: number, row: number, column: number) => number;
  /** Finite-difference step; small where the loss curves sharply (BCE near p = 0.1). */
  h?: number;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const clip = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

// Regression data: residuals ŷ − y = −6, −1, 0.5, 3, 7, away from every kink (0, ±δ, ±β).
const yReg = [[1], [2], [3], [4], [5]];
const yHatReg = [[-5], [1], [3.5], [7], [12]];
const yBin = [[1], [0], [1], [0], [1]];
const pBin = [[0.8], [0.3], [0.45], [0.9], [0.1]];
const zBin = [[2], [-1.5], [0], [0.7], [-3]];
const yCat = [
  [1, 0, 0],
  [0, 0, 1],
  [0, 1, 0],
];
const pCat = [
  [0.6, 0.3, 0.1],
  [0.2, 0.2, 0.6],
  [0.5, 0.25, 0.25],
];
const zCat = [
  [2, 1, -1],
  [0.5, -0.5, 1.5],
  [0, 3, -2],
];
const softmax = (row: number[]): number[] => {
  const e = row.map(Math.exp);
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
};

const rmseOf = (): number => {
  const r = yHatReg.map((row, i) => row[0]! - yReg[i]![0]!);
  return Math.sqrt(r.reduce((s, v) => s + v * v, 0) / r.length);
};

const cases: Case[] = [
  { id: 'mse', targets: yReg, outputs: yHatReg, derivative: (y, o, n) => (2 / n) * (o - y) },
  {
    id: 'mse',
    options: { convention: 'half' },
    targets: yReg,
    outputs: yHatReg,
    derivative: (y, o, n) => (o - y) / n,
  },
  { id: 'rmse', targets: yReg, outputs: yHatReg, derivative: (y, o, n) => (o - y) / (n * rmseOf()) },
  { id: 'mae', targets: yReg, outputs: yHatReg, derivative: (y, o, n) => Math.sign(o - y) / n },
  {
    id: 'huber',
    options: { delta: 4 },
    targets: yReg,
    outputs: yHatReg,
    derivative: (y, o, n) => clip(o - y, -4, 4) / n,
  },
  {
    id: 'smooth-l1',
    options: { beta: 2 },
    targets: yReg,
    outputs: yHatReg,
    derivative: (y, o, n) => clip((o - y) / 2, -1, 1) / n,
  },
  { id: 'mean-error', targets: yReg, outputs: yHatReg, derivative: (_y, _o, n) => 1 / n },
  {
    id: 'bce',
    targets: yBin,
    outputs: pBin,
    derivative: (y, p, n) => (p - y) / (p * (1 - p)) / n,
    h: 1e-3,
  },
  { id: 'bce-logits', targets: yBin, outputs: zBin, derivative: (y, z, n) => (sigmoid(z) - y) / n },
  { id: 'cce', targets: yCat, outputs: pCat, derivative: (y, p, n) => -y / p / n },
  {
    id: 'cce-logits',
    targets: yCat,
    outputs: zCat,
    derivative: (y, _z, n, row, column) => (softmax(zCat[row]!)[column]! - y) / n,
  },
];

/** Builds tensors in the loss's layout: `[n]` for element-wise losses, `[n, k]` for categorical ones. */
function tensor(loss: BaseLoss, values: number[][]): tf.Tensor {
  return loss.layout === 'categorical' ? tf.tensor2d(values) : tf.tensor1d(values.map((row) => row[0]!));
}

function lossValue(loss: BaseLoss, targets: number[][], outputs: number[][]): number {
  return tf.tidy(() => loss.total(tensor(loss, targets), tensor(loss, outputs)).dataSync()[0]!);
}

function autodiff(loss: BaseLoss, targets: number[][], outputs: number[][]): number[] {
  return tf.tidy(() => {
    const y = tensor(loss, targets);
    return Array.from(
      tf
        .grad((out: tf.Tensor) => loss.total(y, out))(tensor(loss, outputs))
        .dataSync(),
    );
  });
}

/** Central differences (L(x + h) − L(x − h)) / 2h, one entry at a time. */
function finiteDifference(loss: BaseLoss, targets: number[][], outputs: number[][], h = 1e-2): number[] {
  const k = loss.layout === 'categorical' ? outputs[0]!.length : 1;
  const result: number[] = [];
  outputs.forEach((_row, i) => {
    for (let c = 0; c < k; c++) {
      const shifted = (delta: number) =>
        outputs.map((r, ri) => r.map((v, ci) => (ri === i && ci === c ? v + delta : v)));
      result.push((lossValue(loss, targets, shifted(h)) - lossValue(loss, targets, shifted(-h))) / (2 * h));
    }
  });
  return result;
}

describe('gradients of every loss', () => {
  it('the cases cover every loss id', () => {
    expect(new Set(cases.map((c) => c.id))).toEqual(new Set(LOSS_IDS));
  });

  for (const c of cases) {
    const label = `${c.id}${c.options ? ` ${JSON.stringify(c.options)}` : ''}`;

    it(`${label}: tf.grad matches the closed-form derivative`, () => {
      const loss = createLoss(c.id, c.options);
      const before = tf.memory().numTensors;
      const grad = autodiff(loss, c.targets, c.outputs);
      expect(tf.memory().numTensors).toBe(before);
      const n = c.outputs.length;
      const expected = c.outputs.flatMap((row, i) =>
        (loss.layout === 'categorical' ? row : [row[0]!]).map((o, j) =>
          c.derivative(c.targets[i]![j]!, o, n, i, j),
        ),
      );
      expect(grad).toHaveLength(expected.length);
      grad.forEach((g, i) => {
        expect(g).toBeCloseTo(expected[i]!, 5);
      });
    });

    it(`${label}: tf.grad matches central finite differences`, () => {
      const loss = createLoss(c.id, c.options);
      const grad = autodiff(loss, c.targets, c.outputs);
      const numeric = finiteDifference(loss, c.targets, c.outputs, c.h);
      grad.forEach((g, i) => {
        // Float32 losses, h = 0.01 (0.001): agreement to about 1e-3 relative.
        expect(Math.abs(g - numeric[i]!)).toBeLessThan(2e-3 * Math.max(1, Math.abs(g)));
      });
    });
  }

  it("MSE 'mean' and 'half' gradients differ by exactly a factor 2", () => {
    const mean = autodiff(createLoss('mse'), yReg, yHatReg);
    const half = autodiff(createLoss('mse', { convention: 'half' }), yReg, yHatReg);
    expect(mean).toEqual(half.map((g) => 2 * g));
    expect(mean[0]).toBeCloseTo((2 / 5) * -6, 6);
  });

  it('BCE from logits has gradient σ(0) − y = ±½ at z = 0, where |z| and max(z, 0) have kinks', () => {
    const grad = autodiff(createLoss('bce-logits'), [[1], [0]], [[0], [0]]);
    expect(grad[0]).toBeCloseTo(-0.5 / 2, 7);
    expect(grad[1]).toBeCloseTo(0.5 / 2, 7);
  });

  it('RMSE has gradient 0, not NaN, at an exact fit', () => {
    const grad = autodiff(createLoss('rmse'), yReg, yReg);
    expect(grad).toEqual([0, 0, 0, 0, 0]);
  });

  it('Huber and Smooth L1 gradients saturate at ±1·δ and ±1 for outliers', () => {
    // Residuals −100 and 100: slope δ for Huber, 1 for Smooth L1, divided by n = 2.
    const huber = autodiff(createLoss('huber', { delta: 3 }), [[0], [0]], [[-100], [100]]);
    const smooth = autodiff(createLoss('smooth-l1', { beta: 3 }), [[0], [0]], [[-100], [100]]);
    expect(huber).toEqual([-1.5, 1.5]);
    expect(smooth).toEqual([-0.5, 0.5]);
  });
});
