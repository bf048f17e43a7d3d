import type { LossId, LossOptions } from '../losses/loss.js';
import { tf } from '../tf.js';
import { LandscapeError } from './errors.js';

/**
 * Losses evaluated for many parameter settings at once.
 *
 * Why not reuse `Loss.total` from `src/losses`? A `Loss` works on one prediction vector `[n]`
 * (or `[n, k]`); a landscape evaluates c grid points together, outputs `[c, n]` (or `[c, n, k]`),
 * and needs c totals from a handful of kernels. Calling `Loss.total` c times would be c small
 * kernel launches per formula, exactly what a landscape must avoid on WebGL. The formulas below
 * are the same as in `src/losses` (same conventions and clipping), reduced over the example axis;
 * the tests check they agree with single-point evaluation.
 */

/** The loss ids a landscape can draw (`mean-error` is signed and unbounded below: no landscape). */
export type LandscapeLossId = Exclude<LossId, 'mean-error'>;

/** A loss as the landscape needs it: an id and its options. A `Loss` from `src/losses` fits. */
export interface LandscapeLoss {
  readonly id: LossId;
  readonly options?: LossOptions;
}

/** Smallest probability passed to `log`, as in `src/losses` (PROBABILITY_EPSILON there). */
export const LANDSCAPE_PROBABILITY_EPSILON = 1e-7;

/** A loss with its options filled in. */
export interface ResolvedLoss {
  readonly id: LandscapeLossId;
  readonly delta: number;
  readonly beta: number;
  readonly half: boolean;
  /** Whether it reads the model's logits (pre-activation) rather than its prediction. */
  readonly input: 'prediction' | 'logits';
  /** Whether targets are one-hot `[n, k]` rows. */
  readonly categorical: boolean;
}

const SUPPORTED: readonly LandscapeLossId[] = [
  'mse',
  'rmse',
  'mae',
  'huber',
  'smooth-l1',
  'bce',
  'bce-logits',
  'cce',
  'cce-logits',
];

/**
 * Fills in defaults (δ = 1, β = 1, `mean` convention) and checks the loss can be drawn.
 * @throws LandscapeError `unsupported-loss` for `mean-error` or an unknown id, or a δ/β ≤ 0.
 */
export function resolveLoss(loss: LossId | LandscapeLoss): ResolvedLoss {
  const spec: LandscapeLoss = typeof loss === 'string' ? { id: loss } : loss;
  const id = spec.id as LandscapeLossId;
  if (!SUPPORTED.includes(id)) {
    throw new LandscapeError(
      'unsupported-loss',
      `A landscape can be drawn for ${SUPPORTED.join(', ')}; got '${String(spec.id)}'.`,
      { loss: spec.id },
    );
  }
  const delta = spec.options?.delta ?? 1;
  const beta = spec.options?.beta ?? 1;
  if (!(delta > 0) || !(beta > 0) || !Number.isFinite(delta) || !Number.isFinite(beta)) {
    throw new LandscapeError('unsupported-loss', `Huber's δ and Smooth L1's β must be positive numbers.`, {
      delta,
      beta,
    });
  }
  return {
    id,
    delta,
    beta,
    // RMSE ignores the convention, as in src/losses.
    half: id === 'mse' && spec.options?.convention === 'half',
    input: id === 'bce-logits' || id === 'cce-logits' ? 'logits' : 'prediction',
    categorical: id === 'cce' || id === 'cce-logits',
  };
}

/**
 * The loss of each of c parameter settings.
 *
 * `outputs` is `[c, n]` (one output unit) or `[c, n, k]` (categorical); `targets` is `[n]` or
 * `[n, k]` one-hot and broadcasts over the c settings. With rᵢ = ŷᵢ − yᵢ, per example:
 * - mse: rᵢ² (½ rᵢ² under `half`), mean; rmse: √ of the mean of rᵢ²; mae: |rᵢ|, mean;
 * - huber: ½ rᵢ² if |rᵢ| ≤ δ, else δ(|rᵢ| − ½δ); smooth-l1: ½ rᵢ²/β if |rᵢ| < β, else |rᵢ| − ½β;
 * - bce: −[y ln max(p, ε) + (1 − y) ln max(1 − p, ε)];
 * - bce-logits: max(z, 0) − z·y + ln(1 + e^(−|z|)) (stable, no clipping);
 * - cce: −Σₖ yₖ ln max(pₖ, ε); cce-logits: −Σₖ yₖ (zₖ − logsumexp(z)).
 *
 * Returns `[c]`, the mean over examples. Caller disposes.
 */
export function batchedLossTotals(loss: ResolvedLoss, targets: tf.Tensor, outputs: tf.Tensor): tf.Tensor1D {
  return tf.tidy(() => {
    const exampleAxis = 1;
    let perExample: tf.Tensor;
    switch (loss.id) {
      case 'mse':
      case 'rmse': {
        const sq = tf.square(tf.sub(outputs, targets));
        perExample = loss.half ? tf.mul(sq, 0.5) : sq;
        break;
      }
      case 'mae':
        perExample = tf.abs(tf.sub(outputs, targets));
        break;
      case 'huber': {
        const d = loss.delta;
        const r = tf.sub(outputs, targets);
        const a = tf.abs(r);
        perExample = tf.where(tf.lessEqual(a, d), tf.mul(tf.square(r), 0.5), tf.mul(tf.sub(a, 0.5 * d), d));
        break;
      }
      case 'smooth-l1': {
        const b = loss.beta;
        const r = tf.sub(outputs, targets);
        const a = tf.abs(r);
        perExample = tf.where(tf.less(a, b), tf.div(tf.mul(tf.square(r), 0.5), b), tf.sub(a, 0.5 * b));
        break;
      }
      case 'bce': {
        const eps = LANDSCAPE_PROBABILITY_EPSILON;
        const logP = tf.log(tf.maximum(outputs, eps));
        const logNotP = tf.log(tf.maximum(tf.sub(1, outputs), eps));
        perExample = tf.neg(tf.add(tf.mul(targets, logP), tf.mul(tf.sub(1, targets), logNotP)));
        break;
      }
      case 'bce-logits': {
        const z = outputs;
        perExample = tf.add(tf.sub(tf.relu(z), tf.mul(z, targets)), tf.softplus(tf.neg(tf.abs(z))));
        break;
      }
      case 'cce': {
        const logP = tf.log(tf.maximum(outputs, LANDSCAPE_PROBABILITY_EPSILON));
        perExample = tf.neg(tf.sum(tf.mul(targets, logP), -1));
        break;
      }
      case 'cce-logits': {
        const logP = tf.logSoftmax(outputs);
        perExample = tf.neg(tf.sum(tf.mul(targets, logP), -1));
        break;
      }
    }
    const mean = tf.mean(perExample, exampleAxis) as tf.Tensor1D;
    return loss.id === 'rmse' ? tf.sqrt(mean) : mean;
  });
}
