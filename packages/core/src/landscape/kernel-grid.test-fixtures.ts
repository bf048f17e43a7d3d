// Shared by kernel-grid.test.ts (cpu, Node) and kernel-grid.browser.test.ts (webgl): the grid
// kernel against a float64 loop written out here and against the batched tensor method, and the
// progressive computation against the whole grid.
import { describe, expect, it } from 'vitest';
import { createRandom } from '../data/random.js';
import type { LossId, LossOptions } from '../losses/loss.js';
import { createModel, type ModelSpec } from '../models/create.js';
import type { Model } from '../models/model.js';
import { tf } from '../tf.js';
import type { Landscape, LandscapeAxis, LandscapeRequest } from './grid.js';
import { computeLandscape } from './landscape.js';
import { computeLandscapeProgressive, type LandscapeProgress } from './progressive.js';
import { isAbortError } from './scheduler.js';

const N = 200;
const EPS = 1e-7;

interface GridCase {
  readonly name: string;
  readonly model: ModelSpec;
  readonly loss: LossId;
  readonly options?: LossOptions;
  readonly xAxis: LandscapeAxis;
  readonly yAxis: LandscapeAxis;
}

const linear: ModelSpec = { kind: 'linear', features: 2, init: { w: [0.8, -0.4], b: [0.5] } };
const logistic: ModelSpec = { kind: 'logistic', features: 2, init: { w: [1.2, -0.7], b: [0.2] } };
const softmax: ModelSpec = {
  kind: 'softmax',
  features: 2,
  classes: 3,
  init: { W: [0.5, -0.3, 0.1, 0.2, 0.6, -0.4], b: [0.1, 0, -0.1] },
};
const wb = {
  xAxis: { parameter: 'w', index: 0, range: [-3, 3] },
  yAxis: { parameter: 'b', range: [-2, 4] },
} as const;
const ww = {
  xAxis: { parameter: 'w', index: 0, range: [-3, 3] },
  yAxis: { parameter: 'w', index: 1, range: [-3, 3] },
} as const;

export const GRID_CASES: readonly GridCase[] = [
  { name: 'linear, MSE (mean) over (w₀, w₁)', model: linear, loss: 'mse', ...ww },
  {
    name: 'linear, MSE (half) over (w₀, b)',
    model: linear,
    loss: 'mse',
    options: { convention: 'half' },
    ...wb,
  },
  { name: 'linear, RMSE over (w₀, b)', model: linear, loss: 'rmse', ...wb },
  { name: 'linear, MAE over (w₀, b)', model: linear, loss: 'mae', ...wb },
  {
    name: 'linear, Huber δ = 0.8 over (w₀, w₁)',
    model: linear,
    loss: 'huber',
    options: { delta: 0.8 },
    ...ww,
  },
  {
    name: 'linear, Smooth L1 β = 1.5 over (w₀, b)',
    model: linear,
    loss: 'smooth-l1',
    options: { beta: 1.5 },
    ...wb,
  },
  { name: 'logistic, BCE over (w₀, b)', model: logistic, loss: 'bce', ...wb },
  { name: 'logistic, BCE with logits over (w₀, w₁)', model: logistic, loss: 'bce-logits', ...ww },
  { name: 'logistic, MSE over (w₀, b)', model: logistic, loss: 'mse', ...wb },
  {
    name: 'softmax, CCE over (W[0,0], W[1,0])',
    model: softmax,
    loss: 'cce',
    xAxis: { parameter: 'W', index: 0, range: [-4, 4] },
    yAxis: { parameter: 'W', index: 3, range: [-4, 4] },
  },
  {
    name: 'softmax, CCE with logits over (W[1,2], b[1])',
    model: softmax,
    loss: 'cce-logits',
    xAxis: { parameter: 'W', index: 5, range: [-4, 4] },
    yAxis: { parameter: 'b', index: 1, range: [-3, 3] },
  },
];

/** Seeded rows: 2 features, targets for regression, 0/1 labels or 3 classes. */
function data(c: GridCase): { X: number[][]; y: number[]; k: number } {
  const random = createRandom(`grid-${c.model.kind}`);
  const X: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < N; i++) {
    const a = random.normal(0, 1.2);
    const b = random.normal(0, 1);
    const noise = random.normal(0, 0.7);
    X.push([a, b]);
    if (c.model.kind === 'linear') y.push(1.3 * a - 0.8 * b + 1 + noise);
    else if (c.model.kind === 'logistic') y.push(a - 0.5 * b + noise > 0 ? 1 : 0);
    else y.push(a + noise > 0.7 ? 2 : b + noise > 0 ? 1 : 0);
  }
  return { X, y, k: c.model.kind === 'softmax' ? 3 : 1 };
}

