import { describe, expect, it } from 'vitest';
import { LinearModel } from '../models/linear.js';
import type { ParameterValues } from '../models/model.js';
import { tf } from '../tf.js';
import { computeLandscapeSync } from './landscape.js';
import { quadraticFormLandscape, quadraticFormLandscapeSync } from './quadratic.js';

/** Brute force: set the parameters, predict, average the squared errors, one grid point at a time. */
function bruteForceMse(
  model: LinearModel,
  X: tf.Tensor2D,
  y: tf.Tensor1D,
  set: (u: number, v: number) => ParameterValues,
  xs: number[],
  ys: number[],
): number[] {
  const saved = model.readSync();
  const out: number[] = [];
  for (const v of ys) {
    for (const u of xs) {
      model.assign(set(u, v));
      out.push(tf.tidy(() => tf.mean(tf.square(tf.sub(y, model.predict(X)))).dataSync()[0] as number));
    }
  }
  model.assign(saved);
  return out;
}

function expectRelativelyClose(actual: ArrayLike<number>, expected: number[], tolerance: number): void {
  expect(actual.length).toBe(expected.length);
  expected.forEach((e, k) => {
    const a = actual[k] as number;
    expect(Math.abs(a - e) / Math.max(Math.abs(e), 1e-6)).toBeLessThan(tolerance);
  });
}

// Two features, noisy targets: the minimum MSE is well above 0, so relative errors are meaningful.
const features = [
  [1, 0.5],
  [2, -1],
  [3, 2.5],
  [4, 0],
  [5, 1.5],
  [6, -0.5],
  [7, 3],
];
const targets = [3.1, 2.2, 9.8, 6.9, 11.5, 8.4, 16.2];

describe('quadraticFormLandscape', () => {
  it('equals the brute-force grid over (w[1], b), w[0] held at its value', () => {
    const before = tf.memory().numTensors;
    const model = new LinearModel({ features: 2, init: { w: [1.7, -0.3], b: [0.4] } });
    const X = tf.tensor2d(features);
    const y = tf.tensor1d(targets);
    const land = quadraticFormLandscapeSync({
      model,
      loss: 'mse',
      features: X,
      targets: y,
      xAxis: { parameter: 'w', index: 1, range: [-2, 4] },
      yAxis: { parameter: 'b', range: [-3, 5] },
      resolution: 12,
    });
    expect(land.method).toBe('quadratic');
    expect(land.xs[0]).toBe(-2);
    expect(land.xs[11]).toBe(4);
    expect(land.ys[11]).toBe(5);
    const brute = bruteForceMse(model, X, y, (u, v) => ({ w: [1.7, u], b: [v] }), land.xs, land.ys);
    expectRelativelyClose(land.values, brute, 1e-4);
    // The model was not changed.
    expect(model.readSync().w?.[1]).toBeCloseTo(-0.3, 6);
    tf.dispose([X, y]);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('equals the brute-force grid over (w[0], w[1]), b held; RMSE is its root and half halves it', async () => {
    const model = new LinearModel({ features: 2, init: { w: [0, 0], b: [1.25] } });
    const X = tf.tensor2d(features);
    const y = tf.tensor1d(targets);
    const request = {
      model,
      features: X,
      targets: y,
      xAxis: { parameter: 'w', index: 0, range: [0, 3] as [number, number] },
      yAxis: { parameter: 'w', index: 1, range: [-1, 2] as [number, number] },
      resolution: 9,
    };
    const mse = await quadraticFormLandscape({ ...request, loss: 'mse' });
    const brute = bruteForceMse(model, X, y, (u, v) => ({ w: [u, v] }), mse.xs, mse.ys);
    expectRelativelyClose(mse.values, brute, 1e-4);
    const rmse = quadraticFormLandscapeSync({ ...request, loss: 'rmse' });
    expectRelativelyClose(
      rmse.values,
      brute.map((v) => Math.sqrt(v)),
      1e-4,
    );
    const half = quadraticFormLandscapeSync({
      ...request,
      loss: { id: 'mse', options: { convention: 'half' } },
    });
    expectRelativelyClose(
      half.values,
      brute.map((v) => v / 2),
      1e-4,
    );
    // The argmin is the smallest brute-force value.
    const best = brute.indexOf(Math.min(...brute));
    expect(mse.argmin.row * 9 + mse.argmin.column).toBe(best);
    expect(mse.min).toBeCloseTo(Math.min(...brute), 3);
    expect(mse.max).toBeCloseTo(Math.max(...brute), 1);
    tf.dispose([X, y]);
    model.dispose();
  });

  it('is what computeLandscape picks for linear + MSE, and agrees with the batched method', () => {
    const model = new LinearModel({ features: 2, init: { w: [1, 1], b: [0] } });
    const X = tf.tensor2d(features);
    const y = tf.tensor1d(targets);
    const base = {
      model,
      loss: 'mse' as const,
      features: X,
      targets: y,
      xAxis: { parameter: 'w', index: 0, range: [-1, 3] as [number, number] },
      yAxis: { parameter: 'b', range: [-4, 4] as [number, number] },
      resolution: 16,
    };
    const auto = computeLandscapeSync(base);
    const batched = computeLandscapeSync({ ...base, strategy: 'batched' });
    expect(auto.method).toBe('quadratic');
    expect(batched.method).toBe('batched');
    expectRelativelyClose(batched.values, Array.from(auto.values), 1e-4);
    tf.dispose([X, y]);
    model.dispose();
  });

  it('costs the same for 10,000 examples: a 256 × 256 grid from one pass over the data', () => {
    const n = 10_000;
    const before = tf.memory().numTensors;
    const X = tf.tidy(() =>
      tf.add(tf.mul(tf.randomUniform([n, 1], 0, 1, 'float32', 3), 50), 50),
    ) as tf.Tensor2D;
    const y = tf.tidy(() => tf.reshape(tf.add(tf.mul(X, 5), 150), [n])) as tf.Tensor1D;
    const model = new LinearModel({ features: 1 });
    const land = computeLandscapeSync({
      model,
      loss: 'mse',
      features: X,
      targets: y,
      xAxis: { parameter: 'w', range: [0, 10] },
      yAxis: { parameter: 'b', range: [0, 300] },
      resolution: 256,
    });
    expect(land.values.length).toBe(256 * 256);
    // y = 5x + 150 exactly, so MSE(w, b) = mean(((5 − w)x + (150 − b))²), from mean x and mean x².
    const xv = X.dataSync();
    let mx = 0;
    let mxx = 0;
    for (const x of xv) {
      mx += x / n;
      mxx += (x * x) / n;
    }
    let jsMin = Number.POSITIVE_INFINITY;
    let worst = 0; // largest error beyond the tolerance 1e-4 relative + 1e-2 absolute
    land.ys.forEach((b, i) => {
      land.xs.forEach((w, j) => {
        const expected = (5 - w) ** 2 * mxx + 2 * (5 - w) * (150 - b) * mx + (150 - b) ** 2;
        jsMin = Math.min(jsMin, expected);
        const error = Math.abs((land.values[i * 256 + j] as number) - expected) - (1e-4 * expected + 1e-2);
        worst = Math.max(worst, error);
      });
    });
    expect(worst).toBe(0);
    expect(land.min).toBeLessThanOrEqual(jsMin + 1e-2);
    // The exact fit (5, 150) lies inside the valley the argmin points to.
    expect(Math.abs(land.argmin.x - 5)).toBeLessThan(0.2);
    expect(Math.abs(land.argmin.y - 150)).toBeLessThan(15);
    tf.dispose([X, y]);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
