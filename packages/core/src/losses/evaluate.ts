import { tf } from '../tf.js';
import { BinaryCrossEntropy } from './bce.js';
import type { LossId, LossOptions } from './loss.js';
import { createLoss } from './registry.js';
import { type CheckedLossData, checkLossData } from './validate.js';

/** A loss evaluated on plain numbers, for a widget's table. */
export interface LossEvaluation {
  /** One term per row (for RMSE: the squared errors under the root). */
  perExample: number[];
  /** The total L (for RMSE: the root of the mean). */
  total: number;
}

/** A truth column: numbers, or for `cce`/`cce-logits` one-hot rows or class indices. */
export type TruthValues = readonly number[] | readonly (readonly number[])[];
/** A prediction column: numbers, or for `cce`/`cce-logits` one row of k scores per example. */
export type PredictedValues = readonly number[] | readonly (readonly number[])[];

function tensorsOf(data: CheckedLossData): [tf.Tensor, tf.Tensor] {
  return data.layout === 'elementwise'
    ? [tf.tensor1d(data.targets), tf.tensor1d(data.outputs)]
    : [tf.tensor2d(data.targets), tf.tensor2d(data.outputs)];
}

/** Per-example terms followed by the total, in one tensor `[n + 1]` (one read-back). Caller disposes. */
function evaluationTensor(
  id: LossId,
  truth: unknown,
  predicted: unknown,
  options?: LossOptions,
): tf.Tensor1D {
  const loss = createLoss(id, options);
  const data = checkLossData(id, truth, predicted);
  return tf.tidy(() => {
    const [targets, outputs] = tensorsOf(data);
    const total = tf.reshape(loss.total(targets, outputs), [1]);
    return tf.concat([loss.perExample(targets, outputs), total]) as tf.Tensor1D;
  });
}

function split(values: ArrayLike<number>): LossEvaluation {
  const all = Array.from(values);
  return { perExample: all.slice(0, -1), total: all[all.length - 1] ?? Number.NaN };
}

/**
 * Evaluates a loss on plain numbers, checking them first: the per-row terms and the total, with
 * one read-back from the backend.
 *
 * @example
 * await evaluateLoss('mse', [10, 20, 30], [12, 18, 30]); // { perExample: [4, 4, 0], total: 2.667 }
 * @param truth One target per row; for `cce`/`cce-logits`, one-hot rows or class indices.
 * @param predicted One prediction (or probability, or logit) per row; for `cce`/`cce-logits`, `[n][k]`.
 * @throws {LossError} for bad options or data, see {@link checkLossData}.
 */
export async function evaluateLoss(
  id: LossId,
  truth: TruthValues,
  predicted: PredictedValues,
  options?: LossOptions,
): Promise<LossEvaluation> {
  const result = evaluationTensor(id, truth, predicted, options);
  try {
    return split(await result.data());
  } finally {
    result.dispose();
  }
}

/** Synchronous {@link evaluateLoss}, for tests and Node scripts; never in a UI loop. */
export function evaluateLossSync(
  id: LossId,
  truth: TruthValues,
  predicted: PredictedValues,
  options?: LossOptions,
): LossEvaluation {
  const result = evaluationTensor(id, truth, predicted, options);
  try {
    return split(result.dataSync());
  } finally {
    result.dispose();
  }
}

/** Signed log-likelihood terms as a tensor `[n]`. Caller disposes. */
function logLikelihoodTensor(truth: unknown, probabilities: unknown): tf.Tensor1D {
  const data = checkLossData('bce', truth, probabilities);
  const bce = new BinaryCrossEntropy();
  return tf.tidy(() => {
    const [targets, outputs] = tensorsOf(data);
    return bce.logLikelihoodTerms(targets, outputs);
  });
}

/**
 * The signed log-likelihood terms yᵢ ln pᵢ + (1 − yᵢ) ln(1 − pᵢ) of binary cross-entropy, each ≤ 0:
 * the column the curriculum's BCE table prints. BCE is the negated mean of these.
 *
 * @example
 * await logLikelihoodTerms([1, 1, 0], [0.9, 0.7, 0.3]); // [−0.105, −0.357, −0.357]
 * @throws {LossError} as for `evaluateLoss('bce', …)`: targets must be 0/1, probabilities in [0, 1].
 */
export async function logLikelihoodTerms(
  truth: readonly number[],
  probabilities: readonly number[],
): Promise<number[]> {
  const terms = logLikelihoodTensor(truth, probabilities);
  try {
    return Array.from(await terms.data());
  } finally {
    terms.dispose();
  }
}

/** Synchronous {@link logLikelihoodTerms}, for tests and Node scripts; never in a UI loop. */
export function logLikelihoodTermsSync(truth: readonly number[], probabilities: readonly number[]): number[] {
  const terms = logLikelihoodTensor(truth, probabilities);
  try {
    return Array.from(terms.dataSync());
  } finally {
    terms.dispose();
  }
}
