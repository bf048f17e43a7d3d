import { describe, expect, it } from 'vitest';
import { LinearModel } from '../models/linear.js';
import { LogisticModel } from '../models/logistic.js';
import { tf } from '../tf.js';
import { computeLandscape } from './landscape.js';

// CURRICULUM A.2: house size (m²) → price (thousands); exact fit y = 5x + 150.
const sizes = [[50], [60], [70], [80], [100]];
const prices = [400, 450, 500, 550, 650];

describe('loss landscape (curriculum A.2 house prices)', () => {
  it('MSE over (w, b): minimum ~0 at the grid point (5, 150)', async () => {
    const before = tf.memory().numTensors;
    const model = new LinearModel({ features: 1, init: { w: [1], b: [0] } });
    const X = tf.tensor2d(sizes);
    const y = tf.tensor1d(prices);
    // 64 points with steps 0.1 and 5 put (5, 150) exactly on the grid (index 31 on both axes).
    const land = await computeLandscape({
      model,
      loss: 'mse',
      features: X,
      targets: y,
      xAxis: { parameter: 'w', index: 0, range: [1.9, 8.2] },
      yAxis: { parameter: 'b', index: 0, range: [-5, 310] },
      resolution: 64,
    });
    expect(land.method).toBe('quadratic');
    expect(land.argmin.column).toBe(31);
    expect(land.argmin.row).toBe(31);
    expect(land.argmin.x).toBeCloseTo(5, 6);
    expect(land.argmin.y).toBeCloseTo(150, 6);
    expect(land.min).toBeLessThan(0.05);
    expect(land.values[31 * 64 + 31]).toBe(land.min);
    // One step away in b (±5) adds exactly 5² = 25 to the MSE.
    expect(land.values[32 * 64 + 31]).toBeCloseTo(25, 1);
    // At w = 1.9, b = −5: errors y − 1.9x + 5, mean of squares by hand.
    const corner = prices.reduce((s, p, i) => s + (p - 1.9 * (sizes[i]?.[0] as number) + 5) ** 2, 0) / 5;
    expect((land.values[0] as number) / corner).toBeCloseTo(1, 4);
    tf.dispose([X, y]);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('batched MSE (tensor path) finds the same minimum', async () => {
    const before = tf.memory().numTensors;
    const model = new LinearModel({ features: 1 });
    const X = tf.tensor2d(sizes);
    const y = tf.tensor1d(prices);
    const land = await computeLandscape({
      model,
      loss: 'mse',
      features: X,
      targets: y,
      xAxis: { parameter: 'w', range: [1.9, 8.2] },
      yAxis: { parameter: 'b', range: [-5, 310] },
      resolution: 64,
      strategy: 'batched',
    });
    expect(land.method).toBe('batched');
    expect(land.argmin.column).toBe(31);
    expect(land.argmin.row).toBe(31);
    expect(land.values[32 * 64 + 31]).toBeCloseTo(25, 0);
    tf.dispose([X, y]);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('loss landscape (curriculum A.8 logistic, BCE)', () => {
  it('batched BCE equals the hand formula at grid points', async () => {
    const before = tf.memory().numTensors;
    const model = new LogisticModel({ features: 2, init: { w: [2.8, -4.5], b: [0.4] } });
    const X = tf.tensor2d([
      [1, 1.5],
      [2, 0.5],
      [-1, 1],
      [0.5, -2],
    ]);
    const labels = [0, 1, 0, 1];
    const y = tf.tensor1d(labels);
    const land = await computeLandscape({
      model,
      loss: 'bce',
      features: X,
      targets: y,
      xAxis: { parameter: 'w', index: 0, range: [-2, 4] },
      yAxis: { parameter: 'b', range: [-1, 1] },
      resolution: 8,
    });
    const rows = [
      [1, 1.5],
      [2, 0.5],
      [-1, 1],
      [0.5, -2],
    ];
    for (const [i, j] of [
      [0, 0],
      [3, 5],
      [7, 7],
      [5, 2],
    ] as const) {
      const w0 = land.xs[j] as number;
      const b = land.ys[i] as number;
      const bce =
        rows.reduce((s, [x1, x2], k) => {
          const p = 1 / (1 + Math.exp(-(w0 * (x1 as number) - 4.5 * (x2 as number) + b)));
          return s - (labels[k] === 1 ? Math.log(p) : Math.log(1 - p));
        }, 0) / 4;
      expect((land.values[i * 8 + j] as number) / bce).toBeCloseTo(1, 4);
    }
    tf.dispose([X, y]);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('loss landscape (curriculum A.4 matrix example, two weights)', () => {
  it('quadratic form and batched evaluation agree with the hand-computed MSE', async () => {
    const before = tf.memory().numTensors;
    // X (4×3) from A.4 with targets (14, 32, −14, −32) + noise; sweep w[0], w[2] with w[1] = 2.
    const rows = [
      [1, 2, 3],
      [4, 5, 6],
      [-1, -2, -3],
      [-4, -5, -6],
    ];
    const targets = [14.5, 31, -13, -33];
    const model = new LinearModel({ features: 3, bias: false, init: { w: [1, 2, 3] } });
    const X = tf.tensor2d(rows);
    const y = tf.tensor1d(targets);
    const base = {
      model,
      loss: 'mse' as const,
      features: X,
      targets: y,
      xAxis: { parameter: 'w', index: 0, range: [0, 2] as [number, number] },
      yAxis: { parameter: 'w', index: 2, range: [2, 4] as [number, number] },
      resolution: 5,
    };
    const exact = await computeLandscape(base);
    const batched = await computeLandscape({ ...base, strategy: 'batched' });
    expect(exact.method).toBe('quadratic');
    for (let i = 0; i < 5; i++) {
      for (let j = 0; j < 5; j++) {
        const w = [exact.xs[j] as number, 2, exact.ys[i] as number];
        const mse =
          rows.reduce(
            (s, r, k) =>
              s + ((targets[k] as number) - r.reduce((t, x, q) => t + x * (w[q] as number), 0)) ** 2,
            0,
          ) / 4;
        expect((exact.values[i * 5 + j] as number) / mse).toBeCloseTo(1, 4);
        expect((batched.values[i * 5 + j] as number) / mse).toBeCloseTo(1, 4);
      }
    }
    // At w = (1, 2, 3) the predictions are (14, 32, −14, −32): MSE = (0.25 + 1 + 1 + 1)/4.
    expect(exact.values[2 * 5 + 2]).toBeCloseTo(3.25 / 4, 4);
    tf.dispose([X, y]);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
