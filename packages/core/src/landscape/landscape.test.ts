import { describe, expect, it } from 'vitest';
import { createLoss } from '../losses/index.js';
import type { LossId, LossOptions } from '../losses/loss.js';
import { LinearModel } from '../models/linear.js';
import { LogisticModel } from '../models/logistic.js';
import { MlpModel } from '../models/mlp.js';
import type { Model, ParameterValues } from '../models/model.js';
import { SoftmaxModel } from '../models/softmax.js';
import { tf } from '../tf.js';
import { planChunkPoints } from './batched.js';
import { LandscapeError } from './errors.js';
import type { LandscapeAxis, LandscapeRequest } from './grid.js';
import { computeLandscape, computeLandscapeSync, landscapeTensor } from './landscape.js';

/**
 * The reference: for each grid point, assign the two coordinates, run the model, and evaluate the
 * `Loss` from src/losses on it. Restores the parameters afterwards.
 */
function pointByPoint(
  model: Model,
  lossId: LossId,
  options: LossOptions,
  X: tf.Tensor2D,
  y: tf.Tensor,
  xAxis: LandscapeAxis,
  yAxis: LandscapeAxis,
  xs: number[],
  ys: number[],
): number[] {
  const loss = createLoss(lossId, options);
  const saved = model.readSync();
  const out: number[] = [];
  for (const v of ys) {
    for (const u of xs) {
      const values: ParameterValues = JSON.parse(JSON.stringify(saved));
      (values[xAxis.parameter] as number[])[xAxis.index ?? 0] = u;
      (values[yAxis.parameter] as number[])[yAxis.index ?? 0] = v;
      model.assign(values);
      out.push(
        tf.tidy(() => {
          const outputs = loss.input === 'logits' ? model.logits(X) : model.predict(X);
          return loss.total(y, outputs).dataSync()[0] as number;
        }),
      );
    }
  }
  model.assign(saved);
  return out;
}

function maxRelativeError(actual: ArrayLike<number>, expected: number[]): number {
  expect(actual.length).toBe(expected.length);
  return expected.reduce((worst, e, k) => {
    const a = actual[k] as number;
    return Math.max(worst, Math.abs(a - e) / Math.max(Math.abs(e), 1e-3));
  }, 0);
}

const X2 = [
  [0.5, 1.2],
  [-1.1, 0.3],
  [2.0, -0.7],
  [0.1, 0.1],
  [-0.6, -1.5],
  [1.4, 0.9],
];
const binary = [1, 0, 1, 0, 0, 1];
const regression = [1.5, -0.5, 3.2, 0.4, -2.0, 2.6];

interface Case {
  name: string;
  make: () => Model;
  loss: LossId;
  options?: LossOptions;
  targets: () => tf.Tensor;
  xAxis: LandscapeAxis;
  yAxis: LandscapeAxis;
}

