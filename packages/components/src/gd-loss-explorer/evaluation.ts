/**
 * The explorer's numbers, all from core: per-row terms and totals of each chosen loss, the signed
 * log-likelihood terms of BCE, and each loss sampled along the residual axis for the plot. Every call
 * is core's async `evaluateLoss` (one read-back each, tensors disposed by core); nothing here keeps a
 * tensor.
 */
import {
  evaluateLoss,
  type LossEvaluation,
  logLikelihoodTerms,
  ready,
  type SquaredErrorConvention,
} from '@gd-playground/core';
import { bceViolation, type ExplorerLossId, type LossExplorerRow } from './inputs.js';

/** What one evaluation needs: the rows and the loss settings. */
export interface ExplorerInputs {
  readonly rows: readonly LossExplorerRow[];
  readonly losses: readonly ExplorerLossId[];
  readonly delta: number;
  readonly beta: number;
  readonly convention: SquaredErrorConvention;
}

/** Losses drawn as curves ℓ(r) of one residual (RMSE and BCE are not functions of r alone). */
export const CURVE_LOSSES = ['mse', 'mae', 'huber', 'smooth-l1'] as const;
export type CurveLossId = (typeof CURVE_LOSSES)[number];

/** One loss sampled along the residual axis. */
export interface LossCurve {
  readonly id: CurveLossId;
  readonly points: readonly { readonly r: number; readonly loss: number }[];
}

/** Everything the explorer shows that comes from core. */
export interface ExplorerEvaluation {
  /** Per-row terms and total of each chosen loss that applies, plus `mean-error` (always). */
  readonly results: Partial<Record<ExplorerLossId | 'mean-error', LossEvaluation>>;
  /** BCE's signed log-likelihood terms yᵢ ln pᵢ + (1 − yᵢ) ln(1 − pᵢ), when BCE applies. */
  readonly logLikelihood?: readonly number[];
  /** The chosen losses that have a curve, sampled over [−extent, extent]. */
  readonly curves: readonly LossCurve[];
  /** Half-width of the residual axis: 1.5 × the largest |residual| (1 when every residual is 0). */
  readonly extent: number;
}

const SAMPLES = 120;

let backend: Promise<unknown> | undefined;

/** Residual axis half-width: wide enough to show each row's residual with room on both sides. */
export function residualExtent(rows: readonly LossExplorerRow[]): number {
  const largest = Math.max(0, ...rows.map((row) => Math.abs(row.predicted - row.truth)));
  return largest > 0 ? largest * 1.5 : 1;
}

/** Sample positions on [−extent, extent], with the thresholds ±δ, ±β included so kinks are drawn exactly. */
function residualGrid(extent: number, breaks: readonly number[]): number[] {
  const grid = Array.from({ length: SAMPLES + 1 }, (_, i) => -extent + (2 * extent * i) / SAMPLES);
  for (const b of breaks) if (b < extent) grid.push(b, -b);
  return [...new Set(grid)].sort((a, b) => a - b);
}

/**
 * Evaluates every number the explorer shows. Rejects only if core does, which the widget prevents
 * by validating first (lengths, finite numbers, δ > 0, β > 0, BCE only on 0/1 truths and probabilities).
 */
export async function evaluateExplorer(inputs: ExplorerInputs): Promise<ExplorerEvaluation> {
  backend ??= ready();
  await backend;
  const { rows, delta, beta, convention } = inputs;
  const options = { delta, beta, convention };
  const truth = rows.map((row) => row.truth);
  const predicted = rows.map((row) => row.predicted);
  const bceApplies = !bceViolation(rows);
  const losses = inputs.losses.filter((id) => id !== 'bce' || bceApplies);

  const extent = residualExtent(rows);
  const grid = residualGrid(extent, [delta, beta]);
  const zeros = grid.map(() => 0);
  const curveIds = CURVE_LOSSES.filter((id) => losses.includes(id));

  const [tableValues, meanError, logLikelihood, curveValues] = await Promise.all([
    Promise.all(losses.map((id) => evaluateLoss(id, truth, predicted, options))),
    evaluateLoss('mean-error', truth, predicted),
    losses.includes('bce') ? logLikelihoodTerms(truth, predicted) : Promise.resolve(undefined),
    Promise.all(curveIds.map((id) => evaluateLoss(id, zeros, grid, options))),
  ]);

  const results: Partial<Record<ExplorerLossId | 'mean-error', LossEvaluation>> = {};
  losses.forEach((id, i) => {
    const value = tableValues[i];
    if (value) results[id] = value;
  });
  results['mean-error'] = meanError;
  const curves = curveIds.map((id, i) => ({
    id,
    points: grid.map((r, j) => ({ r, loss: curveValues[i]?.perExample[j] ?? Number.NaN })),
  }));
  return { results, ...(logLikelihood ? { logLikelihood } : {}), curves, extent };
}
