import type { tf } from '../tf.js';
import { batchedLandscapeTensor } from './batched.js';
import { LandscapeError } from './errors.js';
import { type Landscape, type LandscapeRequest, summarize } from './grid.js';
import { quadraticFormLandscape, quadraticFormLandscapeSync, supportsQuadraticForm } from './quadratic.js';
import { type PreparedRequest, prepareRequest } from './request.js';

function useQuadratic(request: LandscapeRequest, prepared: PreparedRequest): boolean {
  const strategy = request.strategy ?? 'auto';
  if (strategy === 'quadratic') return true;
  if (strategy === 'batched') return false;
  if (strategy !== 'auto') {
    throw new LandscapeError('unsupported-model', `Unknown landscape strategy '${String(strategy)}'.`, {
      strategy,
    });
  }
  return supportsQuadraticForm(request.model, prepared.loss);
}

function batchedTensor(request: LandscapeRequest, prepared: PreparedRequest): tf.Tensor1D {
  return batchedLandscapeTensor(
    request.model,
    prepared.loss,
    request.features,
    request.targets,
    prepared.axes,
    prepared.maxElements,
  );
}

/**
 * The loss over a G × G grid of two parameter coordinates, the model's other parameters held at
 * their current values (the model itself is not changed).
 *
 * Linear regression with MSE/RMSE uses the exact quadratic form ({@link quadraticFormLandscape}),
 * whose cost does not depend on n. Everything else (any loss, logistic, softmax, MLP) is evaluated
 * in batches of grid rows, each batch's predictions coming from one matMul (see
 * `batchedLandscapeTensor`). One read-back in total.
 *
 * @example
 * const land = await computeLandscape({
 *   model, loss: 'mse', features: X, targets: y,
 *   xAxis: { parameter: 'w', index: 0, range: [0, 10] },
 *   yAxis: { parameter: 'b', range: [0, 300] },
 *   resolution: 128,
 * });
 * land.values[i * 128 + j]; // loss at w = land.xs[j], b = land.ys[i]
 * @throws LandscapeError codes `unknown-parameter`, `index-out-of-range`, `invalid-range`,
 *   `invalid-resolution`, `same-coordinate`, `unsupported-loss`, `unsupported-model`,
 *   `shape-mismatch`, `invalid-chunk-size`.
 */
export async function computeLandscape(request: LandscapeRequest): Promise<Landscape> {
  const prepared = prepareRequest(request);
  if (useQuadratic(request, prepared)) return quadraticFormLandscape(request);
  const values = batchedTensor(request, prepared);
  try {
    const data = (await values.data()) as Float32Array;
    return summarize(data, prepared.axes[0].values, prepared.axes[1].values, 'batched');
  } finally {
    values.dispose();
  }
}

/** Synchronous {@link computeLandscape}: for tests and Node scripts, never in a UI loop. */
export function computeLandscapeSync(request: LandscapeRequest): Landscape {
  const prepared = prepareRequest(request);
  if (useQuadratic(request, prepared)) return quadraticFormLandscapeSync(request);
  const values = batchedTensor(request, prepared);
  try {
    const data = values.dataSync() as Float32Array;
    return summarize(data, prepared.axes[0].values, prepared.axes[1].values, 'batched');
  } finally {
    values.dispose();
  }
}

/**
 * The batched grid as a tensor `[G²]` (row-major), left on the backend, e.g. to draw it with a
 * shader without reading back. Always the batched method. Caller disposes.
 * @throws LandscapeError as {@link computeLandscape}.
 */
export function landscapeTensor(request: LandscapeRequest): tf.Tensor1D {
  return batchedTensor(request, prepareRequest(request));
}
