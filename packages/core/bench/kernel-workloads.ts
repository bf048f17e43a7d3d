// Data and plain-JavaScript loops for kernels.bench.ts: each loop does the arithmetic of one
// full-batch training step (forward pass, loss, gradient, SGD update) over typed arrays, with
// scalar locals and no allocation per row: the floor a tensor library is compared against.
import { datasetFromArrays } from '../src/data/create.js';
import type { Dataset } from '../src/data/dataset.js';
import { createRandom } from '../src/data/random.js';
import type { LossId } from '../src/losses/loss.js';
import type { ModelSpec } from '../src/models/create.js';
import { TrainingSession } from '../src/training/session.js';

export type StepKind = 'linear' | 'logistic' | 'softmax' | 'mlp';

/** Hidden units of the MLP workload. */
export const HIDDEN = 8;

/** The model and loss of each workload, with the label the tables print. */
export const SPECS: Record<StepKind, { model: ModelSpec; loss: LossId; label: string }> = {
  linear: { model: { kind: 'linear', features: 2, init: 'zeros' }, loss: 'mse', label: 'linear, MSE' },
  logistic: {
    model: { kind: 'logistic', features: 2, init: 'zeros' },
    loss: 'bce-logits',
    label: 'logistic, BCE with logits',
  },
  softmax: {
    model: { kind: 'softmax', features: 2, classes: 3, init: 'zeros' },
    loss: 'cce-logits',
    label: 'softmax (3 classes), CCE with logits',
  },
  mlp: {
    model: { kind: 'mlp', layers: [2, HIDDEN, 1], hidden: 'tanh', init: { seed: 1 } },
    loss: 'mse',
    label: `MLP [2, ${HIDDEN}, 1] tanh, MSE`,
  },
};

/**
 * A training session on `stepData(kind, n)` as the benches time it: SGD at 0.05, no predictions
 * recorded, 100 steps of history, fused or not. Caller disposes.
 */
export function stepSession(kind: StepKind, n: number, fused: boolean): Promise<TrainingSession> {
  return TrainingSession.create({
    dataset: stepData(kind, n),
    model: SPECS[kind].model,
    loss: SPECS[kind].loss,
    optimizer: 'sgd',
    hyperparameters: { learningRate: 0.05 },
    recordPredictionsUpTo: 0,
    historyLimit: 100,
    fused,
  });
}

/** N rows, 2 features: a noisy plane (linear, mlp), a noisy boundary (logistic) or 3 classes (softmax). */
export function stepData(kind: StepKind, n: number): Dataset {
  const random = createRandom(`kernel-bench-${kind}-${n}`);
  const features: number[][] = [];
  const targets: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = random.normal();
    const b = random.normal();
    features.push([a, b]);
    const noise = 0.3 * random.normal();
    if (kind === 'linear') targets.push(3 * a - 2 * b + 1 + noise);
    else if (kind === 'mlp') targets.push(Math.sin(1.5 * a) + 0.5 * b + noise);
    else if (kind === 'logistic') targets.push(a - b + noise > 0 ? 1 : 0);
    else targets.push(a + noise > 0.5 ? 2 : b + noise > 0 ? 1 : 0);
  }
  return kind === 'softmax'
    ? datasetFromArrays({ features, targets, classes: ['0', '1', '2'] })
    : datasetFromArrays({ features, targets });
}

/** Columns as typed arrays. */
export function columns(data: Dataset) {
  const n = data.targets.length;
  const x = new Float32Array(n * 2);
  data.features.forEach((row, i) => {
    x[2 * i] = row[0]!;
    x[2 * i + 1] = row[1]!;
  });
  return { n, x, y: Float32Array.from(data.targets as number[]) };
}

/** Linear + MSE or logistic + BCE-with-logits: one step, returns the loss before the update. */
export function plainLinearStep(
  logistic: boolean,
  x: Float32Array,
  y: Float32Array,
  p: Float64Array,
  rate: number,
): number {
  const n = y.length;
  const w0 = p[0]!;
  const w1 = p[1]!;
  const b = p[2]!;
  let g0 = 0;
  let g1 = 0;
  let gb = 0;
  let loss = 0;
  for (let i = 0; i < n; i++) {
    const x0 = x[2 * i]!;
    const x1 = x[2 * i + 1]!;
    const z = w0 * x0 + w1 * x1 + b;
    const t = y[i]!;
    let d: number;
    if (logistic) {
      d = 1 / (1 + Math.exp(-z)) - t;
      loss += Math.max(z, 0) - z * t + Math.log1p(Math.exp(-Math.abs(z)));
    } else {
      const r = z - t;
      d = 2 * r;
      loss += r * r;
    }
    g0 += d * x0;
    g1 += d * x1;
    gb += d;
  }
  p[0] = w0 - (rate * g0) / n;
  p[1] = w1 - (rate * g1) / n;
  p[2] = b - (rate * gb) / n;
  return loss / n;
}

