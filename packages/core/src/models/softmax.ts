import { checkCount, DenseStackModel } from './dense.js';
import type { ModelInit } from './init.js';

/** Options of {@link SoftmaxModel}. */
export interface SoftmaxModelOptions {
  /** Number of input features m (≥ 1). */
  readonly features: number;
  /** Number of classes k (≥ 2). */
  readonly classes: number;
  /** Whether the model has a bias vector b (default true). */
  readonly bias?: boolean;
  /** Starting parameters (default `'zeros'`). */
  readonly init?: ModelInit;
}

/**
 * Multinomial logistic (softmax) regression: logits Z = XW + b, shape [n, k];
 * prediction softmax(Z)ᵢⱼ = e^(Zᵢⱼ) / Σₗ e^(Zᵢₗ), each row a probability distribution over k classes.
 *
 * Parameters: `W` of shape [m, k] (row-major: value index r·k + c is feature r, class c) and
 * `b` of shape [k] (absent when `bias: false`).
 *
 * @throws ModelError `invalid-feature-count`, `invalid-class-count` (k < 2), and the init errors.
 */
export class SoftmaxModel extends DenseStackModel {
  readonly kind = 'softmax' as const;
  readonly classCount: number;

  constructor(options: SoftmaxModelOptions) {
    const m = checkCount(options.features, 'Softmax model feature count', 'invalid-feature-count');
    const k = checkCount(options.classes, 'Softmax model class count', 'invalid-class-count', 2);
    super(
      [
        {
          weightName: 'W',
          weightShape: [m, k],
          biasName: (options.bias ?? true) ? 'b' : undefined,
          inputSize: m,
          outputSize: k,
          activation: 'softmax',
          scheme: 'glorot',
        },
      ],
      options.init ?? 'zeros',
    );
    this.classCount = k;
  }
}
