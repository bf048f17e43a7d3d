import type { tf } from '../tf.js';

/** Identifiers of the losses core implements, as used in widget attributes (`losses="huber,mae"`). */
export type LossId =
  | 'mse'
  | 'rmse'
  | 'mae'
  | 'huber'
  | 'smooth-l1'
  | 'bce'
  | 'bce-logits'
  | 'cce'
  | 'cce-logits'
  | 'mean-error';

/**
 * Which squared-error convention a squared loss uses. The curriculum uses both:
 * - `mean`: L = (1/n) Σ (y − ŷ)², gradient −(2/n) Σ (y − ŷ) x (the matrix-form example, A.5);
 * - `half`: L = (1/n) Σ ½ (y − ŷ)², gradient −(1/n) Σ (y − ŷ) x (the single-weight example, A.5).
 */
export type SquaredErrorConvention = 'mean' | 'half';

/** Options read every time the loss is evaluated, so a slider may change them between steps. */
export interface LossOptions {
  /** Huber's threshold δ > 0 (default 1). */
  delta?: number;
  /** Smooth L1's threshold β > 0 (default 1). */
  beta?: number;
  /** For MSE and RMSE (default `mean`). */
  convention?: SquaredErrorConvention;
}

/**
 * A loss function. Targets and outputs share a shape: `[n]` for one output; for categorical
 * cross-entropy, targets are one-hot `[n, k]` and outputs `[n, k]`.
 */
export interface Loss {
  readonly id: LossId;
  /** Whether it takes the model's `predict` output (probabilities for classifiers) or its `logits`. */
  readonly input: 'prediction' | 'logits';
  /** Its options, mutable: changes take effect at the next evaluation. */
  readonly options: Required<LossOptions>;
  /** The formula in LaTeX, as the widgets show it (per-example term and total). */
  formula(): string;
  /** Per-example losses, shape `[n]`. Caller disposes. */
  perExample(targets: tf.Tensor, outputs: tf.Tensor): tf.Tensor1D;
  /** The total the optimizer minimises (a scalar). Caller disposes. */
  total(targets: tf.Tensor, outputs: tf.Tensor): tf.Scalar;
}
