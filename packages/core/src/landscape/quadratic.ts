import { isLayeredModel } from '../models/dense.js';
import type { Model } from '../models/model.js';
import { tf } from '../tf.js';
import { prepareTargets } from './batched.js';
import type { ResolvedLoss } from './batched-loss.js';
import { LandscapeError } from './errors.js';
import { type Landscape, type LandscapeRequest, type ResolvedAxis, summarize } from './grid.js';
import { type PreparedRequest, prepareRequest } from './request.js';

/**
 * Whether the exact quadratic form applies: a single dense layer with one output and no link
 * function (linear regression), and the loss MSE or RMSE.
 */
export function supportsQuadraticForm(model: Model, loss: ResolvedLoss): boolean {
  if (loss.id !== 'mse' && loss.id !== 'rmse') return false;
  if (!isLayeredModel(model) || model.layers.length !== 1) return false;
  const layer = model.layers[0];
  return layer !== undefined && layer.outputSize === 1 && layer.activation === 'identity';
}

/**
 * The data's sufficient statistics and the current parameters, in one tensor so they come back
 * in one read-back: [x̄ (m), ȳ, Sxx (m·m), Sxy (m), Syy, w (m), b]. Caller disposes.
 */
function statisticsTensor(
  model: Model,
  features: tf.Tensor2D,
  targets: tf.Tensor2D | tf.Tensor,
): tf.Tensor1D {
  if (!isLayeredModel(model)) throw new LandscapeError('unsupported-model', 'Not a linear model.');
  const layer = model.layers[0];
  if (!layer) throw new LandscapeError('unsupported-model', 'Not a linear model.');
  const n = features.shape[0];
  const m = features.shape[1];
  return tf.tidy(() => {
    const X = tf.cast(features, 'float32');
    const y = tf.reshape(targets, [n, 1]);
    // Centring first keeps float32 sums small, so the value at the minimum is ~0, not the
    // difference of two large numbers.
    const xbar = tf.mean(X, 0);
    const ybar = tf.mean(y);
    const Xc = tf.sub(X, xbar);
    const yc = tf.sub(y, ybar);
    // An explicit transpose, not matMul's transposeA flag: on tfjs-backend-webgl 4.22,
    // matMul(Xc, Xc, true, false) with Xc the result of a broadcasting sub returned wrong sums.
    const XcT = tf.transpose(Xc);
    const Sxx = tf.div(tf.matMul(XcT, Xc), n);
    const Sxy = tf.div(tf.matMul(XcT, yc), n);
    const Syy = tf.div(tf.sum(tf.square(yc)), n);
    const w = tf.reshape(layer.weight.variable, [m]);
    const b = layer.bias ? tf.reshape(layer.bias.variable, [1]) : tf.zeros([1]);
    return tf.concat([
      xbar,
      tf.reshape(ybar, [1]),
      tf.reshape(Sxx, [m * m]),
      tf.reshape(Sxy, [m]),
      tf.reshape(Syy, [1]),
      w,
      b,
    ]) as tf.Tensor1D;
  });
}

