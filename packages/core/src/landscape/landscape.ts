import type { tf } from '../tf.js';
import { batchedLandscapeTensor } from './batched.js';
import { LandscapeError } from './errors.js';
import { type Landscape, type LandscapeRequest, summarize } from './grid.js';
import { kernelLandscapeTensor, supportsGridKernel } from './kernel-grid.js';
import { quadraticFormLandscape, quadraticFormLandscapeSync, supportsQuadraticForm } from './quadratic.js';
import { type PreparedRequest, prepareRequest } from './request.js';

/** The method a request resolves to: `auto` picks quadratic, then the grid kernel, then batched. */
export function chooseMethod(request: LandscapeRequest, prepared: PreparedRequest): Landscape['method'] {
  const strategy = request.strategy ?? 'auto';
  if (strategy === 'quadratic' || strategy === 'batched') return strategy;
  if (strategy === 'kernel') {
    if (!supportsGridKernel(request, prepared)) {
      throw new LandscapeError(
        'unsupported-model',
        'The grid kernel draws single-layer models (linear, logistic, softmax) with any loss but mean-error.',
        { kind: request.model.kind, loss: prepared.loss.id },
      );
    }
    return 'kernel';
  }
  if (strategy !== 'auto') {
    throw new LandscapeError('unsupported-model', `Unknown landscape strategy '${String(strategy)}'.`, {
      strategy,
    });
  }
  if (supportsQuadraticForm(request.model, prepared.loss)) return 'quadratic';
  return supportsGridKernel(request, prepared) ? 'kernel' : 'batched';
}

function useQuadratic(request: LandscapeRequest, prepared: PreparedRequest): boolean {
  return chooseMethod(request, prepared) === 'quadratic';
}

function batchedTensor(request: LandscapeRequest, prepared: PreparedRequest): tf.Tensor1D {
  if (chooseMethod(request, prepared) === 'kernel') return kernelLandscapeTensor(request, prepared);
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
    return summarize(data, prepared.axes[0].values, prepared.axes[1].values, chooseMethod(request, prepared));
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
    return summarize(data, prepared.axes[0].values, prepared.axes[1].values, chooseMethod(request, prepared));
  } finally {
    values.dispose();
  }
}

/**
 * The grid as a tensor `[G²]` (row-major), left on the backend, e.g. to draw it with a shader
 * without reading back: the grid kernel when it applies (or `strategy: 'kernel'`), else the
 * batched method (never the quadratic form). Caller disposes.
 * @throws LandscapeError as {@link computeLandscape}.
 */
export function landscapeTensor(request: LandscapeRequest): tf.Tensor1D {
  return batchedTensor(request, prepareRequest(request));
}
