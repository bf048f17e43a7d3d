import {
  computeLandscapeProgressive,
  createModel,
  type Dataset,
  datasetToTensors,
  disposeDatasetTensors,
  type Landscape,
  type LandscapeLoss,
  type LandscapeProgress,
  type Model,
  type ParameterValues,
} from '@gd-playground/core';
import { type PlaygroundState, trainingDataset } from '../state.js';

/** One coordinate of the parameter vector: a parameter's name and an index into its flat values. */
export interface ParameterCoordinate {
  readonly name: string;
  readonly index: number;
}

/** A landscape together with the two coordinates its axes sweep. */
export type PlaygroundLandscape = Landscape & {
  readonly xParameter: ParameterCoordinate;
  readonly yParameter: ParameterCoordinate;
};

/** Options of {@link computePlaygroundLandscape}. */
export interface PlaygroundLandscapeOptions {
  /** Grid points per axis (default 64). */
  readonly resolution?: number;
  /**
   * Points `{ x, y }` (in the landscape's coordinates, i.e. training units) the ranges must
   * contain, e.g. the optimizer's path and the normal-equation solution.
   */
  readonly include?: readonly { readonly x: number; readonly y: number }[];
  /** Fraction of the span added on each side of the included points (default 0.25). */
  readonly margin?: number;
  /**
   * Cancels the computation (the data, the loss or the model changed): the promise rejects with an
   * `AbortError` (core's `isAbortError` recognises it) and no more work runs.
   */
  readonly signal?: AbortSignal;
  /**
   * Each better picture as it comes: a coarse one within a few ms, then refined rows, then the
   * final grid (the same one the promise resolves with). A new object every time.
   */
  readonly onProgress?: (landscape: PlaygroundLandscape, progress: LandscapeProgress) => void;
}

/** Thrown when the model has a single trainable number, so there is no 2-D landscape to draw. */
export class PlaygroundLandscapeError extends Error {
  readonly code = 'one-parameter';
}

/**
 * The two coordinates the parameter-space view sweeps for a state and its data set:
 * (w₀, b) for a one-feature linear or logistic model with a bias, (w₀, w₁) for more features;
 * for softmax, W[0,0] against W[1,0] (feature 0 and 1 of class 0), or against b₀ with one feature.
 *
 * @throws PlaygroundLandscapeError when the model has only one number (one feature, no bias, not softmax).
 */
export function landscapeAxes(
  state: PlaygroundState,
  dataset: Dataset,
): { x: ParameterCoordinate; y: ParameterCoordinate } {
  const m = dataset.features[0]?.length ?? dataset.featureNames.length;
  if (state.model === 'softmax') {
    const k = dataset.classes?.length ?? 2;
    if (m >= 2) return { x: { name: 'W', index: 0 }, y: { name: 'W', index: k } };
    if (state.bias) return { x: { name: 'W', index: 0 }, y: { name: 'b', index: 0 } };
    return { x: { name: 'W', index: 0 }, y: { name: 'W', index: 1 } };
  }
  if (m >= 2) return { x: { name: 'w', index: 0 }, y: { name: 'w', index: 1 } };
  if (state.bias) return { x: { name: 'w', index: 0 }, y: { name: 'b', index: 0 } };
  throw new PlaygroundLandscapeError(
    'A one-feature model without a bias has a single parameter: its loss is a curve, not a landscape.',
  );
}

/** Where `parameters` sit in a landscape's plane (missing values read as 0). */
export function landscapePoint(
  axes: { readonly xParameter: ParameterCoordinate; readonly yParameter: ParameterCoordinate },
  parameters: ParameterValues,
): { x: number; y: number } {
  return {
    x: parameters[axes.xParameter.name]?.[axes.xParameter.index] ?? 0,
    y: parameters[axes.yParameter.name]?.[axes.yParameter.index] ?? 0,
  };
}

/**
 * A range `[lo, hi]` holding every value with `margin` of the span on each side; a single value
 * (or values closer than 0.5) gets a span of at least 2, or half its magnitude, around it.
 */
