import { tf } from '../tf.js';
import { BaseLoss, type LossFormula, MEAN_TOTAL } from './base.js';

/**
 * Mean (signed) error: ℓᵢ = ŷᵢ − yᵢ, L = (1/n) Σ ℓᵢ. Not a usable loss: it is here to show why.
 *
 * Sign convention: prediction minus truth, so a positive term is an over-prediction and a
 * negative one an under-prediction. Errors of opposite signs cancel: curriculum A.3, truth
 * (10, 20, 30), prediction (12, 18, 30) gives terms 2, −2, 0 and L = 0 although two rows are
 * wrong. Minimising it drives predictions to −∞ (its gradient is 1/n for every example, always),
 * which is why losses square or take absolute values.
 */
export class MeanError extends BaseLoss {
  readonly id = 'mean-error' as const;
  readonly input = 'prediction' as const;
  readonly layout = 'elementwise' as const;

  formulaParts(): LossFormula {
    return { term: '\\ell_i = \\hat{y}_i - y_i', total: MEAN_TOTAL };
  }

  protected computePerExample(targets: tf.Tensor, outputs: tf.Tensor): tf.Tensor {
    return tf.sub(this.flat(outputs), this.flat(targets));
  }
}
