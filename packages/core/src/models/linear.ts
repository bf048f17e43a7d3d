import { checkCount, DenseStackModel } from './dense.js';
import type { ModelInit } from './init.js';

/** Options of {@link LinearModel}. */
export interface LinearModelOptions {
  /** Number of input features m (≥ 1). */
  readonly features: number;
  /** Whether the model has an intercept b (default true). */
  readonly bias?: boolean;
  /** Starting parameters (default `'zeros'`). */
  readonly init?: ModelInit;
}

/**
 * Linear regression: ŷ = Xw + b, that is ŷᵢ = w₁xᵢ₁ + … + wₘxᵢₘ + b.
 *
 * Parameters: `w` of shape [m]; `b` of shape [1] (one number, stored as `[b]` in
 * `ParameterValues`), absent when `bias: false`. `logits` and `predict` are the same: `[n]`.
 *
 * @example
 * const model = new LinearModel({ features: 2, init: { w: [5.1, 6.5], b: [133] } });
 * model.predict(tf.tensor2d([[75, 2]])); // [528.5]
 * @throws ModelError `invalid-feature-count` unless `features` is a positive integer, and the
 *   init errors of `ModelInit`.
 */
export class LinearModel extends DenseStackModel {
  readonly kind = 'linear' as const;
  readonly hasBias: boolean;

  constructor(options: LinearModelOptions) {
    const m = checkCount(options.features, 'Linear model feature count', 'invalid-feature-count');
    const bias = options.bias ?? true;
    super(
      [
        {
          weightName: 'w',
          weightShape: [m],
          biasName: bias ? 'b' : undefined,
          inputSize: m,
          outputSize: 1,
          activation: 'identity',
          scheme: 'glorot',
        },
      ],
      options.init ?? 'zeros',
    );
    this.hasBias = bias;
  }
}