/** The loss at every grid point, in float64, from the formulas of src/losses written out again. */
function handGrid(c: GridCase, X: number[][], y: number[], k: number, land: Landscape): number[] {
  const init = c.model.init as Record<string, number[]>;
  const out: number[] = [];
  for (const v of land.ys) {
    for (const u of land.xs) {
      const p = JSON.parse(JSON.stringify(init)) as Record<string, number[]>;
      p[c.xAxis.parameter]![c.xAxis.index ?? 0] = u;
      p[c.yAxis.parameter]![c.yAxis.index ?? 0] = v;
      let sum = 0;
      for (let i = 0; i < X.length; i++) {
        const row = X[i]!;
        const z = Array.from({ length: k }, (_, col) =>
          row.reduce(
            (s, x, j) => s + x * (k === 1 ? p.w![j]! : p.W![j * k + col]!),
            k === 1 ? p.b![0]! : p.b![col]!,
          ),
        );
        if (k > 1) {
          const mx = Math.max(...z);
          const lse = mx + Math.log(z.reduce((s, zc) => s + Math.exp(zc - mx), 0));
          const logP = z[y[i]!]! - lse;
          sum += c.loss === 'cce' ? -Math.log(Math.max(Math.exp(logP), EPS)) : -logP;
          continue;
        }
        const z0 = z[0]!;
        const o = c.model.kind === 'logistic' && c.loss !== 'bce-logits' ? 1 / (1 + Math.exp(-z0)) : z0;
        const t = y[i]!;
        const r = o - t;
        const delta = c.options?.delta ?? 1;
        const beta = c.options?.beta ?? 1;
        switch (c.loss) {
          case 'mse':
            sum += c.options?.convention === 'half' ? 0.5 * r * r : r * r;
            break;
          case 'rmse':
            sum += r * r;
            break;
          case 'mae':
            sum += Math.abs(r);
            break;
          case 'huber':
            sum += Math.abs(r) <= delta ? 0.5 * r * r : delta * (Math.abs(r) - 0.5 * delta);
            break;
          case 'smooth-l1':
            sum += Math.abs(r) < beta ? (0.5 * r * r) / beta : Math.abs(r) - 0.5 * beta;
            break;
          case 'bce':
            sum -= t * Math.log(Math.max(o, EPS)) + (1 - t) * Math.log(Math.max(1 - o, EPS));
            break;
          case 'bce-logits':
            sum += Math.max(o, 0) - o * t + Math.log1p(Math.exp(-Math.abs(o)));
            break;
          default:
            throw new Error(c.loss);
        }
      }
      const mean = sum / X.length;
      out.push(c.loss === 'rmse' ? Math.sqrt(mean) : mean);
    }
  }
  return out;
}

function maxRelativeError(actual: ArrayLike<number>, expected: ArrayLike<number>): number {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  for (let q = 0; q < expected.length; q++) {
    const e = expected[q] as number;
    worst = Math.max(worst, Math.abs((actual[q] as number) - e) / Math.max(Math.abs(e), 1e-3));
  }
  return worst;
}

function setUp(c: GridCase, resolution: number) {
  const { X, y, k } = data(c);
  const model: Model = createModel(c.model);
  const tensors = tf.tidy(() => ({
    X: tf.tensor2d(X) as tf.Tensor2D,
    y: k > 1 ? tf.cast(tf.oneHot(tf.tensor1d(y, 'int32'), k), 'float32') : tf.tensor1d(y),
  }));
  const request: LandscapeRequest = {
    model,
    loss: { id: c.loss, options: c.options ?? {} },
    features: tensors.X,
    targets: tensors.y,
    xAxis: c.xAxis,
    yAxis: c.yAxis,
    resolution,
  };
  return {
    X,
    y,
    k,
    request,
    dispose: () => {
      tf.dispose([tensors.X, tensors.y]);
      model.dispose();
    },
  };
}

