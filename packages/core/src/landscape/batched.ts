import { activate, isLayeredModel, type LayeredModel } from '../models/dense.js';
import type { Model } from '../models/model.js';
import { tf } from '../tf.js';
import { batchedLossTotals, type ResolvedLoss } from './batched-loss.js';
import { LandscapeError } from './errors.js';
import type { ResolvedAxis } from './grid.js';

/** Where a swept coordinate sits in a layered model. */
interface Coordinate {
  readonly layer: number;
  readonly kind: 'weight' | 'bias';
  /** Input unit (weights only). */
  readonly row: number;
  /** Output unit. */
  readonly col: number;
  readonly flatIndex: number;
  /** Grid values of this coordinate, one per grid column (x) or row (y). */
  readonly axis: 'x' | 'y';
}

/**
 * How many grid points one chunk evaluates: the largest count whose biggest intermediate,
 * `[points, n, width]`, stays under `maxElements`, rounded down to whole grid rows when it holds
 * at least one row (at least 1 point).
 */
export function planChunkPoints(
  examples: number,
  width: number,
  resolution: number,
  maxElements: number,
): number {
  const total = resolution * resolution;
  const perPoint = Math.max(1, examples * width);
  let points = Math.min(total, Math.max(1, Math.floor(maxElements / perPoint)));
  if (points >= resolution) points = Math.floor(points / resolution) * resolution;
  return points;
}

function locate(model: LayeredModel, axis: ResolvedAxis, which: 'x' | 'y'): Coordinate {
  for (let l = 0; l < model.layers.length; l++) {
    const layer = model.layers[l];
    if (!layer) continue;
    if (layer.weight.name === axis.parameter) {
      const row = Math.floor(axis.index / layer.outputSize);
      const col = axis.index % layer.outputSize;
      return { layer: l, kind: 'weight', row, col, flatIndex: axis.index, axis: which };
    }
    if (layer.bias?.name === axis.parameter) {
      return { layer: l, kind: 'bias', row: 0, col: axis.index, flatIndex: axis.index, axis: which };
    }
  }
  throw new LandscapeError(
    'unknown-parameter',
    `Parameter '${axis.parameter}' is not in any layer of this model.`,
    {
      parameter: axis.parameter,
    },
  );
}

/** Ones everywhere except zeros at the listed flat indices. Caller disposes. */
function maskWithout(size: number, shape: number[], indices: number[]): tf.Tensor {
  const mask = new Float32Array(size).fill(1);
  for (const i of indices) mask[i] = 0;
  return tf.tensor(mask, shape, 'float32');
}

/** Row vector e_col of length `size` (one-hot). Caller disposes. */
function unit(size: number, col: number): tf.Tensor1D {
  const e = new Float32Array(size);
  e[col] = 1;
  return tf.tensor1d(e, 'float32');
}

/**
 * Checks data shapes for the model and loss, returning float32 targets broadcastable against
 * outputs `[c, n]` or `[c, n, k]` (class indices become one-hot rows). Caller disposes the result.
 * @throws LandscapeError `shape-mismatch`.
 */
export function prepareTargets(
  model: Model,
  loss: ResolvedLoss,
  features: tf.Tensor2D,
  targets: tf.Tensor,
): tf.Tensor {
  if (features.rank !== 2 || features.shape[1] !== model.featureCount || features.shape[0] < 1) {
    throw new LandscapeError(
      'shape-mismatch',
      `Features must be [n, ${model.featureCount}] with n ≥ 1, got [${features.shape.join(', ')}].`,
      { expected: [null, model.featureCount], actual: features.shape },
    );
  }
  const n = features.shape[0];
  const k = model.outputSize;
  if (loss.categorical) {
    if (k < 2) {
      throw new LandscapeError(
        'shape-mismatch',
        `'${loss.id}' needs a model with at least 2 outputs; this one has ${k}.`,
        {
          outputs: k,
        },
      );
    }
    if (targets.rank === 1 && targets.shape[0] === n) {
      return tf.tidy(() => tf.cast(tf.oneHot(tf.cast(targets, 'int32') as tf.Tensor1D, k), 'float32'));
    }
    if (targets.rank === 2 && targets.shape[0] === n && targets.shape[1] === k)
      return tf.cast(targets, 'float32');
    throw new LandscapeError(
      'shape-mismatch',
      `Targets for '${loss.id}' must be one-hot [${n}, ${k}] or class indices [${n}], got [${targets.shape.join(', ')}].`,
      { expected: [n, k], actual: targets.shape },
    );
  }
  if (k !== 1) {
    throw new LandscapeError(
      'shape-mismatch',
      `'${loss.id}' needs a single-output model; this one has ${k} outputs (use 'cce' or 'cce-logits').`,
      { outputs: k },
    );
  }
  if (targets.size !== n || !(targets.rank === 1 || (targets.rank === 2 && targets.shape[1] === 1))) {
    throw new LandscapeError('shape-mismatch', `Targets must be [${n}], got [${targets.shape.join(', ')}].`, {
      expected: [n],
      actual: targets.shape,
    });
  }
  return tf.tidy(() => tf.cast(tf.reshape(targets, [n]), 'float32'));
}

