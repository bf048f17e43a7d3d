import type { LossId } from '../losses/loss.js';
import type { Model } from '../models/model.js';
import type { tf } from '../tf.js';
import type { LandscapeLoss } from './batched-loss.js';
import { LandscapeError } from './errors.js';

/** One axis of the grid: a single coordinate of one parameter, swept over a range. */
export interface LandscapeAxis {
  /** Parameter name, e.g. `w`, `b`, `W1`. */
  readonly parameter: string;
  /** Index into the parameter's flattened (row-major) values; default 0. */
  readonly index?: number;
  /** [min, max], finite, min < max. */
  readonly range: readonly [number, number];
}

/** What to draw: which model, loss, data and axes. */
export interface LandscapeRequest {
  readonly model: Model;
  /** A loss id, `{ id, options }`, or a `Loss` from `src/losses`. `mean-error` is refused. */
  readonly loss: LossId | LandscapeLoss;
  /** `[n, m]`, borrowed (not disposed). */
  readonly features: tf.Tensor2D;
  /**
   * Borrowed. `[n]` for single-output models; for `cce`/`cce-logits`, one-hot `[n, k]` or class
   * indices `[n]`.
   */
  readonly targets: tf.Tensor;
  /** The coordinate along the columns (x). */
  readonly xAxis: LandscapeAxis;
  /** The coordinate along the rows (y). */
  readonly yAxis: LandscapeAxis;
  /** Grid points per axis G (default 64; widgets use 64, 128 or 256; 2 … 1024 allowed). */
  readonly resolution?: number;
  /**
   * `auto` (default): the exact quadratic form for a linear model with MSE or RMSE; else one grid
   * kernel (`GdLossGrid`) for a single-layer model (linear, logistic, softmax); else batched tensor
   * evaluation (MLPs). `batched`, `kernel` and `quadratic` force one method.
   */
  readonly strategy?: 'auto' | 'batched' | 'quadratic' | 'kernel';
  /**
   * Upper bound on the elements of the largest intermediate tensor per chunk (default 2²² ≈ 4.2 M,
   * 16 MB of float32). Lower it to save memory, raise it for fewer, larger kernels.
   */
  readonly maxChunkElements?: number;
}

/**
 * The loss over a G × G grid of two parameter coordinates, every other parameter at its current value.
 *
 * `values` is row-major: `values[i * G + j]` is the loss at x = `xs[j]`, y = `ys[i]`; row 0 is
 * the smallest y (flip it when drawing with y pointing up).
 */
export interface Landscape {
  readonly values: Float32Array;
  readonly xs: number[];
  readonly ys: number[];
  readonly resolution: number;
  /** Smallest and largest finite value (NaN when none is finite). */
  readonly min: number;
  readonly max: number;
  /** The grid point with the smallest value (first in row-major order on ties). */
  readonly argmin: { readonly x: number; readonly y: number; readonly row: number; readonly column: number };
  /** How it was computed. */
  readonly method: 'quadratic' | 'kernel' | 'batched';
}

/** Where one axis sits inside a model. */
export interface ResolvedAxis {
  readonly parameter: string;
  readonly index: number;
  readonly values: number[];
}

/** Default resolution. */
export const DEFAULT_RESOLUTION = 64;
/** Default chunk bound, in tensor elements. */
export const DEFAULT_MAX_CHUNK_ELEMENTS = 2 ** 22;

/** G evenly spaced numbers from `min` to `max`, both included. */
export function linspace(min: number, max: number, count: number): number[] {
  const step = (max - min) / (count - 1);
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? max : min + i * step));
}

/**
 * Checks the resolution: an integer from 2 to 1024.
 * @throws LandscapeError `invalid-resolution`.
 */
export function checkResolution(resolution: unknown): number {
  if (
    typeof resolution !== 'number' ||
    !Number.isInteger(resolution) ||
    resolution < 2 ||
    resolution > 1024
  ) {
    throw new LandscapeError(
      'invalid-resolution',
      `Landscape resolution must be an integer from 2 to 1024, got ${String(resolution)}.`,
      { resolution },
    );
  }
  return resolution;
}

/**
 * Validates both axes against the model's parameters and builds their coordinates.
 * @throws LandscapeError `unknown-parameter`, `index-out-of-range`, `invalid-range`, `same-coordinate`.
 */
export function resolveAxes(
  model: Model,
  xAxis: LandscapeAxis,
  yAxis: LandscapeAxis,
  resolution: number,
): [ResolvedAxis, ResolvedAxis] {
  const resolveOne = (axis: LandscapeAxis, which: 'x' | 'y'): ResolvedAxis => {
    const parameter = model.parameters.find((p) => p.name === axis.parameter);
    if (!parameter) {
      throw new LandscapeError(
        'unknown-parameter',
        `The ${which} axis names parameter '${axis.parameter}', which this ${model.kind} model does not have (it has ${model.parameters.map((p) => p.name).join(', ')}).`,
        { axis: which, parameter: axis.parameter },
      );
    }
    const size = parameter.shape.reduce((a, b) => a * b, 1);
    const index = axis.index ?? 0;
    if (!Number.isInteger(index) || index < 0 || index >= size) {
      throw new LandscapeError(
        'index-out-of-range',
        `The ${which} axis index ${index} is outside parameter '${axis.parameter}', which has ${size} values.`,
        { axis: which, parameter: axis.parameter, index, size },
      );
    }
    const range = axis.range;
    const [lo, hi] = Array.isArray(range) ? range : [Number.NaN, Number.NaN];
    if (!Number.isFinite(lo) || !Number.isFinite(hi) || !(lo < hi)) {
      throw new LandscapeError(
        'invalid-range',
        `The ${which} axis range must be two finite numbers [min, max] with min < max, got [${String(lo)}, ${String(hi)}].`,
        { axis: which, range },
      );
    }
    return { parameter: axis.parameter, index, values: linspace(lo, hi, resolution) };
  };
  const x = resolveOne(xAxis, 'x');
  const y = resolveOne(yAxis, 'y');
  if (x.parameter === y.parameter && x.index === y.index) {
    throw new LandscapeError(
      'same-coordinate',
      `Both axes sweep ${x.parameter}[${x.index}]: choose two different coordinates.`,
      { parameter: x.parameter, index: x.index },
    );
  }
  return [x, y];
}

/** Packs grid values into a {@link Landscape}, finding min, max and argmin. */
export function summarize(
  values: Float32Array,
  xs: number[],
  ys: number[],
  method: Landscape['method'],
): Landscape {
  const G = xs.length;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let best = -1;
  for (let k = 0; k < values.length; k++) {
    const v = values[k] as number;
    if (!Number.isFinite(v)) continue;
    if (v < min) {
      min = v;
      best = k;
    }
    if (v > max) max = v;
  }
  const row = best < 0 ? 0 : Math.floor(best / G);
  const column = best < 0 ? 0 : best % G;
  return {
    values,
    xs,
    ys,
    resolution: G,
    min: best < 0 ? Number.NaN : min,
    max: best < 0 ? Number.NaN : max,
    argmin: { x: xs[column] as number, y: ys[row] as number, row, column },
    method,
  };
}
