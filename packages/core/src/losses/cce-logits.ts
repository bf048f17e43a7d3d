import { tf } from '../tf.js';
import { BaseLoss, type LossFormula, MEAN_TOTAL } from './base.js';

/**
 * Categorical cross-entropy from logits: targets one-hot `[n, k]`, logits `[n, k]`:
 *
 *   ℓᵢ = −Σ_c yᵢc log_softmax(zᵢ)_c,   log_softmax(zᵢ)_c = zᵢc − m − ln Σ_j e^(zᵢj − m),  m = max_j zᵢj.
 *
 * Subtracting the row maximum m keeps every exponent ≤ 0, so nothing overflows, and the log of
 * the softmax is never the log of a probability rounded to 0: this is why log-softmax, not
 * softmax followed by log, is the stable form (curriculum B.4). Gradient: ∂ℓᵢ/∂zᵢc =
 * softmax(zᵢ)_c − yᵢc.
 */
export class CategoricalCrossEntropyWithLogits extends BaseLoss {
  readonly id = 'cce-logits' as const;
  readonly input = 'logits' as const;
  readonly layout = 'categorical' as const;

  formulaParts(): LossFormula {
    return {
      term: '\\ell_i = -\\sum_{c=1}^{k} y_{ic} \\left(z_{ic} - \\ln\\sum_{j=1}^{k} e^{z_{ij}}\\right)',
      total: MEAN_TOTAL,
    };
  }

  protected computePerExample(targets: tf.Tensor, outputs: tf.Tensor): tf.Tensor {
    return tf.neg(tf.sum(tf.mul(targets, tf.logSoftmax(outputs)), 1));
  }
}