/** Evaluates the grid in plain JavaScript (float64) from the statistics. */
function gridFromStatistics(
  stats: ArrayLike<number>,
  m: number,
  weightName: string,
  prepared: PreparedRequest,
): Landscape {
  let o = 0;
  const take = (count: number): number[] => {
    const out = Array.from({ length: count }, (_, i) => stats[o + i] as number);
    o += count;
    return out;
  };
  const xbar = take(m);
  const ybar = take(1)[0] as number;
  const Sxx = take(m * m);
  const Sxy = take(m);
  const Syy = take(1)[0] as number;
  const w0 = take(m);
  let b0 = take(1)[0] as number;

  // Each axis moves either one weight (a = e_idx, α = 0) or the bias (a = 0, α = 1).
  const [xAxis, yAxis] = prepared.axes;
  const weightIndex = (axis: ResolvedAxis): number => (axis.parameter === weightName ? axis.index : -1);
  const ix = weightIndex(xAxis);
  const iy = weightIndex(yAxis);
  if (ix >= 0) w0[ix] = 0;
  if (iy >= 0) w0[iy] = 0;
  if (ix < 0 || iy < 0) b0 = 0;
  const S = (r: number, c: number): number => Sxx[r * m + c] as number;

  // g(w) = Syy − 2 wᵀSxy + wᵀSxx w (spread about the means), h(w, b) = ȳ − x̄ᵀw − b (error of the means).
  let g0 = Syy;
  const Sw0 = new Array<number>(m).fill(0);
  for (let r = 0; r < m; r++) {
    for (let c = 0; c < m; c++) Sw0[r] = (Sw0[r] as number) + S(r, c) * (w0[c] as number);
    g0 += -2 * (w0[r] as number) * (Sxy[r] as number) + (w0[r] as number) * (Sw0[r] as number);
  }
  const gradAt = (i: number): number => (i < 0 ? 0 : 2 * ((Sw0[i] as number) - (Sxy[i] as number)));
  const gx = gradAt(ix);
  const gy = gradAt(iy);
  const gxx = ix < 0 ? 0 : S(ix, ix);
  const gyy = iy < 0 ? 0 : S(iy, iy);
  const gxy = ix < 0 || iy < 0 ? 0 : 2 * S(ix, iy);
  let h0 = ybar - b0;
  for (let r = 0; r < m; r++) h0 -= (xbar[r] as number) * (w0[r] as number);
  const hx = ix < 0 ? -1 : -(xbar[ix] as number);
  const hy = iy < 0 ? -1 : -(xbar[iy] as number);

  const xs = xAxis.values;
  const ys = yAxis.values;
  const G = xs.length;
  const scale = prepared.loss.half ? 0.5 : 1;
  const root = prepared.loss.id === 'rmse';
  const values = new Float32Array(G * G);
  for (let i = 0; i < G; i++) {
    const v = ys[i] as number;
    for (let j = 0; j < G; j++) {
      const u = xs[j] as number;
      const h = h0 + hx * u + hy * v;
      const f = g0 + gx * u + gy * v + gxx * u * u + gxy * u * v + gyy * v * v + h * h;
      // Rounding can leave a hair below 0 at an exact fit.
      const mse = Math.max(0, f) * scale;
      values[i * G + j] = root ? Math.sqrt(mse) : mse;
    }
  }
  return summarize(values, xs, ys, 'quadratic');
}

interface Started {
  prepared: PreparedRequest;
  stats: tf.Tensor1D;
  m: number;
  weightName: string;
}

function begin(request: LandscapeRequest): Started {
  const prepared = prepareRequest(request);
  if (!supportsQuadraticForm(request.model, prepared.loss)) {
    throw new LandscapeError(
      prepared.loss.id === 'mse' || prepared.loss.id === 'rmse' ? 'unsupported-model' : 'unsupported-loss',
      `The quadratic form needs a linear regression model and the loss 'mse' or 'rmse' (got a ${request.model.kind} model with '${prepared.loss.id}').`,
      { kind: request.model.kind, loss: prepared.loss.id },
    );
  }
  const y = prepareTargets(request.model, prepared.loss, request.features, request.targets);
  try {
    const stats = statisticsTensor(request.model, request.features, y);
    const weightName = request.model.parameters[0]?.name ?? 'w';
    return { prepared, stats, m: request.features.shape[1], weightName };
  } finally {
    y.dispose();
  }
}

/**
 * Exact MSE (or RMSE) landscape of a linear model, at a cost independent of the data size n.
 *
 * With x̄, ȳ the means, Sxx = (1/n) Σ (xᵢ − x̄)(xᵢ − x̄)ᵀ, Sxy = (1/n) Σ (xᵢ − x̄)(yᵢ − ȳ) and
 * Syy = (1/n) Σ (yᵢ − ȳ)², for any (w, b):
 *
 *   MSE(w, b) = Syy − 2 wᵀSxy + wᵀSxx w + (ȳ − x̄ᵀw − b)²
 *
 * (the error splits into its spread about the means plus the error of the means; the cross term
 * sums to zero). These sums are the same information as n, Σxⱼ, Σy, Σxⱼxₖ, Σxⱼy, Σy², computed
 * once on the backend and read back once; the G² grid values are then a quadratic in the two swept
 * coordinates, evaluated in float64 JavaScript. `half` convention halves it; RMSE is its root.
 *
 * @throws LandscapeError `unsupported-model` / `unsupported-loss` unless linear regression with
 *   MSE or RMSE, plus the request validation codes.
 */
export async function quadraticFormLandscape(request: LandscapeRequest): Promise<Landscape> {
  const { prepared, stats, m, weightName } = begin(request);
  try {
    return gridFromStatistics(await stats.data(), m, weightName, prepared);
  } finally {
    stats.dispose();
  }
}

/** Synchronous {@link quadraticFormLandscape} (tests, Node scripts). */
export function quadraticFormLandscapeSync(request: LandscapeRequest): Landscape {
  const { prepared, stats, m, weightName } = begin(request);
  try {
    return gridFromStatistics(stats.dataSync(), m, weightName, prepared);
  } finally {
    stats.dispose();
  }
}