export function rangeAround(values: readonly number[], margin = 0.25): [number, number] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return [-1, 1];
  let lo = Math.min(...finite);
  let hi = Math.max(...finite);
  const minimumSpan = Math.max(2, 0.5 * Math.max(Math.abs(lo), Math.abs(hi)));
  if (hi - lo < minimumSpan) {
    const centre = (lo + hi) / 2;
    lo = centre - minimumSpan / 2;
    hi = centre + minimumSpan / 2;
    return [lo, hi];
  }
  const pad = (hi - lo) * margin;
  return [lo - pad, hi + pad];
}

/**
 * The loss landscape the playground's parameter-space view draws, over the two coordinates of
 * {@link landscapeAxes}, every other parameter held at its value in `parameters`.
 *
 * **Units.** The landscape is in the units the optimizer walks in: when `state.standardize` is set,
 * the features are standardised exactly as the training session standardises them, so axes,
 * contours and the optimizer's path are in standardised units (which is what makes the contours
 * rounder). `parameters` and `options.include` must therefore be in those training units: the
 * session's records as they are, and original-unit points (the normal-equation solution) through
 * `toTrainingUnits` from `state.ts`. `dataset` is in original units (from `buildDataset`).
 *
 * Linear regression with MSE/RMSE gets the exact quadratic form (cost independent of n); any other
 * loss is drawn progressively by core's grid kernel (`computeLandscapeProgressive`): a coarse
 * picture first (`options.onProgress`), then rows refined in slices of a few ms with the page
 * getting its turn in between, so even a 128² BCE grid over 1,000 points never freezes the page.
 * Pass `options.signal` to cancel a computation whose inputs changed. Every tensor and variable
 * created here is disposed before the promise settles (the grid works on its own snapshot). Call
 * it when the data, the loss or the model change, not per step.
 *
 * @throws PlaygroundLandscapeError for a model with a single parameter; core's `LandscapeError`
 *   or `ModelError` for parameters that do not fit the model.
 */
export async function computePlaygroundLandscape(
  state: PlaygroundState,
  dataset: Dataset,
  parameters: ParameterValues,
  options: PlaygroundLandscapeOptions = {},
): Promise<PlaygroundLandscape> {
  const axes = landscapeAxes(state, dataset);
  const training = trainingDataset(state, dataset);
  const current = landscapePoint({ xParameter: axes.x, yParameter: axes.y }, parameters);
  const include = [current, ...(options.include ?? [])];
  const margin = options.margin ?? 0.25;
  const xRange = rangeAround(
    include.map((p) => p.x),
    margin,
  );
  const yRange = rangeAround(
    include.map((p) => p.y),
    margin,
  );
  const features = training.features[0]?.length ?? training.featureNames.length;
  const model: Model =
    state.model === 'softmax'
      ? createModel({
          kind: 'softmax',
          features,
          classes: dataset.classes?.length ?? 2,
          bias: state.bias,
          init: parameters,
        })
      : createModel({ kind: state.model, features, bias: state.bias, init: parameters });
  let tensors: ReturnType<typeof datasetToTensors> | undefined;
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    if (tensors) disposeDatasetTensors(tensors);
    model.dispose();
  };
  try {
    tensors = datasetToTensors(training);
    const loss: LandscapeLoss = {
      id: state.loss,
      options: { convention: state.convention, delta: state.delta },
    };
    const onProgress = options.onProgress;
    // The call snapshots the data and parameters before its first await, so the finally below may
    // free them while the grid is still refining.
    const pending = computeLandscapeProgressive(
      {
        model,
        loss,
        features: tensors.X,
        targets: state.model === 'softmax' && tensors.oneHot ? tensors.oneHot : tensors.y,
        xAxis: { parameter: axes.x.name, index: axes.x.index, range: xRange },
        yAxis: { parameter: axes.y.name, index: axes.y.index, range: yRange },
        resolution: options.resolution ?? 64,
      },
      {
        signal: options.signal,
        onProgress: onProgress
          ? (landscape, progress) =>
              onProgress({ ...landscape, xParameter: axes.x, yParameter: axes.y }, progress)
          : undefined,
      },
    );
    release();
    const landscape = await pending;
    return { ...landscape, xParameter: axes.x, yParameter: axes.y };
  } finally {
    release();
  }
}
