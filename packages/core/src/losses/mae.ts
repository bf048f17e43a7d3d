import { tf } from '../tf.js';
import { BaseLoss, type LossFormula, MEAN_TOTAL } from './base.js';

/**
 * Mean absolute error: ℓᵢ = |ŷᵢ − yᵢ|, L = (1/n) Σ ℓᵢ, in the units of the target.
 *
 * Each error counts in proportion to its size, so one outlier pulls far less than under MSE.
 * Gradient ∂L/∂ŷᵢ = sign(ŷᵢ − yᵢ)/n (0 at a zero error). Curriculum A.3: truth (10, 20, 30),
 * prediction (12, 18, 30) gives per row 2, 2, 0 and L = 4/3.
 */
export class MeanAbsoluteError extends BaseLoss {
  readonly id = 'mae' as const;
  readonly input = 'prediction' as const;
  readonly layout = 'elementwise' as const;

  formulaParts(): LossFormula {
    return { term: '\\ell_i = |\\hat{y}_i - y_i|', total: MEAN_TOTAL };
  }

  protected computePerExample(targets: tf.Tensor, outputs: tf.Tensor): tf.Tensor {
    return tf.abs(tf.sub(this.flat(outputs), this.flat(targets)));
  }
}
