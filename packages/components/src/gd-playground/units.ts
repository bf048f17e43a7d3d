/**
 * From the playground's state to what trains and what is drawn: the data set in original units,
 * the standardisation the run trains on, parameters converted between training and original units,
 * the training session's options, and the normal-equation solution the views mark.
 *
 * Conventions (see state.ts): `start` is in ORIGINAL units; with `standardize: true` and no bias the
 * features are only scaled (z = x / std), with a bias centred too (z = (x − mean) / std).
 */
import {
  createPreset,
  type Dataset,
  datasetFromArrays,
  fitStandardizer,
  type ModelSpec,
  OPTIMIZER_METADATA,
  type ParameterValues,
  type SessionOptions,
  SingularMatrixError,
  type Standardizer,
  solveNormalEquation,
  standardize,
} from '@gd-playground/core';
import type { PlaygroundState } from './state.js';

/**
 * The data set the state describes, in ORIGINAL units (what the views draw).
 * @throws {DatasetError} for points that `validateState` would refuse.
 */
export function buildDataset(state: PlaygroundState): Dataset {
  const data = state.data;
  if (data.kind === 'preset') {
    return createPreset(data.preset, { seed: data.seed, size: data.size, noise: data.noise });
  }
  return datasetFromArrays({
    features: data.features,
    targets: data.targets,
    ...(data.classes ? { classes: data.classes } : {}),
    ...(data.featureNames ? { featureNames: data.featureNames } : {}),
    ...(data.columnKeys ? { columnKeys: data.columnKeys } : {}),
  });
}

const standardizers = new WeakMap<Dataset, { centred?: Standardizer; scaled?: Standardizer }>();

/** The standardiser the state trains with: centred with a bias, scale-only without (cached per data set). */
export function standardizerFor(state: PlaygroundState, dataset: Dataset): Standardizer {
  let entry = standardizers.get(dataset);
  if (!entry) {
    entry = {};
    standardizers.set(dataset, entry);
  }
  const kind = state.bias ? 'centred' : 'scaled';
  let s = entry[kind];
  if (!s) {
    const fitted = fitStandardizer(dataset);
    if (state.bias) {
      s = fitted;
    } else {
      // Root mean square about 0 rather than about the mean, so z = x / s has unit second moment.
      const n = dataset.features.length;
      const std = fitted.mean.map((_, j) => {
        const rms = Math.sqrt(dataset.features.reduce((acc, row) => acc + (row[j] ?? 0) ** 2, 0) / n);
        return rms > 1e-12 ? rms : 1;
      });
      s = Object.freeze({ mean: Object.freeze(fitted.mean.map(() => 0)), std: Object.freeze(std) });
    }
    entry[kind] = s;
  }
  return s;
}

/** The data set the session trains on: standardised features when `state.standardize`. */
export function trainingDataset(state: PlaygroundState, dataset: Dataset): Dataset {
  return state.standardize ? standardize(dataset, standardizerFor(state, dataset)) : dataset;
}

/** Number of classes a softmax model needs (2 when the data set has none). */
function classCount(dataset: Dataset): number {
  return dataset.classes?.length ?? 2;
}

/**
 * Converts parameters between original and standardised units. Weights are `w` [m] (linear,
 * logistic) or `W` [m, k] row-major (softmax); biases `b` [1] or [k].
 * To standardised: w_j ← w_j·s_j, b ← b + Σ_j w_j·μ_j. To original: w_j ← w_j/s_j, b ← b − Σ_j w_j·μ_j/s_j.
 */
function convert(
  s: Standardizer,
  parameters: ParameterValues,
  direction: 'to-standardized' | 'to-original',
): ParameterValues {
  const m = s.mean.length;
  const weightName = 'W' in parameters ? 'W' : 'w';
  const weights = parameters[weightName];
  if (!weights) return { ...parameters };
  const k = Math.max(1, Math.round(weights.length / Math.max(1, m)));
  const out: ParameterValues = { ...parameters };
  const newWeights = weights.map((value, index) => {
    const sj = s.std[Math.floor(index / k)] ?? 1;
    return direction === 'to-standardized' ? value * sj : value / sj;
  });
  out[weightName] = newWeights;
  const bias = parameters.b;
  if (bias) {
    out.b = bias.map((b, c) => {
      let shift = 0;
      for (let j = 0; j < m; j++) {
        const w = weights[j * k + c] ?? 0;
        const mu = s.mean[j] ?? 0;
        shift += direction === 'to-standardized' ? w * mu : (w * mu) / (s.std[j] ?? 1);
      }
      return direction === 'to-standardized' ? b + shift : b - shift;
    });
  }
  return out;
}