/**
 * Batched evaluation of the loss over the whole grid, for any stack of dense layers.
 *
 * The idea: the swept coordinate θ enters z = h·W + b linearly. With θ zeroed in W (or b),
 * z(θ) = z₀ + θ·s, where s is the column `col` filled with h[:, row] (a weight) or with ones (a
 * bias). So for the first layer holding a swept coordinate, the pre-activations of c grid
 * points come from one matMul: [c, 1+p] (rows 1, θ₁, θ₂) times [1+p, n·d] (rows z₀, s₁, s₂).
 * For linear, logistic and softmax models that is all: every prediction of the chunk from one
 * matMul. Later layers (MLP) carry a grid axis: h is [c, n, d], multiplied by the fixed W as
 * [c·n, d]·W, plus θ·s again if the other coordinate lives there.
 *
 * The grid is cut into chunks of whole rows so the largest tensor stays under `maxElements`.
 * Returns the G² values row-major (`[i·G + j]` ↔ x = xs[j], y = ys[i]). Caller disposes.
 *
 * @throws LandscapeError `unsupported-model` (not a stack of dense layers), `shape-mismatch`.
 */
export function batchedLandscapeTensor(
  model: Model,
  loss: ResolvedLoss,
  features: tf.Tensor2D,
  targets: tf.Tensor,
  axes: readonly [ResolvedAxis, ResolvedAxis],
  maxElements: number,
): tf.Tensor1D {
  if (!isLayeredModel(model)) {
    throw new LandscapeError(
      'unsupported-model',
      `The landscape needs a model made of dense layers (linear, logistic, softmax, mlp); got kind '${model.kind}'.`,
      { kind: model.kind },
    );
  }
  const coords = [locate(model, axes[0], 'x'), locate(model, axes[1], 'y')];
  const first = Math.min(...coords.map((c) => c.layer));
  const xs = axes[0].values;
  const ys = axes[1].values;
  const G = xs.length;
  const n = features.shape[0];
  const width = Math.max(...model.layers.slice(first).map((l) => l.outputSize));
  const chunk = planChunkPoints(n, width, G, maxElements);
  const lastIndex = model.layers.length - 1;
  const lastLayer = model.layers[lastIndex];
  if (!lastLayer) throw new LandscapeError('unsupported-model', 'The model has no layers.');

  const y = prepareTargets(model, loss, features, targets);
  const kept: tf.Tensor[] = [y];
  try {
    // Shared by every chunk: weights with the swept coordinates zeroed, and the first swept
    // layer's rows [z₀, s₁, s₂] as [1+p, n·d].
    const fixed = tf.tidy(() => {
      const weights: tf.Tensor2D[] = [];
      // A bias-less layer gets zeros, so every layer is h·W + b below.
      const biases: tf.Tensor1D[] = [];
      model.layers.forEach((layer, l) => {
        const here = coords.filter((c) => c.layer === l);
        const size = layer.inputSize * layer.outputSize;
        const W = tf.reshape(layer.weight.variable, [layer.inputSize, layer.outputSize]) as tf.Tensor2D;
        const wIdx = here.filter((c) => c.kind === 'weight').map((c) => c.flatIndex);
        weights.push(
          (wIdx.length
            ? tf.mul(W, maskWithout(size, [layer.inputSize, layer.outputSize], wIdx))
            : W) as tf.Tensor2D,
        );
        const bIdx = here.filter((c) => c.kind === 'bias').map((c) => c.flatIndex);
        // reshape gives a new handle: disposing it later never frees the model's variable.
        const b = layer.bias
          ? (tf.reshape(layer.bias.variable, [layer.outputSize]) as tf.Tensor1D)
          : (tf.zeros([layer.outputSize]) as tf.Tensor1D);
        biases.push(bIdx.length ? tf.mul(b, maskWithout(layer.outputSize, [layer.outputSize], bIdx)) : b);
      });
      let h: tf.Tensor2D = tf.cast(features, 'float32');
      for (let l = 0; l < first; l++) {
        const layer = model.layers[l];
        if (!layer) continue;
        const z = tf.add(tf.matMul(h, weights[l] as tf.Tensor2D), biases[l] as tf.Tensor1D);
        h = activate(z, layer.activation) as tf.Tensor2D;
      }
      const layer = model.layers[first];
      if (!layer) throw new LandscapeError('unsupported-model', 'Swept layer not found.');
      const z0 = tf.add(tf.matMul(h, weights[first] as tf.Tensor2D), biases[first] as tf.Tensor1D);
      const sources = coords
        .filter((c) => c.layer === first)
        .map((c) => {
          const e = unit(layer.outputSize, c.col);
          const column = c.kind === 'weight' ? tf.slice(h, [0, c.row], [n, 1]) : tf.ones([n, 1]);
          return tf.mul(column, e);
        });
      // Rows z₀, s₁, (s₂), each flattened to n·d. Built already transposed so the per-chunk matMul
      // needs no transpose flags (matMul's transposeA gave wrong sums on tfjs-backend-webgl 4.22).
      const flat = (t: tf.Tensor): tf.Tensor1D => tf.reshape(t, [n * layer.outputSize]);
      const stacked = tf.stack([flat(z0), ...sources.map(flat)], 0) as tf.Tensor2D;
      return { weights, biases, stacked };
    });
    kept.push(...fixed.weights, ...fixed.biases, fixed.stacked);
    const firstCoords = coords.filter((c) => c.layer === first);
    const laterCoords = coords.filter((c) => c.layer !== first);

    const total = G * G;
    const parts: tf.Tensor1D[] = [];
    try {
      for (let start = 0; start < total; start += chunk) {
        const c = Math.min(chunk, total - start);
        const gridValues = (coord: Coordinate): Float32Array => {
          const out = new Float32Array(c);
          for (let p = 0; p < c; p++) {
            const point = start + p;
            out[p] = coord.axis === 'x' ? (xs[point % G] as number) : (ys[Math.floor(point / G)] as number);
          }
          return out;
        };
        parts.push(
          tf.tidy(() => {
            // P is [c, 1+p]: one row (1, θ₁, θ₂) per grid point.
            const columns = [new Float32Array(c).fill(1), ...firstCoords.map(gridValues)];
            const P = new Float32Array(c * columns.length);
            columns.forEach((column, q) => {
              for (let p = 0; p < c; p++) P[p * columns.length + q] = column[p] as number;
            });
            const firstLayer = model.layers[first];
            if (!firstLayer) throw new LandscapeError('unsupported-model', 'Swept layer not found.');
            // [c, 1+p] · [1+p, n·d]: every grid point's pre-activations in one matMul.
            let z: tf.Tensor = tf.reshape(tf.matMul(tf.tensor2d(P, [c, columns.length]), fixed.stacked), [
              c,
              n,
              firstLayer.outputSize,
            ]);
            for (let l = first + 1; l <= lastIndex; l++) {
              const prev = model.layers[l - 1];
              const layer = model.layers[l];
              if (!prev || !layer) continue;
              const h = activate(z, prev.activation);
              const flat = tf.reshape(h, [c * n, layer.inputSize]) as tf.Tensor2D;
              const product = tf.reshape(tf.matMul(flat, fixed.weights[l] as tf.Tensor2D), [
                c,
                n,
                layer.outputSize,
              ]);
              z = tf.add(product, fixed.biases[l] as tf.Tensor1D);
              for (const coord of laterCoords.filter((k) => k.layer === l)) {
                const theta = tf.tensor3d(gridValues(coord), [c, 1, 1], 'float32');
                const column =
                  coord.kind === 'weight' ? tf.slice(h, [0, 0, coord.row], [c, n, 1]) : tf.ones([1, n, 1]);
                z = tf.add(z, tf.mul(tf.mul(theta, column), unit(layer.outputSize, coord.col)));
              }
            }
            let outputs = loss.input === 'logits' ? z : activate(z, lastLayer.activation);
            if (model.squeezesOutput) outputs = tf.reshape(outputs, [c, n]);
            return batchedLossTotals(loss, y, outputs);
          }),
        );
      }
      return tf.tidy(() => (parts.length === 1 ? tf.clone(parts[0] as tf.Tensor1D) : tf.concat(parts)));
    } finally {
      tf.dispose(parts);
    }
  } finally {
    tf.dispose(kept);
  }
}