const cases: Case[] = [
  {
    name: 'logistic + BCE over (w[0], b)',
    make: () => new LogisticModel({ features: 2, init: { w: [0.8, -0.4], b: [0.1] } }),
    loss: 'bce',
    targets: () => tf.tensor1d(binary),
    xAxis: { parameter: 'w', index: 0, range: [-3, 3] },
    yAxis: { parameter: 'b', range: [-2, 2] },
  },
  {
    name: 'logistic + BCE with logits over (w[0], w[1])',
    make: () => new LogisticModel({ features: 2, init: { w: [0.8, -0.4], b: [0.1] } }),
    loss: 'bce-logits',
    targets: () => tf.tensor1d(binary),
    xAxis: { parameter: 'w', index: 0, range: [-6, 6] },
    yAxis: { parameter: 'w', index: 1, range: [-6, 6] },
  },
  {
    name: 'linear + MAE',
    make: () => new LinearModel({ features: 2, init: { w: [1, 1], b: [0] } }),
    loss: 'mae',
    targets: () => tf.tensor1d(regression),
    xAxis: { parameter: 'w', index: 0, range: [-1, 3] },
    yAxis: { parameter: 'b', range: [-2, 2] },
  },
  {
    name: 'linear + Huber δ = 0.5',
    make: () => new LinearModel({ features: 2, init: { w: [1, 1], b: [0] } }),
    loss: 'huber',
    options: { delta: 0.5 },
    targets: () => tf.tensor1d(regression),
    xAxis: { parameter: 'w', index: 1, range: [-2, 3] },
    yAxis: { parameter: 'b', range: [-2, 2] },
  },
  {
    name: 'linear + Smooth L1 β = 2',
    make: () => new LinearModel({ features: 2, init: { w: [1, 1], b: [0] } }),
    loss: 'smooth-l1',
    options: { beta: 2 },
    targets: () => tf.tensor1d(regression),
    xAxis: { parameter: 'w', index: 0, range: [-2, 3] },
    yAxis: { parameter: 'w', index: 1, range: [-2, 2] },
  },
  {
    name: 'softmax + CCE over (W[1,2], b[0])',
    make: () => new SoftmaxModel({ features: 2, classes: 3, init: { seed: 5 } }),
    loss: 'cce',
    targets: () => tf.tidy(() => tf.oneHot(tf.tensor1d([0, 2, 1, 1, 0, 2], 'int32'), 3)),
    xAxis: { parameter: 'W', index: 5, range: [-3, 3] },
    yAxis: { parameter: 'b', index: 0, range: [-2, 2] },
  },
  {
    name: 'softmax + CCE with logits over (W[0,0], W[1,1])',
    make: () => new SoftmaxModel({ features: 2, classes: 3, init: { seed: 6 } }),
    loss: 'cce-logits',
    targets: () => tf.tidy(() => tf.oneHot(tf.tensor1d([0, 2, 1, 1, 0, 2], 'int32'), 3)),
    xAxis: { parameter: 'W', index: 0, range: [-3, 3] },
    yAxis: { parameter: 'W', index: 4, range: [-3, 3] },
  },
  {
    name: 'MLP [2, 4, 1] tanh/sigmoid + BCE over (W1[1,2], b2)',
    make: () => new MlpModel({ layers: [2, 4, 1], hidden: 'tanh', output: 'sigmoid', init: { seed: 1 } }),
    loss: 'bce',
    targets: () => tf.tensor1d(binary),
    xAxis: { parameter: 'W1', index: 6, range: [-3, 3] },
    yAxis: { parameter: 'b2', range: [-2, 2] },
  },
  {
    name: 'MLP [2, 3, 3, 1] relu + MSE over (W2[0,1], W3[2,0]) (two later layers)',
    make: () => new MlpModel({ layers: [2, 3, 3, 1], hidden: 'relu', init: { seed: 2 } }),
    loss: 'mse',
    targets: () => tf.tensor1d(regression),
    xAxis: { parameter: 'W2', index: 1, range: [-2, 2] },
    yAxis: { parameter: 'W3', index: 2, range: [-2, 2] },
  },
  {
    name: 'MLP [2, 5, 3] sigmoid/softmax + CCE with logits over (b1[4], W1[0,3])',
    make: () => new MlpModel({ layers: [2, 5, 3], hidden: 'sigmoid', output: 'softmax', init: { seed: 3 } }),
    loss: 'cce-logits',
    targets: () => tf.tidy(() => tf.oneHot(tf.tensor1d([0, 2, 1, 1, 0, 2], 'int32'), 3)),
    xAxis: { parameter: 'b1', index: 4, range: [-3, 3] },
    yAxis: { parameter: 'W1', index: 3, range: [-3, 3] },
  },
];

describe('computeLandscape (batched) equals point-by-point evaluation with src/losses', () => {
  for (const c of cases) {
    it(c.name, () => {
      const before = tf.memory().numTensors;
      const model = c.make();
      const X = tf.tensor2d(X2);
      const y = c.targets();
      const startValues = model.readSync();
      const request: LandscapeRequest = {
        model,
        loss: { id: c.loss, options: c.options ?? {} },
        features: X,
        targets: y,
        xAxis: c.xAxis,
        yAxis: c.yAxis,
        resolution: 7,
        // `auto` draws single-layer models with the grid kernel (kernel-grid.test.ts): this suite
        // keeps checking the batched tensor method on every model.
        strategy: 'batched',
      };
      const land = computeLandscapeSync(request);
      expect(land.method).toBe('batched');
      // Force several chunks (7 points each = one grid row, or fewer): the result must not change.
      const chunked = computeLandscapeSync({ ...request, maxChunkElements: 20 });
      expect(maxRelativeError(chunked.values, Array.from(land.values))).toBeLessThan(1e-6);
      expect(model.readSync()).toEqual(startValues);
      const reference = pointByPoint(
        model,
        c.loss,
        c.options ?? {},
        X,
        y,
        c.xAxis,
        c.yAxis,
        land.xs,
        land.ys,
      );
      expect(maxRelativeError(land.values, reference)).toBeLessThan(1e-4);
      tf.dispose([X, y]);
      model.dispose();
      expect(tf.memory().numTensors).toBe(before);
    });
  }

  it('accepts class indices for CCE and a Loss object from src/losses', async () => {
    const model = new SoftmaxModel({ features: 2, classes: 3, init: { seed: 9 } });
    const X = tf.tensor2d(X2);
    const indices = tf.tensor1d([0, 2, 1, 1, 0, 2]);
    const oneHot = tf.tidy(() => tf.oneHot(tf.tensor1d([0, 2, 1, 1, 0, 2], 'int32'), 3));
    const axes = {
      xAxis: { parameter: 'W', index: 1, range: [-2, 2] as [number, number] },
      yAxis: { parameter: 'b', index: 2, range: [-2, 2] as [number, number] },
      resolution: 5,
    };
    const a = await computeLandscape({ model, loss: 'cce', features: X, targets: indices, ...axes });
    const b = await computeLandscape({
      model,
      loss: createLoss('cce'),
      features: X,
      targets: oneHot,
      ...axes,
    });
    expect(Array.from(a.values)).toEqual(Array.from(b.values));
    tf.dispose([X, indices, oneHot]);
    model.dispose();
  });

  it('RMSE and the half convention on a logistic model (batched) follow MSE', () => {
    const model = new LogisticModel({ features: 2, init: { w: [1, -1], b: [0] } });
    const X = tf.tensor2d(X2);
    const y = tf.tensor1d(binary);
    const base = {
      model,
      features: X,
      targets: y,
      xAxis: { parameter: 'w', index: 0, range: [-2, 2] as [number, number] },
      yAxis: { parameter: 'b', range: [-2, 2] as [number, number] },
      resolution: 6,
    };
    const mse = computeLandscapeSync({ ...base, loss: 'mse' });
    const rmse = computeLandscapeSync({ ...base, loss: 'rmse' });
    const half = computeLandscapeSync({ ...base, loss: { id: 'mse', options: { convention: 'half' } } });
    mse.values.forEach((v, k) => {
      expect(rmse.values[k]).toBeCloseTo(Math.sqrt(v), 5);
      expect(half.values[k]).toBeCloseTo(v / 2, 6);
    });
    tf.dispose([X, y]);
    model.dispose();
  });

  it('landscapeTensor leaves the grid on the backend ([G²], caller disposes)', () => {
    const model = new LogisticModel({ features: 2 });
    const X = tf.tensor2d(X2);
    const y = tf.tensor1d(binary);
    const request: LandscapeRequest = {
      model,
      loss: 'bce-logits',
      features: X,
      targets: y,
      xAxis: { parameter: 'w', range: [-1, 1] },
      yAxis: { parameter: 'b', range: [-1, 1] },
      resolution: 4,
    };
    const before = tf.memory().numTensors;
    const t = landscapeTensor(request);
    expect(t.shape).toEqual([16]);
    expect(tf.memory().numTensors).toBe(before + 1);
    expect(Array.from(t.dataSync())).toEqual(Array.from(computeLandscapeSync(request).values));
    // At w = b = … the grid includes no zero, but every value is the BCE of some logits: ≥ 0.
    expect(Math.min(...t.dataSync())).toBeGreaterThan(0);
    t.dispose();
    tf.dispose([X, y]);
    model.dispose();
  });
});

