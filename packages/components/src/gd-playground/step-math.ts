/**
 * One gradient-descent step of a linear or logistic model worked out in float64 (the numbers the
 * step-as-code panel writes in its programs' comments): outputs, loss, the loss's derivative per
 * output, the gradient and, for plain gradient descent, the new parameters. In training units.
 */
import type { Dataset, LossId, OptimizerKind, ParameterValues } from '@gd-playground/core';
import { exactLoss, rowOutputs, sigmoid } from './exact-ledger.js';
import type { PlaygroundState } from './state.js';

/** A step's data, parameters and results (training units, float64). */
export interface ExactStep {
  /** The step this computes (the current step + 1). */
  readonly step: number;
  readonly model: 'linear' | 'logistic';
  readonly modelName: string;
  readonly loss: LossId;
  readonly lossName: string;
  readonly convention: 'mean' | 'half';
  readonly delta: number;
  readonly optimizer: OptimizerKind;
  readonly standardized: boolean;
  readonly batchRows: number;
  readonly m: number;
  readonly X: readonly (readonly number[])[];
  readonly y: readonly number[];
  readonly w: readonly number[];
  readonly b?: number;
  readonly alpha: number;
  /** ŷ (linear) or z (logistic) per batch row. */
  readonly outputs: readonly number[];
  readonly probabilities: readonly number[];
  readonly residuals: readonly number[];
  /** The batch loss (before the step). */
  readonly loss_: number;
  /** ∂L/∂ŷᵢ (or ∂L/∂zᵢ) per batch row. */
  readonly dOut: readonly number[];
  readonly gradW: readonly number[];
  readonly gradB?: number;
  readonly newW: readonly number[];
  readonly newB?: number;
}

const LOSS_NAMES: Partial<Record<LossId, string>> = {
  mse: 'MSE',
  rmse: 'RMSE',
  mae: 'MAE',
  huber: 'Huber',
  bce: 'binary cross-entropy',
  'bce-logits': 'binary cross-entropy',
};

/**
 * The step from `parameters` (training units) on `rows` of `data` (training units), or undefined
 * for a softmax model.
 */
export function exactStep(
  state: PlaygroundState,
  data: Dataset,
  parameters: ParameterValues,
  rows: readonly number[],
  step: number,
): ExactStep | undefined {
  if (state.model === 'softmax' || rows.length === 0) return undefined;
  const model = state.model;
  const X = rows.map((i) => data.features[i] ?? []);
  const y = rows.map((i) => data.targets[i] ?? 0);
  const n = rows.length;
  const m = X[0]?.length ?? 0;
  const w = Array.from({ length: m }, (_, j) => parameters.w?.[j] ?? 0);
  const b = parameters.b?.[0];
  const outputs = X.map((x) => rowOutputs(model, parameters, x)[0] ?? Number.NaN);
  const probabilities = model === 'logistic' ? outputs.map(sigmoid) : [];
  const residuals = model === 'linear' ? outputs.map((v, i) => v - (y[i] ?? 0)) : [];
  const loss = exactLoss(state, data, parameters, rows);
  const dOut = outputs.map((_, i) => {
    if (model === 'logistic') return ((probabilities[i] ?? 0) - (y[i] ?? 0)) / n;
    const r = residuals[i] ?? 0;
    switch (state.loss) {
      case 'mae':
        return Math.sign(r) / n;
      case 'huber':
        return Math.max(-state.delta, Math.min(state.delta, r)) / n;
      case 'rmse':
        return r / (n * loss);
      default:
        return state.convention === 'half' ? r / n : (2 * r) / n;
    }
  });
  const gradW = w.map((_, j) => dOut.reduce((sum, d, i) => sum + d * (X[i]?.[j] ?? 0), 0));
  const gradB = b === undefined ? undefined : dOut.reduce((sum, d) => sum + d, 0);
  const alpha = state.hyperparameters['learningRate'] ?? 0.01;
  return {
    step,
    model,
    modelName: model === 'linear' ? 'linear model' : 'logistic regression',
    loss: state.loss,
    lossName: `${LOSS_NAMES[state.loss] ?? state.loss}${state.loss === 'mse' && state.convention === 'half' ? ' (½ convention)' : ''}`,
    convention: state.convention,
    delta: state.delta,
    optimizer: state.optimizer,
    standardized: state.standardize,
    batchRows: n,
    m,
    X,
    y,
    w,
    ...(b === undefined ? {} : { b }),
    alpha,
    outputs,
    probabilities,
    residuals,
    loss_: loss,
    dOut,
    gradW,
    ...(gradB === undefined ? {} : { gradB }),
    newW: w.map((v, j) => v - alpha * (gradW[j] ?? 0)),
    ...(b === undefined || gradB === undefined ? {} : { newB: b - alpha * gradB }),
  };
}