/** Parameters in ORIGINAL units → the units the session trains in (identity unless standardize). */
export function toTrainingUnits(
  state: PlaygroundState,
  dataset: Dataset,
  parameters: ParameterValues,
): ParameterValues {
  return state.standardize
    ? convert(standardizerFor(state, dataset), parameters, 'to-standardized')
    : parameters;
}

/** Parameters the session reports → ORIGINAL units (identity unless standardize). */
export function toOriginalUnits(
  state: PlaygroundState,
  dataset: Dataset,
  parameters: ParameterValues,
): ParameterValues {
  return state.standardize ? convert(standardizerFor(state, dataset), parameters, 'to-original') : parameters;
}

/**
 * Core session options for the state and its data set (in original units, as from
 * {@link buildDataset}): standardises the features when asked, converts `start` to those units,
 * and passes only the chosen optimizer's hyperparameters.
 */
export function sessionOptions(state: PlaygroundState, dataset: Dataset): SessionOptions {
  const training = trainingDataset(state, dataset);
  const features = dataset.features[0]?.length ?? 0;
  const init =
    state.start !== null
      ? toTrainingUnits(state, dataset, state.start)
      : state.model === 'softmax'
        ? { seed: state.seed }
        : ('zeros' as const);
  const model: ModelSpec =
    state.model === 'softmax'
      ? { kind: 'softmax', features, classes: classCount(dataset), bias: state.bias, init }
      : { kind: state.model, features, bias: state.bias, init };
  const metadata = OPTIMIZER_METADATA[state.optimizer];
  const hyperparameters: Record<string, number> = {};
  for (const info of metadata.hyperparameters) {
    hyperparameters[info.name] = state.hyperparameters[info.name] ?? info.default;
  }
  return {
    dataset: training,
    model,
    loss: state.loss,
    lossOptions: { convention: state.convention, delta: state.delta },
    optimizer: state.optimizer,
    hyperparameters,
    batching: { mode: state.batching.mode, batchSize: state.batching.batchSize },
    seed: state.seed,
  };
}

/**
 * The least-squares fit w = (XᵀX)⁻¹Xᵀy in ORIGINAL units, as parameters `{ w, b? }`; for non-linear
 * models or a refused matrix, `{ error }` with core's code (`singular`, `ill-conditioned`,
 * `not-linear`, or another ClosedFormError code).
 */
export function normalEquationSolution(
  state: PlaygroundState,
  dataset: Dataset,
): ParameterValues | SolutionProblem {
  if (state.model !== 'linear') return { error: 'not-linear' };
  try {
    const solution = solveNormalEquation(dataset.features, dataset.targets, { bias: state.bias });
    return solution.bias !== undefined
      ? { w: solution.weights, b: [solution.bias] }
      : { w: solution.weights };
  } catch (error) {
    if (error instanceof SingularMatrixError) return { error: error.code, reason: error.reason };
    const code = (error as { code?: unknown }).code;
    return { error: typeof code === 'string' ? code : 'singular' };
  }
}

/** Why {@link normalEquationSolution} has no solution: `not-linear`, or core's code and singularity reason. */
export interface SolutionProblem {
  readonly error: string;
  /** Core's `SingularityReason` (e.g. `more-features-than-examples`), when XᵀX could not be inverted. */
  readonly reason?: string;
}

/** Type guard for {@link normalEquationSolution}'s failure. */
export function isSolutionError(value: ParameterValues | SolutionProblem): value is SolutionProblem {
  return typeof (value as { error?: unknown }).error === 'string';
}
