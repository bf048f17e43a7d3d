import { checkCount, DenseStackModel } from './dense.js';
import type { ModelInit } from './init.js';

/** Options of {@link LogisticModel}. */
export interface LogisticModelOptions {
  /** Number of input features m (≥ 1). */
  readonly features: number;
  /** Whether the model has an intercept b (default true). */
  readonly bias?: boolean;
  /** Starting parameters (default `'zeros'`). */
  readonly init?: ModelInit;
}

/**
 * Logistic regression: z = Xw + b, ŷ = σ(z) = 1 / (1 + e^(−z)), always in (0, 1): the
 * probability of class 1. `logits` returns z, `predict` returns σ(z), both `[n]`.
 *
 * Parameters: `w` of shape [m]; `b` of shape [1] (absent when `bias: false`).
 *
 * @example
 * const model = new LogisticModel({ features: 2, init: { w: [2.8, -4.5], b: [0.4] } });
 * model.predict(tf.tensor2d([[1, 1.5]])); // σ(−3.55) ≈ [0.0279] → class 0 at threshold 0.5
 * @throws ModelError `invalid-feature-count`, and the init errors of `ModelInit`.
 */
export class LogisticModel extends DenseStackModel {
  readonly kind = 'logistic' as const;
  readonly hasBias: boolean;

  constructor(options: LogisticModelOptions) {
    const m = checkCount(options.features, 'Logistic model feature count', 'invalid-feature-count');
    const bias = options.bias ?? true;
    super(
      [
        {
          weightName: 'w',
          weightShape: [m],
          biasName: bias ? 'b' : undefined,
          inputSize: m,
          outputSize: 1,
          activation: 'sigmoid',
          scheme: 'glorot',
        },
      ],
      options.init ?? 'zeros',
    );
    this.hasBias = bias;
  }
}
