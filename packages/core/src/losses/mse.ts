import { tf } from '../tf.js';
import { BaseLoss, type LossFormula, MEAN_TOTAL } from './base.js';

/**
 * Mean squared error, in one of the two conventions the curriculum uses (option `convention`):
 *
 * - `mean` (default): ℓᵢ = (ŷᵢ − yᵢ)², L = (1/n) Σ ℓᵢ; gradient ∂L/∂ŷᵢ = (2/n)(ŷᵢ − yᵢ).
 * - `half`: ℓᵢ = ½ (ŷᵢ − yᵢ)², L = (1/n) Σ ℓᵢ; gradient ∂L/∂ŷᵢ = (1/n)(ŷᵢ − yᵢ).
 *
 * The two differ by exactly a factor 2, in the loss and in every gradient: with the same learning
 * rate, `half` takes steps half as long. Curriculum A.3: truth (10, 20, 30), prediction (12, 18, 30)
 * gives per row 4, 4, 0 and L = 8/3 under `mean` (2, 2, 0 and 4/3 under `half`).
 */
export class MeanSquaredError extends BaseLoss {
  readonly id = 'mse' as const;
  readonly input = 'prediction' as const;
  readonly layout = 'elementwise' as const;

  formulaParts(): LossFormula {
    const half = this.options.convention === 'half' ? '\\tfrac{1}{2}' : '';
    return { term: `\\ell_i = ${half}(\\hat{y}_i - y_i)^2`, total: MEAN_TOTAL };
  }

  protected computePerExample(targets: tf.Tensor, outputs: tf.Tensor): tf.Tensor {
    const squared = tf.square(tf.sub(this.flat(outputs), this.flat(targets)));
    return this.options.convention === 'half' ? tf.mul(squared, 0.5) : squared;
  }
}