describe('planChunkPoints', () => {
  it('keeps whole grid rows and the chunk under the bound at N = 10,000, G = 256', () => {
    const points = planChunkPoints(10_000, 1, 256, 2 ** 22);
    expect(points).toBe(256);
    expect(points * 10_000).toBeLessThanOrEqual(2 ** 22);
    expect(planChunkPoints(100, 1, 64, 2 ** 22)).toBe(64 * 64);
    expect(planChunkPoints(10, 1, 64, 1000)).toBe(64);
    expect(planChunkPoints(10_000, 8, 256, 2 ** 22)).toBe(52);
    expect(planChunkPoints(10_000_000, 1, 64, 2 ** 22)).toBe(1);
  });
});

describe('landscape errors', () => {
  function codeOf(fn: () => unknown): string | undefined {
    try {
      fn();
    } catch (error) {
      expect(error).toBeInstanceOf(LandscapeError);
      return (error as LandscapeError).code;
    }
    return undefined;
  }

  it('names what is wrong, with a code, and leaks nothing', () => {
    const model = new LinearModel({ features: 2 });
    const X = tf.tensor2d(X2);
    const y = tf.tensor1d(regression);
    const before = tf.memory().numTensors;
    const ok: LandscapeRequest = {
      model,
      loss: 'mse',
      features: X,
      targets: y,
      xAxis: { parameter: 'w', index: 0, range: [0, 1] },
      yAxis: { parameter: 'b', range: [0, 1] },
      resolution: 4,
    };
    const run = (patch: Partial<LandscapeRequest>) => () => computeLandscapeSync({ ...ok, ...patch });
    expect(codeOf(run({ xAxis: { parameter: 'v', range: [0, 1] } }))).toBe('unknown-parameter');
    expect(codeOf(run({ xAxis: { parameter: 'w', index: 2, range: [0, 1] } }))).toBe('index-out-of-range');
    expect(codeOf(run({ xAxis: { parameter: 'w', range: [1, 1] } }))).toBe('invalid-range');
    expect(codeOf(run({ xAxis: { parameter: 'w', range: [0, Number.NaN] } }))).toBe('invalid-range');
    expect(codeOf(run({ yAxis: { parameter: 'w', index: 0, range: [0, 2] } }))).toBe('same-coordinate');
    expect(codeOf(run({ resolution: 1 }))).toBe('invalid-resolution');
    expect(codeOf(run({ resolution: 12.5 }))).toBe('invalid-resolution');
    expect(codeOf(run({ loss: 'mean-error' }))).toBe('unsupported-loss');
    expect(codeOf(run({ loss: 'cce' }))).toBe('shape-mismatch');
    expect(codeOf(run({ loss: 'bce', strategy: 'quadratic' }))).toBe('unsupported-loss');
    expect(codeOf(run({ maxChunkElements: 0 }))).toBe('invalid-chunk-size');
    const badY = tf.tensor1d([1, 2, 3]);
    expect(codeOf(run({ targets: badY }))).toBe('shape-mismatch');
    badY.dispose();
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([X, y]);
    model.dispose();
  });
});