/**
 * Linear + MSE or logistic + BCE-with-logits: the mean loss at `p`, a forward pass only. A session's
 * `step(1)` returns the loss after its update too (one more pass over the rows; at k = 100 every
 * step's "after" is the next step's "before"), so step + this is the plain loop with its outputs.
 */
export function plainLinearLoss(
  logistic: boolean,
  x: Float32Array,
  y: Float32Array,
  p: Float64Array,
): number {
  const n = y.length;
  const w0 = p[0]!;
  const w1 = p[1]!;
  const b = p[2]!;
  let loss = 0;
  for (let i = 0; i < n; i++) {
    const z = w0 * x[2 * i]! + w1 * x[2 * i + 1]! + b;
    const t = y[i]!;
    if (logistic) loss += Math.max(z, 0) - z * t + Math.log1p(Math.exp(-Math.abs(z)));
    else {
      const r = z - t;
      loss += r * r;
    }
  }
  return loss / n;
}

/** Softmax (2 features, 3 classes) + CCE with logits; `p` holds W (row-major [2, 3]) then b [3]. */
export function plainSoftmaxStep(
  x: Float32Array,
  labels: Float32Array,
  p: Float64Array,
  rate: number,
): number {
  const n = labels.length;
  const g = new Float64Array(9);
  let loss = 0;
  for (let i = 0; i < n; i++) {
    const x0 = x[2 * i]!;
    const x1 = x[2 * i + 1]!;
    const z0 = x0 * p[0]! + x1 * p[3]! + p[6]!;
    const z1 = x0 * p[1]! + x1 * p[4]! + p[7]!;
    const z2 = x0 * p[2]! + x1 * p[5]! + p[8]!;
    const m = Math.max(z0, z1, z2);
    const e0 = Math.exp(z0 - m);
    const e1 = Math.exp(z1 - m);
    const e2 = Math.exp(z2 - m);
    const s = e0 + e1 + e2;
    const c = labels[i]!;
    loss += m + Math.log(s) - (c === 0 ? z0 : c === 1 ? z1 : z2);
    const d0 = e0 / s - (c === 0 ? 1 : 0);
    const d1 = e1 / s - (c === 1 ? 1 : 0);
    const d2 = e2 / s - (c === 2 ? 1 : 0);
    g[0] = g[0]! + d0 * x0;
    g[1] = g[1]! + d1 * x0;
    g[2] = g[2]! + d2 * x0;
    g[3] = g[3]! + d0 * x1;
    g[4] = g[4]! + d1 * x1;
    g[5] = g[5]! + d2 * x1;
    g[6] = g[6]! + d0;
    g[7] = g[7]! + d1;
    g[8] = g[8]! + d2;
  }
  for (let q = 0; q < 9; q++) p[q] = p[q]! - (rate * g[q]!) / n;
  return loss / n;
}

/** MLP [2, H, 1], tanh hidden, identity output, MSE; `p` holds W1 [2, H], b1 [H], W2 [H], b2. */
export function plainMlpStep(
  H: number,
  x: Float32Array,
  y: Float32Array,
  p: Float64Array,
  g: Float64Array,
  h: Float64Array,
  rate: number,
): number {
  const n = y.length;
  const b1 = 2 * H;
  const w2 = 3 * H;
  const b2 = 4 * H;
  g.fill(0);
  let loss = 0;
  for (let i = 0; i < n; i++) {
    const x0 = x[2 * i]!;
    const x1 = x[2 * i + 1]!;
    let out = p[b2]!;
    for (let j = 0; j < H; j++) {
      const a = Math.tanh(x0 * p[j]! + x1 * p[H + j]! + p[b1 + j]!);
      h[j] = a;
      out += a * p[w2 + j]!;
    }
    const r = out - y[i]!;
    loss += r * r;
    const d = 2 * r;
    g[b2] = g[b2]! + d;
    for (let j = 0; j < H; j++) {
      const a = h[j]!;
      g[w2 + j] = g[w2 + j]! + d * a;
      const dz = d * p[w2 + j]! * (1 - a * a);
      g[j] = g[j]! + dz * x0;
      g[H + j] = g[H + j]! + dz * x1;
      g[b1 + j] = g[b1 + j]! + dz;
    }
  }
  for (let q = 0; q < p.length; q++) p[q] = p[q]! - (rate * g[q]!) / n;
  return loss / n;
}