export function defineGridKernelSuite(backend: string): void {
  describe(`GdLossGrid on ${backend}`, () => {
    it.each(GRID_CASES)('$name: equals a float64 loop and the batched method to 1e-5', async (c) => {
      const before = tf.memory().numTensors;
      const s = setUp(c, 12);
      const kernel = await computeLandscape({ ...s.request, strategy: 'kernel' });
      expect(kernel.method).toBe('kernel');
      expect(maxRelativeError(kernel.values, handGrid(c, s.X, s.y, s.k, kernel))).toBeLessThan(1e-5);
      const batched = await computeLandscape({ ...s.request, strategy: 'batched' });
      // BCE from probabilities: the batched method's float32 σ(z) rounds 1 − p to a multiple of
      // 6e-8 where p is near 1, a 2e-5 relative error of its own; the kernel works in float64
      // (the loop above agrees with it to 1e-5).
      expect(maxRelativeError(kernel.values, batched.values)).toBeLessThan(c.loss === 'bce' ? 1e-4 : 1e-5);
      // A landscape with something to see: the values vary over the grid.
      expect(kernel.max - kernel.min).toBeGreaterThan(1e-2 * Math.abs(kernel.max));
      s.dispose();
      expect(tf.memory().numTensors).toBe(before);
    });

    it('progressive: a coarse picture first, refined rows in order, ending equal to the whole grid', async () => {
      const c = GRID_CASES[6]!; // logistic + BCE, the playground's heaviest default
      const before = tf.memory().numTensors;
      const s = setUp(c, 40);
      const whole = await computeLandscape({ ...s.request, strategy: 'kernel' });
      const seen: LandscapeProgress[] = [];
      const pictures: Landscape[] = [];
      let yields = 0;
      const final = await computeLandscapeProgressive(s.request, {
        coarseResolution: 8,
        // A tiny budget forces one row per slice on the cpu backend.
        sliceBudgetMs: 0.001,
        yieldToMain: async () => {
          yields++;
        },
        onProgress: (land, progress) => {
          seen.push(progress);
          pictures.push(land);
        },
      });
      expect(seen[0]?.stage).toBe('coarse');
      expect(seen.at(-1)).toEqual({ stage: 'done', rowsDone: 40, rows: 40 });
      const refining = seen.filter((p) => p.stage === 'refining');
      expect(refining.length).toBeGreaterThanOrEqual(3 - (backend === 'webgl' ? 0 : 0));
      refining.forEach((p, i) => {
        if (i > 0) expect(p.rowsDone).toBeGreaterThan(refining[i - 1]!.rowsDone);
      });
      // A yield after every slice but the last of each pass (the coarse pass is sliced too) and
      // after the coarse picture.
      const coarseSlices = backend === 'webgl' ? 4 : 8;
      expect(yields).toBe(coarseSlices - 1 + 1 + refining.length);
      // The coarse picture is an approximation of the same surface: close, not equal.
      expect(maxRelativeError(pictures[0]!.values, whole.values)).toBeLessThan(0.5);
      expect(maxRelativeError(pictures[0]!.values, whole.values)).toBeGreaterThan(0);
      // Rows already refined are exact in the intermediate pictures.
      const mid = refining[Math.floor(refining.length / 2)]!;
      const midPicture = pictures[seen.indexOf(mid)]!;
      expect(
        maxRelativeError(
          midPicture.values.subarray(0, mid.rowsDone * 40),
          whole.values.subarray(0, mid.rowsDone * 40),
        ),
      ).toBeLessThan(1e-6);
      expect(maxRelativeError(final.values, whole.values)).toBeLessThan(1e-6);
      expect(final.argmin).toEqual(whole.argmin);
      s.dispose();
      expect(tf.memory().numTensors).toBe(before);
    });

    it('progressive: cancelling stops the work, rejects with AbortError and frees every tensor', async () => {
      const c = GRID_CASES[10]!;
      const before = tf.memory().numTensors;
      const s = setUp(c, 32);
      const controller = new AbortController();
      let reports = 0;
      let yieldsAfterAbort = 0;
      const run = computeLandscapeProgressive(s.request, {
        signal: controller.signal,
        coarseResolution: 8,
        sliceBudgetMs: 0.001,
        yieldToMain: async () => {
          if (controller.signal.aborted) yieldsAfterAbort++;
        },
        onProgress: () => {
          reports++;
          // Cancel as the data would change: right after the second picture.
          if (reports === 2) controller.abort();
        },
      });
      // The caller may dispose its data at once: the computation works on its own snapshot.
      s.dispose();
      const error = await run.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isAbortError(error)).toBe(true);
      expect(reports).toBe(2);
      expect(yieldsAfterAbort).toBeLessThanOrEqual(1);
      expect(tf.memory().numTensors).toBe(before);

      const already = new AbortController();
      already.abort();
      const s2 = setUp(c, 8);
      await expect(computeLandscapeProgressive(s2.request, { signal: already.signal })).rejects.toSatisfy(
        isAbortError,
      );
      s2.dispose();
      expect(tf.memory().numTensors).toBe(before);
    });
  });
}
